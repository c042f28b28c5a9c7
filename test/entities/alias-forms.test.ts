import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/types.js';
import { splitText } from '../../src/text/index.js';
import { extractEntities, linkEntities, type DocumentEntities } from '../../src/entities/index.js';

function extracted(id: string, text: string): DocumentEntities {
  const doc: Document = { id, text };
  return extractEntities(doc, splitText(text));
}

/** Whether two names end up as one entity of the document. */
function sameEntity(result: DocumentEntities, a: string, b: string): boolean {
  const of = (name: string): string | undefined => result.entities.find((e) => e.name === name || e.aliases.includes(name))?.id;
  return of(a) !== undefined && of(a) === of(b);
}

describe('aliases the text states', () => {
  const cases: readonly { name: string; text: string; a: string; b: string; same: boolean }[] = [
    { name: 'also known as', text: 'Hua Xia Bank, also known as Huaxia Bank, grew.', a: 'Hua Xia Bank', b: 'Huaxia Bank', same: true },
    { name: 'X, short for Y', text: 'KL, short for Kailong Logistics, grew.', a: 'KL', b: 'Kailong Logistics', same: true },
    { name: 'X (short for Y)', text: 'Shares of KL (short for Kailong Logistics) rose.', a: 'KL', b: 'Kailong Logistics', same: true },
    { name: 'X, which stands for Y', text: 'KL, which stands for Kailong Logistics, grew.', a: 'KL', b: 'Kailong Logistics', same: true },
    { name: 'Y, or X for short', text: 'Kailong Logistics, or KL for short, grew.', a: 'KL', b: 'Kailong Logistics', same: true },
    { name: 'X (Y): a translation in parentheses', text: 'Honglu Chain (Redcrane Chain) holds 15%.', a: 'Honglu Chain', b: 'Redcrane Chain', same: true },
    { name: 'X (Y): a transliteration in parentheses', text: 'Golden Star Electronics (Jinxing Dianzi) grew.', a: 'Golden Star Electronics', b: 'Jinxing Dianzi', same: true },
    { name: 'known in Chinese as Y', text: 'Kailong Logistics, known in Chinese as Kailun Wuliu, grew.', a: 'Kailong Logistics', b: 'Kailun Wuliu', same: true },
    { name: 'known locally as Y, in parentheses', text: 'Kailong Logistics (known locally as Kailun) grew.', a: 'Kailong Logistics', b: 'Kailun', same: true },
    { name: 'whose Chinese name is Y', text: 'Kailong Logistics, whose Chinese name is Kailun Wuliu, grew.', a: 'Kailong Logistics', b: 'Kailun Wuliu', same: true },
    { name: 'Y, or X in English', text: 'Kailun Wuliu, or Kailong Logistics in English, grew.', a: 'Kailong Logistics', b: 'Kailun Wuliu', same: true },
    { name: 'literally "X"', text: 'The firm is called Jinxing, literally "Golden Star", and grew.', a: 'Jinxing', b: 'Golden Star', same: true },
    { name: 'a person known in English by another name', text: 'Zhang Wei, known in English as David Zhang, spoke.', a: 'Zhang Wei', b: 'David Zhang', same: true },
    // negatives
    { name: 'X (NYSE: ABC): a ticker is no other name', text: 'Orion Foods (NYSE: ORF) rose.', a: 'Orion Foods', b: 'ORF', same: false },
    { name: 'X (Beijing): a place is no other name', text: 'Orion Foods (Beijing) rose.', a: 'Orion Foods', b: 'Beijing', same: false },
    { name: 'X and Y sharing a first word are two companies', text: 'Acme Bank and Acme Capital are two lenders.', a: 'Acme Bank', b: 'Acme Capital', same: false },
    { name: "'or' without a language after it lists two companies", text: 'Acme Bank, or Acme Capital, will buy it.', a: 'Acme Bank', b: 'Acme Capital', same: false },
    { name: 'known as a description, not a name', text: 'Acme Corp, which is known as a lender to Beta Bank, grew.', a: 'Acme Corp', b: 'Beta Bank', same: false },
    { name: 'meaning a thing that is no name', text: 'Orion Foods cut prices, meaning Beta Stores must follow.', a: 'Orion Foods', b: 'Beta Stores', same: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = extracted('doc', c.text);
      expect(sameEntity(result, c.a, c.b), JSON.stringify(result.entities)).toBe(c.same);
    });
  }

  it('X (2015): a year in parentheses adds no name', () => {
    const result = extracted('doc', 'Orion Foods (2015) rose.');
    expect(result.entities.map((e) => [e.name, e.aliases])).toEqual([['Orion Foods', []]]);
  });
});

describe('spellings of one name across a corpus', () => {
  const cases: readonly { name: string; texts: string[]; a: string; b: string; same: boolean }[] = [
    { name: 'a legal suffix apart (Co., Ltd. / Group)', texts: ['Kailong Technology Co., Ltd. grew.', 'Shares of Kailong Technology Group rose.'], a: 'Kailong Technology Co., Ltd', b: 'Kailong Technology Group', same: true },
    { name: 'Limited / Inc', texts: ['Orbis Holdings Limited grew.', 'Orbis Holdings Inc said sales rose.'], a: 'Orbis Holdings Limited', b: 'Orbis Holdings Inc', same: true },
    { name: 'a letter apart', texts: ['Kailong Logistics grew.', 'Shares of Kailung Logistics rose.'], a: 'Kailong Logistics', b: 'Kailung Logistics', same: true },
    { name: 'a descriptive Technology left out', texts: ['Meridian Digital Technology grew.', 'Meridian Digital said sales rose.'], a: 'Meridian Digital Technology', b: 'Meridian Digital', same: true },
    // negatives
    { name: 'Acme Bank and Acme Capital stay two', texts: ['Acme Bank grew.', 'Acme Capital grew.'], a: 'Acme Bank', b: 'Acme Capital', same: false },
    { name: 'two generic words a letter apart are not one name', texts: ['Digital Bank grew.', 'Digital Bonk grew.'], a: 'Digital Bank', b: 'Digital Bonk', same: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const graph = linkEntities(c.texts.map((t, i) => extracted(`d${i}`, t)));
      const of = (name: string): string | undefined => graph.entities.find((e) => e.name === name || e.aliases.includes(name))?.id;
      expect(of(c.a), JSON.stringify(graph.entities)).toBeDefined();
      expect(of(c.a) === of(c.b), JSON.stringify(graph.entities)).toBe(c.same);
    });
  }
});

describe('the name an entity goes by, of two the text gives', () => {
  const cases: readonly { name: string; text: string; entity: string; alias: string }[] = [
    { name: 'X (Y): the name outside the parentheses', text: 'Shares of Harbor Bank (Gangwan Yinhang) rose.', entity: 'Harbor Bank', alias: 'Gangwan Yinhang' },
    { name: 'X (ACRONYM), the acronym used after: still the full name', text: 'Shares of Kailong Logistics (KL) rose. KL said it would grow. KL hired staff.', entity: 'Kailong Logistics', alias: 'KL' },
    { name: 'X, literally "Y": the name, not its translation', text: 'The firm is called Jinxing, literally "Golden Star", and grew.', entity: 'Jinxing', alias: 'Golden Star' },
    { name: 'KL, short for Y: the expansion', text: 'KL, short for Kailong Logistics, grew.', entity: 'Kailong Logistics', alias: 'KL' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const e = extracted('doc', c.text).entities.find((x) => x.aliases.includes(c.alias));
      expect(e?.name).toBe(c.entity);
    });
  }
});
