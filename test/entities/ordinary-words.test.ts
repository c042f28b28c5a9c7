import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/extract.js';
import { splitText } from '../../src/text/index.js';
import { parseQuantities } from '../../src/quantity/index.js';

const names = (text: string): string[] => extractEntities({ id: 'doc', text }, splitText(text)).entities.map((e) => e.name);

describe('capitalized words that are not names', () => {
  const ordinary: readonly { name: string; text: string; not: string }[] = [
    { name: 'a common noun opening a sentence', text: 'Altamira Lithium said sales held up. Output rose to 24,200 tonnes in 2024.', not: 'Output' },
    { name: 'a common word opening a quotation', text: 'Marta Quiroga runs Altamira. "Nothing we are seeing changes that," she said.', not: 'Nothing' },
    { name: 'a number word opening a sentence', text: 'Kestrel Networks was founded in 2018. Five years later it had 300,000 subscribers.', not: 'Five' },
    { name: 'the letter of a currency before its symbol', text: 'Altamira Lithium sold new shares. The placement raised C$48 million.', not: 'C' },
    { name: 'two letters of a currency before its symbol', text: 'Orchid Holdings bought the tower for HK$2 billion in 2021.', not: 'HK' },
    { name: 'a demonym', text: 'Tembo Networks sells to African schools.', not: 'African' },
    { name: 'a plural demonym', text: 'Tembo Networks said Kenyans buy most of its dishes.', not: 'Kenyans' },
    { name: "a demonym compromise does not list, read from its country ('Uruguayan' from 'Uruguay')", text: '"Uruguayan beef opens doors," Marcela Quintana said.', not: 'Uruguayan' },
    { name: "a nationality and an acronym before a trade ('Turkish UAV manufacturer X')", text: 'Turkish UAV manufacturer Korvel Aero hired a chief.', not: 'Turkish UAV' },
    { name: 'a plural common noun opening a sentence', text: 'Halden Rovers won. Banners reading "Nordwall forever" hung from the stands.', not: 'Banners' },
    { name: 'a compound modifier with a hyphen', text: 'Tembo Networks holds an allocation of Ka-band spectrum.', not: 'Ka' },
    { name: 'a unit after a number', text: 'Ventos Norte Energía runs a 200 MW farm and plans 1.5 GW more.', not: 'MW' },
    { name: 'one capital letter', text: 'Veloran Therapeutics treats hepatitis D with Zentravir.', not: 'D' },
    { name: 'a demonym of two words', text: 'Voltrail sells to South Korean buyers.', not: 'South Korean' },
    { name: "a preposition opening a sentence ('Inside Kestrel')", text: 'Kestrel Paytech grew. Inside Kestrel, staff were told on Monday.', not: 'Inside Kestrel' },
    { name: "the pronoun 'I'm'", text: 'Tembo Networks grew. "I\'m proud of the team," said Achieng Owuor.', not: "I'm" },
  ];
  for (const c of ordinary) {
    it(`${c.name}: not '${c.not}'`, () => {
      expect(names(c.text)).not.toContain(c.not);
    });
  }

  const kept: readonly { name: string; text: string; want: string }[] = [
    { name: 'a common word that is a name elsewhere in the text', text: 'Shares of Orbit rose. Orbit sells phones.', want: 'Orbit' },
    { name: 'a common word opening two sentences', text: 'Orbit sells phones. Orbit makes them in Shenzhen.', want: 'Orbit' },
    { name: 'a common word that speaks', text: 'Priya Raman joined in 2020. Target said on Monday that it would close 12 stores.', want: 'Target' },
    { name: 'a surname opening a sentence after the full name', text: 'The chain is led by Priya Raman. Raman, a former banker, became chief executive in 2020.', want: 'Priya Raman' },
    { name: 'an unknown word opening a sentence', text: 'Kestrel Networks grew. Veloran raised $20 million in 2021.', want: 'Veloran' },
  ];
  for (const c of kept) {
    it(`${c.name}: '${c.want}'`, () => {
      expect(names(c.text)).toContain(c.want);
    });
  }
});

describe('names with more than capitalized words', () => {
  it("a public body's name keeps its 'and' ('Food and Drug Administration')", () => {
    const found = names('The National Spectrum and Communications Commission fined Tembo Networks on Monday.');
    expect(found).toContain('National Spectrum and Communications Commission');
    expect(found).not.toContain('National Spectrum');
  });

  it("two companies joined by 'and' stay two", () => {
    const found = names('Orchid Holdings and Kestrel Networks signed a deal.');
    expect(found).toEqual(expect.arrayContaining(['Orchid Holdings', 'Kestrel Networks']));
  });
});

describe('sums in the text', () => {
  it("a currency's letters in a sum are neither a name nor the end of one", () => {
    const text = 'The regulator has fined Tembo Networks KSh 45 million. Karst Group reported revenue of R41.2 billion.';
    const found = extractEntities({ id: 'doc', text }, splitText(text), undefined, parseQuantities(text)).entities.map((e) => e.name);
    expect(found).toContain('Tembo Networks');
    expect(found.some((n) => /KSh|R41/u.test(n))).toBe(false);
  });
});

describe('people told by what they do', () => {
  const people: readonly { name: string; text: string; person: string }[] = [
    { name: 'a profession in an appositive', text: 'Ventos Norte was founded in 2014 by Arango, an electrical engineer, and Tomás Villa, a former investment banker.', person: 'Tomás Villa' },
    { name: "one word taking 'who'", text: 'Ventos Norte builds wind farms. Arango, who has run the company since 2014, spoke on Monday.', person: 'Arango' },
    { name: 'the second of two founders', text: 'Founded in 2018 by Waithaka and Farouk Alibhai, the company has raised money from local investors.', person: 'Farouk Alibhai' },
    { name: "a name with 'de' inside, an analyst", text: '"Scooters are a seasonal business," said Pieter de Groot, an analyst at Amstel Research.', person: 'Pieter de Groot' },
    { name: "a speaker 'of' an organization", text: 'Tembo Networks was fined. "The damage is not," said Wambui Gathoni of Lakeside Research.', person: 'Wambui Gathoni' },
    { name: 'a hyphenated word before the profession', text: 'Tembo Networks was founded by Farouk Alibhai, a one-time investment banker.', person: 'Farouk Alibhai' },
  ];
  for (const c of people) {
    it(`${c.name}: '${c.person}' is a person`, () => {
      const found = extractEntities({ id: 'doc', text: c.text }, splitText(c.text)).entities.find((e) => e.name === c.person);
      expect(found?.type).toBe('person');
    });
  }

  it("'X, which opened in 2022' is no person", () => {
    const text = 'Meridian Copper runs one mine. Cerro Blanco, which opened in October 2022, is its only asset.';
    const found = extractEntities({ id: 'doc', text }, splitText(text)).entities.find((e) => e.name === 'Cerro Blanco');
    expect(found?.type).not.toBe('person');
  });
});

describe('places the text names as places', () => {
  it("a name before 'department' or 'peninsula', or before ', <country>', is a place everywhere in the text", () => {
    const text = 'URIBIA, Colombia — Ventos Norte Energía runs a farm on the La Guajira peninsula. Wind in La Guajira is strong. It plans a plant near Valledupar in Cesar department. Cesar is dry. Ventos Norte Energía opened an office in Uribia, Colombia, in 2020.';
    const types = new Map(extractEntities({ id: 'doc', text }, splitText(text)).entities.map((e) => [e.name, e.type]));
    expect(types.get('La Guajira')).toBe('other');
    expect(types.get('Cesar')).toBe('other');
    expect(types.get('Uribia')).toBe('other');
    expect(types.get('Ventos Norte Energía')).toBe('organization');
  });
});

describe('countries and cities compromise knows', () => {
  it("a country opening a sentence with a possessive is a place (Chile’s fund)", () => {
    const text = "Altamira Lithium grew. Chile's Fondo de Reservas Mineras raised its holding in Altamira Lithium.";
    const chile = extractEntities({ id: 'doc', text }, splitText(text)).entities.find((e) => e.name === 'Chile');
    expect(chile?.type).toBe('other');
  });
});
