import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { formats } from '../../src/report/index.js';
import { FINGERPRINT_KEY } from '../../src/report/sarif.js';
import type { Report } from '../../src/types.js';
import { emptyReport, fixtureReport, root } from './fixture.js';

// The OASIS SARIF 2.1.0 schema (draft-07 edition) is committed beside the tests: no network at run
// time. Its patterns are compiled without the `u` flag: the language-tag pattern is not a valid
// Unicode regular expression.
const sarifSchema = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as object;
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }));
const validate = ajv.compile(sarifSchema);

interface Region {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  charOffset: number;
  charLength: number;
  snippet: { text: string };
}

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string }[] } };
    artifacts: { location: { uri: string } }[];
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      partialFingerprints: Record<string, string>;
      locations?: { physicalLocation: { artifactLocation: { uri?: string; index?: number }; region: Region } }[];
      relatedLocations?: { physicalLocation: { artifactLocation: { uri?: string; index?: number }; region: Region } }[];
      properties: { findingId: string };
    }[];
  }[];
}

const report = fixtureReport();
const files = Object.fromEntries(report.documents.map((d) => [d.id, readFileSync(join(root, d.path ?? ''), 'utf8')]));
const parse = (r: Report, f?: Record<string, string>): SarifLog => JSON.parse(formats.sarif(r, { toolVersion: '9.9.9', ...(f ? { files: f } : {}) })) as SarifLog;

/** The offset a 1-based line and column point at, counted independently of the formatter. */
function offsetAt(text: string, line: number, column: number): number {
  const starts = [0, ...[...text.matchAll(/\r\n|\r|\n/gu)].map((m) => (m.index ?? 0) + m[0].length)];
  return (starts[line - 1] ?? Number.NaN) + column - 1;
}

describe('sarif validates against the SARIF 2.1.0 schema', () => {
  const cases: [string, Report][] = [
    ['the fixture report', report],
    ['an empty report', emptyReport],
    ['a report whose finding names a claim that is missing', { ...report, findings: [{ ...report.findings[0]!, claims: ['nope'] }] }],
    ['a report whose documents have only URLs', { ...report, documents: report.documents.map(({ path: _p, ...d }) => d) }],
    ['a report whose documents have neither path nor URL', { ...report, documents: report.documents.map(({ path: _p, url: _u, ...d }) => d) }],
  ];
  for (const [name, r] of cases) {
    it(name, () => {
      const ok = validate(JSON.parse(formats.sarif(r, { toolVersion: '1.0.0' })));
      expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
      expect(ok).toBe(true);
    });
  }
  it('rejects a broken log (the schema check can fail)', () => {
    const log = JSON.parse(formats.sarif(report)) as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(log)).toBe(false);
  });
});

describe('sarif content', () => {
  const log = parse(report, files);
  const run = log.runs[0]!;
  it('has one result per finding, in order, with SARIF levels', () => {
    expect(run.results.map((r) => [r.properties.findingId, r.level])).toEqual([
      ['f-founded-date', 'error'],
      ['f-ceo-holder', 'warning'],
      ['f-stake', 'note'],
    ]);
  });
  it('points ruleIndex at the rule in tool.driver.rules', () => {
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
  });
  it('describes built-in rules from their metadata, and other rules generically', async () => {
    const { BUILTIN_RULES } = await import('../../src/rules/index.js');
    const byId = new Map(run.tool.driver.rules.map((r) => [r.id, r as { id: string; shortDescription: { text: string } }]));
    expect(byId.get('event-date-conflict')?.shortDescription.text).toBe(BUILTIN_RULES['event-date-conflict'].meta.description);
    expect(byId.get('figure-conflict')?.shortDescription.text).toBe('corroborate rule figure-conflict');
  });
  it('names artifacts by their relative path', () => {
    expect(run.artifacts.map((a) => a.location.uri)).toEqual([
      'test/report/fixtures/articles/coastal-review.md',
      'test/report/fixtures/articles/harbor-daily.md',
      'test/report/fixtures/articles/ledger.txt',
    ]);
  });
  it('gives regions whose charOffset/charLength select the quote in the file, front matter included', () => {
    for (const r of run.results) {
      for (const l of [...(r.locations ?? []), ...(r.relatedLocations ?? [])]) {
        const { uri } = l.physicalLocation.artifactLocation;
        const raw = readFileSync(join(root, decodeURIComponent(uri ?? '')), 'utf8');
        const { charOffset, charLength, snippet } = l.physicalLocation.region;
        expect(raw.slice(charOffset, charOffset + charLength)).toBe(snippet.text);
      }
    }
  });
  it('gives lines and columns that point at the same characters as the offsets', () => {
    let checked = 0;
    for (const r of run.results) {
      for (const l of [...(r.locations ?? []), ...(r.relatedLocations ?? [])]) {
        const { startLine = 0, startColumn = 0, endLine = 0, endColumn = 0, charOffset, charLength } = l.physicalLocation.region;
        const raw = files[report.documents.find((d) => l.physicalLocation.artifactLocation.uri?.endsWith(d.path?.split('/').pop() ?? '?'))?.id ?? ''] ?? '';
        expect(offsetAt(raw, startLine, startColumn)).toBe(charOffset);
        expect(offsetAt(raw, endLine, endColumn)).toBe(charOffset + charLength);
        checked++;
      }
    }
    expect(checked).toBe(7);
  });
  it('leaves offsets text-relative, without lines, for a file that no longer matches', () => {
    const changed = parse(report, { ...files, 'harbor-daily-2019-03': 'something else entirely' }).runs[0]!.results[0]!.locations![0]!.physicalLocation.region;
    expect(changed.charOffset).toBe(report.claims.find((c) => c.id === 'c-h-founded')?.evidence.start);
    expect(changed.startLine).toBeUndefined();
  });
  it('orders locations by side: side A first, then the other sides', () => {
    const uris = [...(run.results[0]?.locations ?? []), ...(run.results[0]?.relatedLocations ?? [])].map((l) => l.physicalLocation.artifactLocation.uri?.split('/').pop());
    expect(uris).toEqual(['harbor-daily.md', 'ledger.txt', 'coastal-review.md']);
  });
  it('puts the first claim in locations and the others in relatedLocations', () => {
    expect(run.results.map((r) => [r.locations?.length, r.relatedLocations?.length])).toEqual([
      [1, 2],
      [1, 1],
      [1, 1],
    ]);
  });
});

describe('sarif fingerprints', () => {
  const fingerprints = (r: Report): string[] => parse(r).runs[0]!.results.map((x) => x.partialFingerprints[FINGERPRINT_KEY]!);
  const base = fingerprints(report);
  const shift = (r: Report, by: number): Report => ({
    ...r,
    claims: r.claims.map((c) => ({ ...c, id: `x-${c.id}`, evidence: { ...c.evidence, start: c.evidence.start + by, end: c.evidence.end + by } })),
    findings: r.findings.map((f) => ({ ...f, id: `other-${f.id}`, claims: f.claims.map((c) => `x-${c}`) })),
  });
  it('are distinct for distinct findings', () => expect(new Set(base).size).toBe(base.length));
  it('survive moved text, new claim ids and new finding ids', () => expect(fingerprints(shift(report, 120))).toEqual(base));
  it('survive reordered findings and claim lists', () => {
    const reordered = { ...report, findings: [...report.findings].reverse().map((f) => ({ ...f, claims: [...f.claims].reverse() })) };
    expect(fingerprints(reordered)).toEqual([...base].reverse());
  });
  it('change when a quote changes', () => {
    const edited = { ...report, claims: report.claims.map((c) => (c.id === 'c-c-founded' ? { ...c, evidence: { ...c.evidence, text: 'Founded in 2017.' } } : c)) };
    expect(fingerprints(edited)[0]).not.toBe(base[0]);
    expect(fingerprints(edited).slice(1)).toEqual(base.slice(1));
  });
  it('change when the rule changes', () => {
    const other = { ...report, findings: report.findings.map((f, i) => (i === 0 ? { ...f, rule: 'another-rule' } : f)) };
    expect(fingerprints(other)[0]).not.toBe(base[0]);
  });
});

describe('sarif of the default corpus', () => {
  it('validates, and every region selects its quote in the article file', async () => {
    const { analyze, loadCorpus } = await import('../../src/index.js');
    const { readSourceFiles } = await import('../../src/cli/source-files.js');
    const loaded = await loadCorpus(join(root, 'corpus'));
    const corpus = await analyze(loaded.documents, { diagnostics: loaded.diagnostics });
    const log = JSON.parse(formats.sarif(corpus, { toolVersion: '0.0.0', files: await readSourceFiles(corpus.documents) })) as SarifLog;
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
    const run = log.runs[0]!;
    expect(run.results).toHaveLength(corpus.findings.length);
    for (const r of run.results) {
      for (const l of [...(r.locations ?? []), ...(r.relatedLocations ?? [])]) {
        const uri = l.physicalLocation.artifactLocation.uri ?? '';
        expect(uri.startsWith('file:///'), 'an absolute path becomes a file URI').toBe(true);
        const raw = readFileSync(fileURLToPath(uri), 'utf8');
        const { charOffset, charLength, snippet } = l.physicalLocation.region;
        expect(raw.slice(charOffset, charOffset + charLength)).toBe(snippet.text);
      }
    }
  });
});
