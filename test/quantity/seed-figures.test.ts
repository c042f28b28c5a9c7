/**
 * The figures of the default corpus that the fact-checker's gold list (shared/gold/seed-expectations.json,
 * `claims` with a `quantity`) expects, read from the whole article text as the pipeline does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/quantity/index.js';

const corpusDir = join(import.meta.dirname, '..', '..', 'corpus');

/** Article text by document id, front matter removed (offsets are then into the body, as in the pipeline). */
function articles(): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.md'))) {
    const raw = readFileSync(join(corpusDir, file), 'utf8');
    const end = raw.startsWith('---') ? raw.indexOf('\n---', 3) : -1;
    const front = end > 0 ? raw.slice(0, end) : '';
    const id = /^id:\s*(\S+)/mu.exec(front)?.[1] ?? file.replace(/\.md$/u, '');
    out.set(id, end > 0 ? raw.slice(raw.indexOf('\n', end + 1) + 1) : raw);
  }
  return out;
}

const SEED: ReadonlyArray<readonly [doc: string, quote: string, value: number, unit: string, approx?: string]> = [
  ['pandaily-2022-09-xiaomi-financial-map', 'for a consideration of 600 million yuan', 600_000_000, 'CNY'],
  ['pandaily-2022-09-xiaomi-financial-map', 'it acquired 65% equity of Jiefu Ruitong', 65, '%'],
  ['pandaily-2022-09-xiaomi-financial-map', 'recorded a net loss of 93.196 million yuan', 93_196_000, 'CNY'],
  ['equalocean-2020-10-18-airstar-digits', 'with over RMB 90 billion loans', 90_000_000_000, 'CNY', 'over'],
  ['androidheadlines-2015-06-xiaomi-online-loans', 'backed by a $50 million loan', 50_000_000, 'USD'],
  ['androidheadlines-2015-06-xiaomi-online-loans', 'up to 30,000 Yuan ($4,830)', 30_000, 'CNY', 'up-to'],
  ['tmtpost-2016-12-xw-bank', '30 per cent, 29.5 per cent and 15 per cent stake', 29.5, '%'],
  ['tmtpost-2016-12-xw-bank', 'whose registered asset reached 3 billion RMB', 3_000_000_000, 'CNY'],
  ['technode-2020-04-24-xiaomi-banker', 'Xiaomi owns a 29.5% stake in Sichuan Xinwang Bank', 29.5, '%'],
];

describe('seed figures from the default corpus', () => {
  const docs = articles();
  for (const [doc, quote, value, unit, approx] of SEED) {
    it(`${doc}: ${quote}`, () => {
      const text = docs.get(doc);
      expect(text, `corpus has ${doc}`).toBeDefined();
      const at = text?.indexOf(quote) ?? -1;
      expect(at).toBeGreaterThanOrEqual(0);
      const inQuote = parseQuantities(text ?? '').filter((q) => q.span && q.span.start < at + quote.length && q.span.end > at);
      const hit = inQuote.find((q) => q.value === value && q.unit === unit);
      expect(hit, JSON.stringify(inQuote)).toBeDefined();
      expect(hit?.approx).toBe(approx);
      expect(hit?.low).toBeLessThanOrEqual(value);
      expect(hit?.high).toBeGreaterThanOrEqual(value);
    });
  }

  it('links the parenthetical conversion to its amount', () => {
    const text = docs.get('tmtpost-2016-12-xw-bank') ?? '';
    const q = parseQuantities(text).find((x) => x.span?.text === '3 billion RMB');
    expect(q?.equivalent).toMatchObject({ value: 432_000_000, unit: 'USD', approx: 'around' });
  });
});
