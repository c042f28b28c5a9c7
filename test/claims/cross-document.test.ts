import { describe, expect, it } from 'vitest';
import type { Claim, Document } from '../../src/types.js';
import { splitText } from '../../src/text/index.js';
import { parseTimes } from '../../src/time/index.js';
import { parseQuantities } from '../../src/quantity/index.js';
import { extractEntities, linkEntities } from '../../src/entities/index.js';
import { extractClaims, claimKey } from '../../src/claims/index.js';

/** Claims of several articles with corpus-wide entity ids, as the pipeline links them. */
function linkedClaims(articles: readonly { id: string; published: string; text: string }[]): Claim[] {
  const per = articles.map((a) => {
    const doc: Document = { id: a.id, text: a.text, published: a.published };
    const segmented = splitText(a.text);
    const entities = extractEntities(doc, segmented);
    const reference = { timex: a.published, start: a.published, end: a.published, granularity: 'day' as const, anchor: 'absolute' as const, implied: [] };
    const claims = extractClaims({ doc, segmented, times: parseTimes(a.text, { reference: a.published }), quantities: parseQuantities(a.text, { reference: a.published }), entities, reference });
    return { doc: a.id, entities, claims };
  });
  const graph = linkEntities(per.map((p) => p.entities));
  return per.flatMap((p) =>
    p.claims.map((c) => ({
      ...c,
      subject: graph.canonical(p.doc, c.subject),
      ...(typeof c.object === 'string' ? { object: graph.canonical(p.doc, c.object) } : {}),
      ...(c.qualifier !== undefined ? { qualifier: graph.canonical(p.doc, c.qualifier) } : {}),
    })),
  );
}

// Two articles about one company that name it differently must give claims a rule can compare.
describe('claims of two articles share keys', () => {
  const cases: readonly { name: string; a: string; b: string; predicate: string; sameObject: boolean }[] = [
    {
      name: "renames: 'formerly known as ... changed its name' and 'renamed itself X'",
      a: 'Velora plans to start deliveries in 2025. The company was formerly known as Greenway Mobility and changed its name in 2019.',
      b: 'Electric carmaker Velora Motors said on Friday it had raised funds. The carmaker, which renamed itself Velora Motors in 2020, was founded in 2016.',
      predicate: 'renamed',
      sameObject: true,
    },
    {
      name: "foundings: a short name's apposition and the full name's passive",
      a: 'Velora, founded in 2016 by former battery engineer Lin Hao, plans to start deliveries in 2025.',
      b: 'Velora Motors was founded in 2017 by Lin Hao.',
      predicate: 'founded',
      sameObject: true,
    },
    {
      name: "stakes: 'the carmaker' in one, the short name in the other",
      a: 'Velora Motors raised funds. Harbor Peak Capital now holds a 12% stake in the carmaker.',
      b: 'Velora said sales rose. Harbor Peak Capital holds a 15% stake in Velora.',
      predicate: 'stake',
      sameObject: false,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const claims = linkedClaims([
        { id: 'a', published: '2024-04-02', text: c.a },
        { id: 'b', published: '2024-03-09', text: c.b },
      ]).filter((x) => x.predicate === c.predicate);
      const a = claims.find((x) => x.doc === 'a');
      const b = claims.find((x) => x.doc === 'b');
      expect(a, JSON.stringify(claims)).toBeDefined();
      expect(b, JSON.stringify(claims)).toBeDefined();
      expect(claimKey(a as Claim)).toBe(claimKey(b as Claim));
      if (c.sameObject) expect(a?.object).toBe(b?.object);
    });
  }

  it('kept apart: a parent and its finance arm give different keys', () => {
    const claims = linkedClaims([
      { id: 'a', published: '2024-04-02', text: 'Velora was founded in 2016.' },
      { id: 'b', published: '2024-03-09', text: 'Velora Finance was founded in 2018.' },
    ]).filter((x) => x.predicate === 'founded');
    expect(claims).toHaveLength(2);
    expect(claimKey(claims[0] as Claim)).not.toBe(claimKey(claims[1] as Claim));
  });
});
