import { describe, expect, it } from 'vitest';
import { docs, canonicalOf } from './linked.js';
import { linkEntities } from '../../src/entities/index.js';

describe('linking across documents', () => {
  const same: readonly { name: string; a: string; b: string; nameA: string; nameB: string }[] = [
    { name: 'the same name', a: 'Borealis sells phones.', b: 'Analysts like Borealis.', nameA: 'Borealis', nameB: 'Borealis' },
    { name: 'a legal suffix left out', a: 'Shares of Sunrise Technology Co., Ltd. rose.', b: 'Sunrise Technology hired staff.', nameA: 'Sunrise Technology Co., Ltd', nameB: 'Sunrise Technology' },
    { name: 'Group left out', a: 'Osprey Group invested.', b: 'Osprey invested again, said Osprey Capital.', nameA: 'Osprey Group', nameB: 'Osprey' },
    { name: 'spellings a letter apart, with a place name in front', a: 'Kailong Bank opened in 2016.', b: 'Founded in 2016, Hunan Kailung Bank is an online lender.', nameA: 'Kailong Bank', nameB: 'Hunan Kailung Bank' },
    { name: 'an alias stated in one document links a name used in another', a: 'Polaris Digital, formerly known as Polaris Pay, was set up in 2013.', b: 'Polaris Pay won a licence.', nameA: 'Polaris Digital', nameB: 'Polaris Pay' },
    { name: 'one stem with another ending', a: 'Orbit Digits opened.', b: 'Orbit Digital Technology opened.', nameA: 'Orbit Digits', nameB: 'Orbit Digital Technology' },
    { name: 'a surname alone for the one person of that name elsewhere', a: 'Elon Marsh, the founder, spoke.', b: 'Marsh, the founder, said the plan would work.', nameA: 'Elon Marsh', nameB: 'Marsh' },
    { name: "a brand's short name for its 'X Bank' elsewhere", a: 'Starling Bank opened.', b: 'Starling reported revenue of £453 million.', nameA: 'Starling Bank', nameB: 'Starling' },
    { name: 'a person written in the other order', a: 'Lei Bo said so.', b: 'Bo Lei, the founder, agreed.', nameA: 'Lei Bo', nameB: 'Bo Lei' },
    { name: 'one word typed a product in one article (an app) and a company in another', a: 'Sahra acquired Khatwa, an Amman-based courier app, for US$18mn.', b: 'Khatwa said on Monday it had hired 40 riders.', nameA: 'Khatwa', nameB: 'Khatwa' },
  ];
  for (const c of same) {
    it(c.name, () => {
      const per = docs({ a: c.a, b: c.b });
      const x = canonicalOf(per, 'a', c.nameA);
      expect(x).toBeDefined();
      expect(canonicalOf(per, 'b', c.nameB)).toBe(x);
    });
  }

  const apart: readonly { name: string; a: string; b: string; nameA: string; nameB: string }[] = [
    { name: 'a parent and its finance arm', a: 'Orbit sells phones. Orbit makes them too.', b: 'Orbit Finance lends money.', nameA: 'Orbit', nameB: 'Orbit Finance' },
    { name: 'two banks of one brand', a: 'Orbit Bank opened.', b: 'Orbit Digits opened.', nameA: 'Orbit Bank', nameB: 'Orbit Digits' },
    { name: 'names sharing only generic words', a: 'China Digital Bank opened.', b: 'China Online Bank opened.', nameA: 'China Digital Bank', nameB: 'China Online Bank' },
    { name: 'a short name shared by two longer names', a: 'Orbit Bank opened. Orbit Technology grew.', b: 'Orbit sells phones.', nameA: 'Orbit Bank', nameB: 'Orbit' },
    { name: 'a person and a company of one spelling', a: 'Hu Jun spoke.', b: 'Hu Jun Holdings sold shares.', nameA: 'Hu Jun', nameB: 'Hu Jun Holdings' },
  ];
  for (const c of apart) {
    it(`kept apart: ${c.name}`, () => {
      const per = docs({ a: c.a, b: c.b });
      expect(canonicalOf(per, 'a', c.nameA)).toBeDefined();
      expect(canonicalOf(per, 'b', c.nameB)).not.toBe(canonicalOf(per, 'a', c.nameA));
    });
  }

  it('an unnamed venture is the named bank founded by the same partners', () => {
    const per = docs({
      a: 'In 2015, Plover teamed up with Osprey Group and Heron Chain and established a private online bank. The founder said the bank was called “Falcon Bank”.',
      b: 'In December 2016, Plover established a joint venture with Osprey Group and other companies.',
    });
    const venture = per.find((d) => d.doc === 'b')?.entities.find((e) => e.name === 'joint venture');
    expect(venture).toBeDefined();
    expect(linkEntities(per).canonical('b', venture?.id ?? '')).toBe(canonicalOf(per, 'a', 'Falcon Bank'));
  });

  it('an unnamed venture with other partners stays apart', () => {
    const per = docs({
      a: 'In 2015, Plover teamed up with Osprey Group and established a private online bank. The founder said the bank was called “Falcon Bank”.',
      b: 'In 2016, Plover established a joint venture with Crane Capital.',
    });
    const venture = per.find((d) => d.doc === 'b')?.entities.find((e) => e.name === 'joint venture');
    expect(linkEntities(per).canonical('b', venture?.id ?? '')).not.toBe(canonicalOf(per, 'a', 'Falcon Bank'));
  });

  it('ids do not depend on the order of the documents', () => {
    const a = 'Kailong Bank opened. Borealis sells phones.';
    const b = 'Founded in 2016, Hunan Kailung Bank is a lender.';
    const one = linkEntities(docs({ a, b })).entities;
    const two = linkEntities(docs({ b, a })).entities;
    expect(one).toEqual(two);
  });

  it('a gazetteer joins names the texts never connect', () => {
    const per = docs({ a: 'Redwood Chain invested.', b: 'Hongmu Chain invested.' });
    const graph = linkEntities(per, [{ name: 'Redwood Chain', aliases: ['Hongmu Chain'] }]);
    const ids = per.map((d) => graph.canonical(d.doc, d.entities[0]?.id ?? ''));
    expect(ids[0]).toBe(ids[1]);
    expect(graph.entities.find((e) => e.id === ids[0])?.aliases).toContain('Hongmu Chain');
  });

  it('a gazetteer entry names the entity and sets its type, whatever the text suggested', () => {
    // 'Tamsin Vale said' reads like a person.
    const per = docs({ a: 'Tamsin Vale said profit rose.', b: 'Shares of Tamsin Vale Group fell.' });
    expect(per[0]?.entities[0]?.type).toBe('person');
    const graph = linkEntities(per, [{ name: 'Tamsin Vale Group', type: 'organization', aliases: ['Tamsin Vale'] }]);
    const a = graph.canonical('a', per[0]?.entities[0]?.id ?? '');
    expect(a).toBe(graph.canonical('b', per[1]?.entities[0]?.id ?? ''));
    const entity = graph.entities.find((e) => e.id === a);
    expect(entity?.name).toBe('Tamsin Vale Group');
    expect(entity?.type).toBe('organization');
  });

  it('a gazetteer alias links a short name the texts use alone', () => {
    const per = docs({ a: 'Velora Motors raised funds.', b: 'Velora Motors hired staff. Velora Robotics grew. Velora said it would list.' });
    const graph = linkEntities(per, [{ name: 'Velora Motors', aliases: ['Velora'] }]);
    const short = per[1]?.entities.find((e) => e.name === 'Velora');
    const long = per[0]?.entities.find((e) => e.name === 'Velora Motors');
    expect(short).toBeDefined();
    expect(graph.canonical('b', short?.id ?? '')).toBe(graph.canonical('a', long?.id ?? ''));
  });

  it('a gazetteer entry no document mentions adds no entity', () => {
    const per = docs({ a: 'Velora Motors raised funds.' });
    const graph = linkEntities(per, [{ name: 'Quillfield Dynamics' }]);
    expect(graph.entities.map((e) => e.name)).not.toContain('Quillfield Dynamics');
  });

  it('kept apart: a place of the same name as a gazetteer alias', () => {
    const per = docs({ a: 'Sales in Brazil fell.' });
    const graph = linkEntities(per, [{ name: 'Brazil Foods', aliases: ['Brazil'] }]);
    expect(graph.entities.map((e) => e.name)).not.toContain('Brazil Foods');
  });
});
