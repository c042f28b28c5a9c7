import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, format, formats } from '../../src/index.js';
import type { FormatName, Report } from '../../src/index.js';
import { anyText, hostileText, runs } from './arbitraries.js';

const NAMES = Object.keys(formats) as FormatName[];
const SEED_TEXTS = [
  'Acme Holdings was founded in March 2016 by Jane Doe. It raised $5 million in 2017. Jane Doe is chairman.',
  'Acme Holdings was founded in 2015. It raised $6 million in 2017, according to Reuters. John Roe is chairman.',
];

describe('every format on any report', () => {
  // A real report, then hostile strings put into every text field a formatter prints.
  let base: Report;
  beforeAll(async () => {
    base = await analyze(SEED_TEXTS.map((text, i) => ({ id: `d${i}`, text, published: '2020-01-15', outlet: `Outlet ${i}` })));
  });

  const mutate = (r: Report, s: readonly string[]): Report => {
    const pick = (i: number): string => s[i % s.length] ?? '';
    return {
      ...r,
      documents: r.documents.map((d, i) => ({ ...d, title: pick(i), outlet: pick(i + 1), url: pick(i + 2) })),
      entities: r.entities.map((e, i) => ({ ...e, name: pick(i + 3), aliases: [pick(i + 4)] })),
      claims: r.claims.map((c, i) => ({ ...c, predicate: c.predicate, evidence: { ...c.evidence, text: pick(i + 5) } })),
      findings: r.findings.map((f, i) => ({ ...f, message: pick(i + 6), data: { ...f.data, extra: pick(i + 7) } })),
      diagnostics: [...r.diagnostics, { severity: 'warning', code: 'x', message: pick(8), doc: pick(9) }],
    };
  };

  for (const name of NAMES) {
    it(`${name}: never throws, returns text, is deterministic`, () => {
      fc.assert(
        fc.property(fc.array(anyText(6), { minLength: 1, maxLength: 10 }), (strings) => {
          const report = mutate(base, strings);
          const out = format(report, name);
          expect(typeof out).toBe('string');
          expect(format(report, name)).toBe(out);
        }),
        runs(40),
      );
    });
  }

  it('json: parses back to the same report', () => {
    if (!NAMES.includes('json' as FormatName)) return;
    fc.assert(
      fc.property(fc.array(hostileText(6), { minLength: 1, maxLength: 10 }), (strings) => {
        const report = mutate(base, strings);
        expect(JSON.parse(format(report, 'json' as FormatName))).toEqual(JSON.parse(JSON.stringify(report)));
      }),
      runs(60),
    );
  });

  it('html: text from the articles never becomes markup', () => {
    if (!NAMES.includes('html' as FormatName)) return;
    const PAYLOAD = '<img src=x onerror=alert(1)>';
    fc.assert(
      fc.property(fc.array(hostileText(4).map((t) => `${t}${PAYLOAD}`), { minLength: 1, maxLength: 10 }), (strings) => {
        const out = format(mutate(base, strings), 'html' as FormatName);
        expect(out).not.toContain(PAYLOAD);
      }),
      runs(40),
    );
  });

  it('sarif: always valid JSON', () => {
    if (!NAMES.includes('sarif' as FormatName)) return;
    fc.assert(
      fc.property(fc.array(anyText(6), { minLength: 1, maxLength: 10 }), (strings) => {
        expect(() => JSON.parse(format(mutate(base, strings), 'sarif' as FormatName))).not.toThrow();
      }),
      runs(40),
    );
  });

  it('an unknown format name is a typed error, not a crash inside a formatter', () => {
    expect(() => format(base, 'nope' as FormatName)).toThrow(/nope/u);
  });
});
