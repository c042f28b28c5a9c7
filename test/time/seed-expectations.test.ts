import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitText } from '../../src/text/index.js';
import { parseTimes } from '../../src/time/index.js';

// Every time in the claims of the seed expectations, read from the default corpus with each
// document's stated publication date as reference, must be among the dates of its sentence.
const root = join(import.meta.dirname, '../..');
const gold = JSON.parse(readFileSync(join(root, '../shared/gold/seed-expectations.json'), 'utf8')) as {
  claims: { doc: string; time?: string; quote: string }[];
};
const docs = new Map(
  readdirSync(join(root, 'corpus'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const raw = readFileSync(join(root, 'corpus', f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n?/.exec(raw);
      const meta = parseYaml(m?.[1] ?? '') as { id: string; published?: string | number };
      return [meta.id, { text: raw.slice(m?.[0].length ?? 0), published: meta.published === undefined ? undefined : String(meta.published) }] as const;
    }),
);

describe('seed expectations: claim times', () => {
  for (const c of gold.claims.filter((x) => x.time)) {
    it(`${c.doc}: ${c.time} in "${c.quote.slice(0, 50)}"`, () => {
      const doc = docs.get(c.doc);
      expect(doc).toBeDefined();
      const at = doc!.text.indexOf(c.quote);
      expect(at).toBeGreaterThanOrEqual(0);
      const sentence = splitText(doc!.text).sentences.find((s) => at >= s.start && at < s.end);
      const values = parseTimes(doc!.text, { reference: doc!.published }).filter((v) => v.span && sentence && v.span.start >= sentence.start && v.span.end <= sentence.end);
      expect(values.map((v) => v.timex)).toContain(c.time);
    });
  }
});
