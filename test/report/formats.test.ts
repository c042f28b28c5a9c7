import { describe, expect, it } from 'vitest';
import { format, formatNames, formats, type FormatName } from '../../src/report/index.js';
import { emptyReport, fixtureReport } from './fixture.js';

const report = fixtureReport();
const ESC = '\u001b[';

describe('the format registry', () => {
  it('holds exactly the five formats', () => {
    expect([...formatNames].sort()).toEqual(['html', 'json', 'markdown', 'sarif', 'stylish']);
  });
  it('throws a TypeError naming the choices for an unknown format', () => {
    expect(() => format(report, 'xml' as FormatName)).toThrow(/Unknown format 'xml'; use one of stylish, json/u);
  });
  for (const name of formatNames) {
    it(`${name} is pure: same report, same bytes, report untouched`, () => {
      const before = JSON.stringify(report);
      expect(format(report, name)).toBe(format(fixtureReport(), name));
      expect(JSON.stringify(report)).toBe(before);
    });
    it(`${name} renders an empty report without throwing`, () => {
      expect(formats[name](emptyReport).length).toBeGreaterThan(0);
    });
  }
});

describe('stylish', () => {
  const cases: { name: string; color: boolean; has: (string | RegExp)[]; hasNot: (string | RegExp)[] }[] = [
    {
      name: 'without colour, values are [bracketed] and no escape code appears',
      color: false,
      has: ['“Northwind Bank, an online lender, was founded in [December 2015] by a group of port operators.”', 'Founded in [2016]', 'Port Holdings owns [30%]', 'Its chief executive, [Jane Doe], said'],
      hasNot: [ESC],
    },
    {
      name: 'with colour, values are bold and underlined and severities coloured',
      color: true,
      has: [`${ESC}1m${ESC}4mDecember 2015${ESC}24m${ESC}22m`, `${ESC}31merror${ESC}39m`, `${ESC}33mwarning${ESC}39m`],
      hasNot: ['[December 2015]'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const out = formats.stylish(report, { color: c.color });
      for (const h of c.has) expect(out).toMatch(typeof h === 'string' ? new RegExp(escapeRe(h), 'u') : h);
      for (const h of c.hasNot) expect(out).not.toContain(typeof h === 'string' ? h : h.source);
    });
  }
  it('groups by finding: each message is followed by its own two quotes before the next finding', () => {
    const out = formats.stylish(report);
    const a = out.indexOf('Northwind Bank founded:');
    const q1 = out.indexOf('[December 2015]');
    const q2 = out.indexOf('Founded in [2016]');
    const b = out.indexOf('chief executive: Jane Doe');
    expect([a, q1, q2, b].every((i) => i >= 0)).toBe(true);
    expect(a < q1 && q1 < b && a < q2 && q2 < b).toBe(true);
  });
  it('labels the sides, the rule\'s split grouping claims of one value, and marks the likely side', () => {
    const out = formats.stylish(report);
    expect(out).toContain('  A Harbor Daily (2019-03), harbor-daily-2019-03: ← likely');
    expect(out).toContain('  A ledger, ledger: ← likely');
    expect(out).toContain('  B Coastal Review & <Sons> (2020-06-01), coastal-review-2020-06-01:\n');
    expect(out).toContain('verdict: More specific (a month, not a year)');
  });
  it('ends with the counts', () => {
    expect(formats.stylish(report).trimEnd().split('\n').at(-1)).toBe('3 documents, 9 claims: 1 errors, 1 warnings, 1 notes');
  });
});

describe('markdown', () => {
  const out = formats.markdown(report);
  const cases: [string, string][] = [
    ['a heading per finding with its severity', '## error: Northwind Bank founded: December 2015 (Harbor Daily) vs 2016 (Coastal Review & \\<Sons\\>)'],
    ['values in bold inside the quote', '“Northwind Bank, an online lender, was founded in **December 2015** by a group of port operators.”'],
    ['the side label and the outlet linked to its article', '- A · **[Harbor Daily](https://example.com/harbor/northwind-bank)** (2019-03) *(likely)*'],
    ['the other side', '- B · **[Coastal Review & \\<Sons\\>](https://example.org/review/northwind)** (2020-06-01): “Founded in **2016**'],
    ['the verdict with its confidence', 'Verdict: More specific (a month, not a year) and backed by a second source (ledger: late 2015). (confidence 0.72)'],
    ['the diagnostics', '- info: test/report/fixtures/articles/ledger.txt: no publication date'],
  ];
  for (const [name, text] of cases) it(`has ${name}`, () => expect(out).toContain(text));
  it('says so when there is nothing to report', () => expect(formats.markdown({ ...report, findings: [] })).toContain('No discrepancies found.'));
});

describe('json', () => {
  it('round-trips the report', () => expect(JSON.parse(formats.json(report))).toEqual(report));
  it('ends with one newline', () => expect(formats.json(report).endsWith('}\n')).toBe(true));
});

function escapeRe(s: string): string {
  return s.replace(/[$()*+.?[\\\]^{|}]/gu, '\\$&');
}

describe('sides', () => {
  it('labels sides A to Z, then AA', async () => {
    const { sideLabel } = await import('../../src/report/describe.js');
    expect([0, 1, 25, 26, 27, 51, 52].map(sideLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
  it('groups claims by the rule\'s split, then any claim it leaves out, skipping unknown ids', async () => {
    const { sideGroups } = await import('../../src/report/describe.js');
    const f = { ...report.findings[0]!, claims: ['c-h-founded', 'c-c-founded', 'c-l-founded', 'nope'], sides: [['c-c-founded', 'nope'], ['c-h-founded']] };
    expect(sideGroups(report, f).map((g) => g.map((s) => s.claim.id))).toEqual([['c-c-founded'], ['c-h-founded'], ['c-l-founded']]);
  });
  it('makes one group per claim without a split', async () => {
    const { sideGroups } = await import('../../src/report/describe.js');
    const { sides: _s, ...f } = report.findings[0]!;
    expect(sideGroups(report, f).map((g) => g.length)).toEqual([1, 1, 1]);
  });
});
