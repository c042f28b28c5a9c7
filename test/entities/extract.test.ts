import { describe, expect, it } from 'vitest';
import type { Document, EntityType } from '../../src/types.js';
import { splitText } from '../../src/text/index.js';
import { extractEntities, type DocumentEntities } from '../../src/entities/index.js';
import { parseQuantities } from '../../src/quantity/index.js';

function entitiesOf(text: string): DocumentEntities {
  const doc: Document = { id: 'doc', text };
  return extractEntities(doc, splitText(text));
}

function find(result: DocumentEntities, name: string): { type: EntityType; aliases: readonly string[]; id: string } | undefined {
  return result.entities.find((e) => e.name === name || e.aliases.includes(name));
}

describe('names and types', () => {
  const cases: readonly { name: string; text: string; entity: string; type: EntityType }[] = [
    { name: 'a pinyin name is a person', text: 'Zhang Yong said the plan would go ahead.', entity: 'Zhang Yong', type: 'person' },
    { name: 'a pinyin name in apposition is a person', text: 'The board met, and Lin Shiwen, vice president of Orbit, spoke first.', entity: 'Lin Shiwen', type: 'person' },
    { name: 'a western name before a title is a person', text: 'The decision was made by Laura Perez, chief executive of Contoso.', entity: 'Laura Perez', type: 'person' },
    { name: 'a name after an honorific is a person', text: 'According to Mr. Tan Wei, the service will start soon.', entity: 'Tan Wei', type: 'person' },
    { name: 'Co., Ltd. makes a company', text: 'Shares of Sunrise Finance Co., Ltd. rose on Monday.', entity: 'Sunrise Finance Co., Ltd', type: 'organization' },
    { name: 'Bank Limited makes a company', text: 'The licence went to Harbor Bank Limited in May.', entity: 'Harbor Bank Limited', type: 'organization' },
    { name: 'Group makes a company', text: 'Plover teamed up with Osprey Group on the deal.', entity: 'Osprey Group', type: 'organization' },
    { name: 'an acronym is a name', text: 'The application was approved by the FCA last year.', entity: 'FCA', type: 'organization' },
    { name: 'a possessive is not part of the name', text: 'Borealis’s chief executive quit on Friday.', entity: 'Borealis', type: 'organization' },
    { name: 'a quoted product name', text: 'In 2015 the firm launched its loan product “Vandelay Cash” for students.', entity: 'Vandelay Cash', type: 'product' },
    { name: 'a -based place is not a company', text: 'It works with Ohio-based lenders.', entity: 'Ohio', type: 'other' },
    { name: 'non-breaking spaces inside a name', text: 'Shares of Nova\u00a0Bank rose.', entity: 'Nova Bank', type: 'organization' },
    { name: 'the name after a descriptor is the entity, typed by it', text: 'Electric carmaker Velora Motors said on Friday it had raised funds.', entity: 'Velora Motors', type: 'organization' },
    { name: 'a one-word name after a descriptor', text: 'Online lender Quickfund said profit rose.', entity: 'Quickfund', type: 'organization' },
    { name: "'the lender X founded': X is the founder, not the lender", text: 'Vestra Bank, the lender Marco Alvi founded in 2008, has 2 million customers.', entity: 'Marco Alvi', type: 'person' },
    { name: "'the bank X bought': X is the buyer, and may be a company", text: 'Kelso Bank, the lender Orbit Holdings bought in 2017, grew.', entity: 'Orbit Holdings', type: 'organization' },
    { name: 'a descriptor makes a person-shaped name a company', text: 'Chinese tech giant Tenmoon Leap said it would invest.', entity: 'Tenmoon Leap', type: 'organization' },
    { name: 'a name before a relational noun stays a name (X unit Y)', text: 'Tenmoon unit Cloudly said it would list.', entity: 'Tenmoon', type: 'organization' },
    { name: "a name ending like an adverb opening a sentence before ', which'", text: 'Skyfly, which is 30%-owned by Kestrel Partners, grew.', entity: 'Skyfly', type: 'organization' },
    { name: "'X-listed' names a place, not a person", text: 'Hong Kong-listed developer Sunridge Properties said sales rose.', entity: 'Hong Kong', type: 'other' },
    { name: 'a trade opening the sentence is not part of the name', text: 'Carmaker Velora Motors Tan said it grew.', entity: 'Velora Motors Tan', type: 'organization' },
    { name: "a company word opening a name stays in it ('Bank X')", text: 'Bank Negara cut rates on Monday.', entity: 'Bank Negara', type: 'organization' },
    { name: 'a company word of another industry (X Auto)', text: 'Lumina Auto said sales rose.', entity: 'Lumina Auto', type: 'organization' },
    { name: "a lower-case particle inside a name ('Fondo de Reservas Mineras') stays in it", text: 'The largest shareholder is the Fondo de Reservas Mineras, a state fund.', entity: 'Fondo de Reservas Mineras', type: 'organization' },
    // From held-out corpora (an airline, a newspaper group), each on made-up names.
    { name: "'chief financial officer X' makes a person of a name compromise reads as 'Le' + a name", text: 'Hoa Sen Air said chief financial officer Le Van Binh would take over.', entity: 'Le Van Binh', type: 'person' },
    { name: "'X Air' is a company, even before 'said'", text: 'Hoa Sen Air said on Monday that it would add routes.', entity: 'Hoa Sen Air', type: 'organization' },
    { name: 'an age after one word makes a person', text: 'Kessler Brandt Medien publishes newspapers. Kessler, 63, will remain a shareholder.', entity: 'Kessler', type: 'person' },
    { name: 'a double-barrelled name before a title is a person', text: 'Helga Kessler-Berens, the chairwoman of the board, said so.', entity: 'Helga Kessler-Berens', type: 'person' },
    { name: "'founded in 1949 by X' makes X a person", text: 'The company, founded in 1949 by Reinhold Kessler, has grown.', entity: 'Reinhold Kessler', type: 'person' },
    { name: "', currently head of digital at' after a name makes a person", text: 'The publisher will hand over to Katrin Voss, currently head of digital at a magazine house.', entity: 'Katrin Voss', type: 'person' },
    { name: "'Banco do Brasil' is one name", text: 'Shares of Banco do Brasil rose on Monday.', entity: 'Banco do Brasil', type: 'organization' },
    { name: 'a place in parentheses inside a legal name stays in it', text: 'Orion Foods (Shanghai) Co., Ltd. was founded in 2010 by Lin Bo.', entity: 'Orion Foods (Shanghai) Co., Ltd', type: 'organization' },
    { name: "an indefinite appositive with a business noun makes a company ('X, a logistics start-up,')", text: 'Road Link, a Nairobi-based logistics start-up, raised $5 million.', entity: 'Road Link', type: 'organization' },
    { name: 'an indefinite appositive without a business noun leaves a person a person', text: 'Dana Whitfield, a former banker, joined the board of Orbit Bank.', entity: 'Dana Whitfield', type: 'person' },
    { name: 'an acronym opening a sentence before its expansion is a name, not a dateline', text: 'KL (short for Kestrel Logistics) raised $20 million in 2019.', entity: 'KL', type: 'organization' },
    // From held-out corpora (a drone maker, a Vietnamese shipping line, a Mexican hotel chain, a Korean comics platform), on made-up names.
    { name: "'X, an Izmir-based defence analyst': a capitalized place before the profession", text: '"It matters," said Emre Kocabaş, an Izmir-based defence analyst at consultancy Delta Risk.', entity: 'Emre Kocabaş', type: 'person' },
    { name: 'a Vietnamese name of four words is a person', text: 'Shareholders re-elected Hoang Thi Lan Chi at the meeting on Monday.', entity: 'Hoang Thi Lan Chi', type: 'person' },
    { name: "'Ho Chi Minh City' is no Vietnamese personal name", text: 'The line moved its office to Ho Chi Minh City in 2019.', entity: 'Ho Chi Minh City', type: 'other' },
    { name: 'a Korean name with a hyphenated given name is one person', text: 'Kwon Ha-eun took over as chief executive of Moonbeam Comics on Monday.', entity: 'Kwon Ha-eun', type: 'person' },
    { name: "'former magazine editor X' makes X a person", text: 'Hoshiyama, set up by former magazine editor Kenji Arakawa, runs an app.', entity: 'Kenji Arakawa', type: 'person' },
    { name: "'X was founded in Y': X is a business and Y a place, whatever the words suggest", text: 'Casa Lucero was founded in Puebla in 2011 by Teresa Villaseñor.', entity: 'Casa Lucero', type: 'organization' },
    { name: "'founded in Y': Y a place", text: 'Casa Lucero was founded in Puebla in 2011 by Teresa Villaseñor.', entity: 'Puebla', type: 'other' },
    { name: 'an accented first name that compromise knows makes a person', text: 'Since Élise Auberval founded it in 1952, the house has grown.', entity: 'Élise Auberval', type: 'person' },
    { name: "'the U.S.' is a country", text: 'Serra Verde bought a pork plant in the U.S. last year.', entity: 'U.S', type: 'other' },
    { name: "'The Campo Grande meatpacker said': a name between 'the' and a trade word is where the business is", text: 'Serra Verde sells beef. The Campo Grande meatpacker said on Monday that it would grow.', entity: 'Campo Grande', type: 'other' },
    { name: "'The Tenmoon unit said' relates the name to another company, which stays one", text: 'Tenmoon owns Cloudly. The Tenmoon unit said it would list.', entity: 'Tenmoon', type: 'organization' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = find(entitiesOf(c.text), c.entity);
      expect(found, JSON.stringify(entitiesOf(c.text).entities)).toBeDefined();
      expect(found?.type).toBe(c.type);
    });
  }

  const negatives: readonly { name: string; text: string; notName: string }[] = [
    { name: 'a month is not a name', text: 'In May 2015, the firm launched a product.', notName: 'May' },
    { name: 'a capitalized function word starting a sentence is not a name', text: 'Previously, the firm sold phones.', notName: 'Previously' },
    { name: 'a title before a name is not part of it', text: 'CEO Jane Doe left the firm.', notName: 'CEO Jane Doe' },
    { name: 'a currency word is not a name', text: 'Loans of up to 30,000 Yuan are offered.', notName: 'Yuan' },
    { name: 'a title-case heading yields no names of its own', text: 'Acme Setting Up Online Financial Services Company', notName: 'Acme Setting Up Online Financial Services Company' },
    { name: 'a nationality adjective is not a name', text: 'The Brazilian digital bank grew.', notName: 'Brazilian' },
    { name: 'a ticker is not a name', text: "Orbit's (01810:HK) shares rose.", notName: 'HK' },
    { name: 'a descriptor opening a sentence is not a name (Electric carmaker X)', text: 'Electric carmaker Velora Motors said on Friday it had raised funds.', notName: 'Electric' },
    { name: 'a descriptor after a dateline is not a name', text: 'OSLO, May 4 (Nordwire) - Budget airline Skyfly said it would add routes.', notName: 'Budget' },
    { name: 'a hyphenated descriptor is not a name (State-owned lender X)', text: 'State-owned lender Westmark Bank cut its rates.', notName: 'State' },
    { name: 'a two-word nationality is not a name (South Korean chipmaker X)', text: 'South Korean chipmaker Hanbit Semiconductor posted a profit.', notName: 'South Korean' },
    { name: 'a nationality inside a sentence before a business noun is not a name', text: 'The airline is 30%-owned by Dutch investor Kestrel Partners.', notName: 'Dutch' },
    { name: "an adverb opening a sentence is not a name even before a name", text: 'Separately, Kestrel Partners said it grew.', notName: 'Separately' },
    { name: 'a funding round is not a name', text: 'Velora raised $250 million in its Series C round.', notName: 'Series C' },
    { name: 'the agency of a dateline is not a name', text: 'OSLO, May 4 (Nordwire) - Skyfly said it would add routes.', notName: 'Nordwire' },
    { name: 'the city of a dateline with a region is not a name', text: 'CAMBRIDGE, England, Nov 3 (ChipWire) - Arlo Semiconductor cut its forecast.', notName: 'CAMBRIDGE' },
    { name: 'cities of a dateline joined by a slash are not names', text: 'HONG KONG/SINGAPORE, March 9 (Newsline) - Rivet Motors said it had raised $80 million.', notName: 'HONG KONG' },
    { name: 'an abbreviated nationality after a dateline is not a name', text: 'NEW YORK, May 3 (AP) — U.S. electric-truck maker Rivet Motors said it grew.', notName: 'U.S' },
    { name: 'the city of a dateline is not a name', text: 'OSLO, May 4 (Nordwire) - Skyfly said it would add routes.', notName: 'OSLO' },
    { name: "the city of a dateline with only the agency is not a name ('BEIJING (Agency) -')", text: 'BEIJING (Nordwire) - Skyfly said it would add routes.', notName: 'BEIJING' },
    { name: 'a place in parentheses inside a legal name is not a company of its own', text: 'Orion Foods (Shanghai) Co., Ltd. was founded in 2010.', notName: 'Co., Ltd' },
  ];
  for (const c of negatives) {
    it(c.name, () => {
      expect(find(entitiesOf(c.text), c.notName)).toBeUndefined();
    });
  }

  it("a currency's letters in a conversion in brackets are not a name ('(about SR 669m)')", () => {
    const text = 'Dhow Ports grew. Net profit reached AED 655 million (about SR 669m) last year.';
    const doc: Document = { id: 'doc', text };
    const result = extractEntities(doc, splitText(text), undefined, parseQuantities(text));
    expect(find(result, 'SR')).toBeUndefined();
    expect(find(result, 'Dhow Ports')).toBeDefined();
  });

  it("a surname with its particle ('Al Haddabi') is the person named in full before it", () => {
    const result = entitiesOf('Layla Al Haddabi runs Dhow Ports. Al Haddabi, who became CEO last year, said it would grow.');
    expect(find(result, 'Al Haddabi')?.id).toBe(find(result, 'Layla Al Haddabi')?.id);
  });

  it("a company named after its founder: 'Kagami' is 'Kagami Robotics', not 'Hiroshi Kagami'", () => {
    const result = entitiesOf('Kagami Robotics makes welding robots. Aya Mori joined Kagami in 1997. The company was founded in 1988 by Hiroshi Kagami. Kagami\'s board approved the plan.');
    expect(find(result, 'Kagami')?.id).toBe(find(result, 'Kagami Robotics')?.id);
    expect(find(result, 'Hiroshi Kagami')?.type).toBe('person');
  });

  it('a name ending in a month abbreviation stays a person ("Wang Jun")', () => {
    expect(find(entitiesOf('Wang Jun said the results were strong.'), 'Wang Jun')?.type).toBe('person');
  });
});

describe('aliases found in the text', () => {
  const cases: readonly { name: string; text: string; a: string; b: string }[] = [
    { name: 'formerly known as', text: 'Polaris Digital Technology, formerly known as Polaris Pay, was established in 2013.', a: 'Polaris Digital Technology', b: 'Polaris Pay' },
    { name: "'X is renaming itself Y' (a planned rename) names one company", text: "The grocer Larkfield's is renaming itself Pantry, dropping a name it has used for a century.", a: 'Larkfield', b: 'Pantry' },
    { name: "', which was called Y until' names a former name", text: 'Voltaro, which was called Kikko Scooters until it rebranded in 2021, sold 61,000 scooters in 2022.', a: 'Voltaro', b: 'Kikko Scooters' },
    { name: 'a name in brackets', text: 'It bought Jiahe Tongda (Hetong), a payment firm.', a: 'Jiahe Tongda', b: 'Hetong' },
    { name: 'also known as', text: 'Nova Bank, also known as Nova, opened in 2019.', a: 'Nova Bank', b: 'Nova' },
    { name: 'X was renamed Y', text: 'Northwind Bank was renamed Eastwind Bank in 2018.', a: 'Eastwind Bank', b: 'Northwind Bank' },
    { name: 'X changed its name from Y', text: 'Lumen Digits, the fintech unit of Lumen Group, changed its name from Lumen Finance in 2020.', a: 'Lumen Digits', b: 'Lumen Finance' },
    { name: 'the renaming of X to Y', text: "Tailspin said the renaming of 'Tailspin Loans' to 'Tailspin Credit' shows its focus.", a: 'Tailspin Credit', b: 'Tailspin Loans' },
    { name: 'short for: the expansion spells the name another way', text: 'The bank is called “KL Bank” (KL is short for Kailong).', a: 'KL Bank', b: 'Kailong Bank' },
    { name: 'the bank was called X: an unnamed bank gets its name', text: 'In 2016, Plover set up a private online bank. The founder said the bank was called “Falcon Bank”.', a: 'Falcon Bank', b: 'Falcon Bank' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = entitiesOf(c.text);
      const a = find(result, c.a);
      const b = find(result, c.b);
      expect(a, JSON.stringify(result.entities)).toBeDefined();
      expect(a?.id).toBe(b?.id);
    });
  }

  it('the former name is not the entity name', () => {
    const result = entitiesOf('Polaris Digital Technology, formerly known as Polaris Pay, was established in 2013.');
    expect(find(result, 'Polaris Pay')?.id).toBe('org:polaris-digital-technology');
  });

  it('a unit of a company is not renamed into the company', () => {
    const result = entitiesOf("Orbit's payment unit commenced operating under the new name 'Orbit Pay'.");
    expect(find(result, 'Orbit')?.id).not.toBe(find(result, 'Orbit Pay')?.id);
  });

  it('an unnamed bank keeps a document-scoped id until it is named', () => {
    const result = entitiesOf('In 2016, Plover and Osprey Group set up a private online bank.');
    const anon = result.entities.find((e) => e.name === 'private online bank');
    expect(anon?.id).toBe('org:private-online-bank@doc');
    expect(result.anonymous).toContain(anon?.id);
    expect(result.founders?.[anon?.id ?? '']).toEqual(expect.arrayContaining(['org:plover', 'org:osprey-group']));
  });
});

describe('references', () => {
  const cases: readonly { name: string; text: string; reference: string; entity: string }[] = [
    { name: 'the company → the subject of the sentence before', text: 'Borealis sells phones. The company is based in Oslo.', reference: 'The company', entity: 'org:borealis' },
    { name: 'it → the salient organization', text: 'Subsequently, Borealis grew fast. In 2016, it acquired Kramerica.', reference: 'it', entity: 'org:borealis' },
    { name: 'the bank → the last bank, not the last company', text: 'Plover set up Falcon Bank in 2016. Plover later sold phones. The bank opened in May.', reference: 'The bank', entity: 'org:falcon-bank' },
    { name: 'the new bank → a bank named earlier', text: 'Falcon Bank was set up by Plover. Osprey holds 30 per cent of the new bank.', reference: 'the new bank', entity: 'org:falcon-bank' },
    { name: 'he → the last person', text: 'Hu Jun took the role of chairman at Vega. He says the change helps.', reference: 'He', entity: 'person:hu-jun' },
    { name: 'an appositive name is not the salient one', text: 'Lin Tao, vice president of Vega, became chairman of Orion Bank. The bank grew.', reference: 'The bank', entity: 'org:orion-bank' },
    { name: 'the company in its subject’s own clause is someone else', text: 'Starling Bank was founded in 2014. SoftBank owns about 40% of the company.', reference: 'the company', entity: 'org:starling-bank' },
    { name: 'the lender → a bank', text: 'Starling Bank was founded in 2014. The lender has 3.6 million customers.', reference: 'The lender', entity: 'org:starling-bank' },
    { name: 'as for X, it → X', text: 'Falcon Bank grew. As for Plover, it launched two apps.', reference: 'it', entity: 'org:plover' },
    { name: 'the carmaker → the salient company', text: 'Velora Motors raised $300 million. Harbor Peak Capital now holds 12% of the carmaker.', reference: 'the carmaker', entity: 'org:velora-motors' },
    { name: 'the group → the one company the text called a group, not the firm spoken of last', text: 'Nordwind Capital, a private equity firm, bought a stake in Brandt Medien, a family-controlled newspaper group, on Monday. Nordwind partner Jan Olsen said the firm saw room to grow. The group had revenue of 431 million euros in 2021.', reference: 'The group', entity: 'org:brandt-medien' },
    { name: 'the start-up → not an investor named in the sentence before', text: 'Velora said sales rose. Harbor Peak Capital holds 15% of Velora. Tenmoon Holdings owns 5% of the start-up.', reference: 'the start-up', entity: 'org:velora' },
    { name: 'the airline → the salient company', text: 'Skyfly added ten routes. The airline expects a profit.', reference: 'The airline', entity: 'org:skyfly' },
    { name: 'the chipmaker → any word ending in maker', text: 'Hanbit Semiconductor posted a profit. The chipmaker plans a new fab.', reference: 'The chipmaker', entity: 'org:hanbit-semiconductor' },
    { name: 'the airline → the company the text called an airline, not the lender named since', text: 'Budget airline Skyfly added routes. State-owned lender Nordbank lent it money. Maria Olsen is the airline’s chief executive.', reference: 'the airline', entity: 'org:skyfly' },
    { name: 'the carrier → the company an appositive called a carrier', text: 'Skyfly, a low-cost carrier, grew. Kestrel Partners bought shares. Nordbank lent money to the carrier.', reference: 'the carrier', entity: 'org:skyfly' },
    { name: 'the designer → the company an appositive called a chip designer', text: 'Arlo, the Cambridge chip designer, went public in 2017. Tamura Holdings holds a 21% stake in the designer.', reference: 'the designer', entity: 'org:arlo' },
    { name: 'the chipmaker → the one company described by a trade, not the investor named since', text: 'Arlo, a chip designer, grew. Tamura Holdings holds 21% of Arlo. Tenmoon bought a 5% stake in the chipmaker.', reference: 'the chipmaker', entity: 'org:arlo' },
    { name: "the firm → the company of the speaker's title", text: 'Tamura Holdings holds 21% of Arlo. Priya Nair, who became chief executive of Arlo in 2019, said the firm employs 3,200 engineers.', reference: 'the firm', entity: 'org:arlo' },
    { name: 'the retailer → the salient company', text: 'Brightcart grew in 2022. Quillfield Capital invested in the retailer.', reference: 'the retailer', entity: 'org:brightcart' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = entitiesOf(c.text);
      const m = result.mentions.find((x) => x.via === 'reference' && x.span.text === c.reference);
      expect(m?.entity, JSON.stringify(result.mentions)).toBe(c.entity);
    });
  }

  const negatives: readonly { name: string; text: string; reference: string }[] = [
    { name: 'expletive it is no reference', text: 'Borealis sells phones. It was reported that sales fell.', reference: 'It' },
    { name: 'it wasn’t clear is no reference', text: 'Borealis sells phones. However, it wasn’t immediately clear why.', reference: 'it' },
    { name: 'no organization before: nothing to refer to', text: 'The company said nothing.', reference: 'The company' },
    { name: 'the designer with no company described so is no reference (it may be a person)', text: 'Arlo grew in 2017. Tamura Holdings hired the designer.', reference: 'the designer' },
    { name: 'the carmaker in the sentence of an investor only: not the investor', text: 'Harbor Peak Capital holds 12% of the carmaker.', reference: 'the carmaker' },
  ];
  for (const c of negatives) {
    it(c.name, () => {
      const result = entitiesOf(c.text);
      expect(result.mentions.find((x) => x.via === 'reference' && x.span.text === c.reference)).toBeUndefined();
    });
  }
});

describe('appositives', () => {
  const cases: readonly { name: string; text: string; phrase: string | undefined }[] = [
    { name: 'set off by commas', text: 'Velora, founded in 2017, plans to expand.', phrase: 'founded in 2017' },
    { name: 'set off by em dashes', text: 'Velora — founded in 2017 by Lin Hao — plans to expand.', phrase: 'founded in 2017 by Lin Hao' },
    { name: 'set off by spaced hyphens', text: 'Velora - a van maker - plans to expand.', phrase: 'a van maker' },
    { name: 'not a hyphenated cue', text: 'Acme-backed Velora grew - fast.', phrase: undefined },
    { name: 'not a clause with a verb between dashes', text: 'Velora — it said — plans to expand.', phrase: undefined },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = entitiesOf(c.text);
      const ranges = result.appositives?.[0] ?? [];
      expect(ranges.map((r) => c.text.slice(r.start, r.end))[0]).toBe(c.phrase);
    });
  }
});

describe('short forms', () => {
  it("a brand's one-word name is the company named with it ('Starling' after 'Starling Bank')", () => {
    const result = entitiesOf('Starling Bank was founded in 2014. Starling reported revenue of £453 million.');
    expect(find(result, 'Starling')?.id).toBe(find(result, 'Starling Bank')?.id);
  });
  it('a one-word name shared by several longer names stays apart', () => {
    const result = entitiesOf('Orbit sells phones. Orbit Finance lends money. Orbit Bank takes deposits.');
    expect(find(result, 'Orbit')?.id).not.toBe(find(result, 'Orbit Bank')?.id);
    expect(find(result, 'Orbit')?.id).not.toBe(find(result, 'Orbit Finance')?.id);
  });
  it('a one-word name is not merged into a longer name that adds more than a company word', () => {
    const result = entitiesOf('Orbit sells phones. Orbit Finance lends money.');
    expect(find(result, 'Orbit')?.id).not.toBe(find(result, 'Orbit Finance')?.id);
  });
});

describe('spans', () => {
  it('every mention span is the text at its offsets', () => {
    const text = 'Xia Lu, founder of “Nova Bank”, said Nova’s app, Nova Go, has 5 million users. It grew.';
    const result = entitiesOf(text);
    expect(result.mentions.length).toBeGreaterThan(0);
    for (const m of result.mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.span.text);
  });
});
