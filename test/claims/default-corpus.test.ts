import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Quantity, TimeValue } from '../../src/types.js';
import { loadCorpus } from '../../src/corpus/index.js';
import { splitText } from '../../src/text/index.js';
import { parseTimes } from '../../src/time/index.js';
import { parseQuantities } from '../../src/quantity/index.js';
import { extractEntities, linkEntities } from '../../src/entities/index.js';
import { extractClaims } from '../../src/claims/index.js';

// The default corpus end to end through extraction (not the rules): the gold claims must be
// there, and the claims behind each gold conflict must share a comparison key.
const root = fileURLToPath(new URL('../../', import.meta.url));
const gold = JSON.parse(readFileSync(`${root}../shared/gold/seed-expectations.json`, 'utf8')) as {
  claims: { doc: string; time?: string; quantity?: { value: number; unit: string }; quote: string }[];
};

let claims: Claim[] = [];

function reference(published: string | undefined): TimeValue | undefined {
  if (!published) return undefined;
  const parts = published.split('-');
  const y = Number(parts[0]);
  const m = parts[1] ? Number(parts[1]) : undefined;
  const last = m ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 31;
  const start = parts.length === 3 ? published : m ? `${published}-01` : `${published}-01-01`;
  const end = parts.length === 3 ? published : m ? `${published}-${String(last).padStart(2, '0')}` : `${published}-12-31`;
  return { timex: published, start, end, granularity: parts.length === 3 ? 'day' : m ? 'month' : 'year', anchor: 'absolute', implied: [] };
}

const norm = (t: string): string => t.normalize('NFKC').replace(/[\u2018\u2019]/gu, "'").replace(/[\u201c\u201d]/gu, '"').replace(/\s+/gu, ' ').trim().toLowerCase();

function overlaps(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (x.includes(y) || y.includes(x)) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  for (let i = 0; i + 30 <= short.length; i += 3) if (long.includes(short.slice(i, i + 30))) return true;
  return false;
}

beforeAll(async () => {
  const { documents } = await loadCorpus(`${root}corpus`);
  const per = documents.map((doc) => {
    const segmented = splitText(doc.text);
    const entities = extractEntities(doc, segmented);
    const found = extractClaims({
      doc,
      segmented,
      times: parseTimes(doc.text, { reference: doc.published }),
      quantities: parseQuantities(doc.text, { reference: doc.published }),
      entities,
      reference: reference(doc.published),
    });
    return { doc, entities, found };
  });
  const graph = linkEntities(per.map((p) => p.entities));
  const local = (p: (typeof per)[number], id: string): boolean => p.entities.entities.some((e) => e.id === id);
  claims = per.flatMap((p) =>
    p.found.map((c) => ({
      ...c,
      subject: graph.canonical(p.doc.id, c.subject),
      ...(typeof c.object === 'string' && local(p, c.object) ? { object: graph.canonical(p.doc.id, c.object) } : {}),
      ...(c.qualifier && local(p, c.qualifier) ? { qualifier: graph.canonical(p.doc.id, c.qualifier) } : {}),
    })),
  );
}, 60_000);

describe('default corpus: gold claims', () => {
  for (const want of gold.claims) {
    it(`${want.doc}: ${want.quote}`, () => {
      const ok = claims.some((c) => {
        if (c.doc !== want.doc || !overlaps(c.evidence.text, want.quote)) return false;
        if (want.time && c.time?.timex !== want.time) return false;
        if (want.quantity) {
          const q = c.object as Quantity | undefined;
          if (typeof q !== 'object' || q.unit !== want.quantity.unit || Math.abs(q.value - want.quantity.value) > want.quantity.value * 0.005) return false;
        }
        return true;
      });
      expect(ok).toBe(true);
    });
  }
});

describe('default corpus: the claims each gold conflict compares share a key', () => {
  const key = (c: Claim): string => `${c.subject}|${c.predicate}|${c.qualifier ?? ''}`;
  const keysOf = (doc: string, predicate: string, quote: string): Set<string> => new Set(claims.filter((c) => c.doc === doc && c.predicate === predicate && overlaps(c.evidence.text, quote)).map(key));
  const shared = (...sets: Set<string>[]): string[] => [...(sets[0] ?? [])].filter((k) => sets.every((s) => s.has(k)));

  it('the bank founded in 2015 / 2016 / December of the same year is one subject', () => {
    const k = shared(
      keysOf('tmtpost-2016-12-xw-bank', 'founded', 'On December 27th, 2015, it was reported that Xiaomi had teamed up'),
      keysOf('technode-2020-04-24-xiaomi-banker', 'founded', 'Founded in 2016, Sichuan Xinwang Bank'),
      keysOf('pandaily-2022-09-xiaomi-financial-map', 'founded', 'In December of the same year, it established a joint venture'),
    );
    expect(k).toHaveLength(1);
  });

  it('the payment licence of 2014 and 2016 has one key', () => {
    const k = shared(
      keysOf('tmtpost-2016-12-xw-bank', 'licensed', 'Xiaomi has already received the mobile payment license'),
      keysOf('pandaily-2022-09-xiaomi-financial-map', 'licensed', 'won a third-party payment license'),
    );
    expect(k.some((x) => x.endsWith('|payment'))).toBe(true);
  });

  it('the rename to the current name has one subject and one object', () => {
    const a = claims.filter((c) => c.doc === 'pandaily-2022-09-xiaomi-financial-map' && c.predicate === 'renamed' && c.time?.timex === '2021');
    const b = claims.filter((c) => c.doc === 'equalocean-2020-10-18-airstar-digits' && c.predicate === 'renamed' && c.time?.timex === '2020-10-18');
    expect(a.some((x) => b.some((y) => x.subject === y.subject && x.object === y.object))).toBe(true);
  });

  it('the three chairmen are of one company', () => {
    const holders = new Map<string, Set<string>>();
    for (const c of claims.filter((x) => x.predicate === 'chairman')) {
      const set = holders.get(c.subject) ?? new Set<string>();
      set.add(String(c.object));
      holders.set(c.subject, set);
    }
    expect([...holders.values()].some((s) => s.has('person:lei-jun') && s.has('person:lin-shiwei') && s.has('person:hong-feng'))).toBe(true);
  });

  it('the stakes of the respectively list go to the right holders', () => {
    const stakes = claims.filter((c) => c.doc === 'tmtpost-2016-12-xw-bank' && c.predicate === 'stake');
    const of = (holder: string): number | undefined => (stakes.find((c) => c.qualifier === holder)?.object as Quantity | undefined)?.value;
    expect(of('org:xiaomi')).toBe(29.5);
    expect(of('org:new-hope-group')).toBe(30);
  });

  it('the consumer-finance licence of April 2020 is negated', () => {
    const c = claims.find((x) => x.doc === 'technode-2020-04-24-xiaomi-banker' && x.predicate === 'licensed' && x.qualifier === 'consumer-finance');
    expect(c?.modality.negated).toBe(true);
  });

  it('boilerplate yields no claims', () => {
    expect(claims.some((c) => /follow us|Like our Facebook|Superbonic|SEE ALSO/iu.test(c.evidence.text))).toBe(false);
  });
});
