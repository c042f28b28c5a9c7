import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type CliIO } from '../../src/cli/index.js';
import type { Report } from '../../src/types.js';

const root = join(import.meta.dirname, '../..');
const fixture = 'test/report/fixtures/report.json';
const articles = 'test/report/fixtures/articles';
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

interface Located {
  physicalLocation: { artifactLocation: { uri: string }; region: { charOffset: number; charLength: number; snippet: { text: string } } };
}

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], io: Partial<CliIO> = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd: root, ...io });
  return { code, stdout, stderr };
}

function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('usage errors exit 2 with a clear message', () => {
  const cases: [string, string[], RegExp][] = [
    ['no command', [], /no command given; use one of check, claims, explain/u],
    ['an unknown command, with a guess', ['chek', articles], /unknown command 'chek'; did you mean 'check'\?/u],
    ['an unknown option, with a guess', ['check', articles, '--fromat', 'json'], /unknown option '--fromat'; did you mean '--format'\?/u],
    ['an unknown option with no near name', ['check', articles, '--zzzzzzzz'], /unknown option '--zzzzzzzz'\./u],
    ['an option without its value', ['check', articles, '--format'], /give it a value/u],
    ['check without paths', ['check'], /'check' needs at least one file or folder/u],
    ['an unknown format, listing them', ['check', articles, '--format', 'pdf'], /unknown format 'pdf'; use one of stylish, json, markdown, html, sarif\./u],
    ['a misspelt format, with a guess', ['check', articles, '--format', 'sarf'], /did you mean 'sarif'\?/u],
    ['a bad --min-severity', ['check', articles, '--min-severity', 'fatal'], /--min-severity 'fatal' is not a severity; use one of error, warning, info/u],
    ['a bad --fail-on', ['check', articles, '--fail-on', 'always'], /--fail-on 'always' is not allowed; use one of error, warning, info, never/u],
    ['--jobs that is not a number', ['check', articles, '--jobs', 'many'], /--jobs 'many' is not a whole number from 1 to 256/u],
    ['--jobs 0', ['check', articles, '--jobs', '0'], /--jobs '0' is not a whole number/u],
    ['an empty --rule', ['check', articles, '--rule', ','], /--rule needs a rule id/u],
    ['a misspelt --rule, with a guess', ['check', articles, '--rule', 'event-date-conflit'], /unknown rule 'event-date-conflit'; did you mean 'event-date-conflict'\? The rules are event-date-conflict, /u],
    ['an unknown --rule on a saved report', ['check', fixture, '--rule', 'zzz'], /unknown rule 'zzz'\. The rules are .*figure-conflict/u],
    ['--format on claims', ['claims', articles, '--format', 'html'], /--format applies to 'check' only/u],
    ['explain without a finding id', ['explain'], /'explain' needs a finding id and the articles/u],
    ['a missing --config file', ['check', articles, '--config', 'nope.json'], /nope\.json: cannot be read \(no such file\); check the path given to --config/u],
    ['a folder with no articles', ['check', 'src/report/index.ts.nope'], /cannot be read|no readable articles/u],
    ['a JSON file that is not a report', ['check', 'package.json'], /package\.json: is not a corroborate report/u],
  ];
  for (const [name, argv, message] of cases) {
    it(name, async () => {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    });
  }
});

describe('help and version', () => {
  it('--help lists the commands, every format and every option', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const word of ['check', 'claims', 'explain', 'stylish | json | markdown | html | sarif', '--out', '--config', '--rule', '--min-severity', '--fail-on', '--jobs', 'NO_COLOR', 'Built-in rules: event-date-conflict, role-holder-conflict']) expect(r.stdout).toContain(word);
  });
  it('--version prints the version from package.json', async () => expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' }));
});

describe('check: exit codes follow --fail-on over the findings kept', () => {
  // The fixture report has one error, one warning and one info finding, of three rules.
  const cases: [string, string[], number][] = [
    ['an error finding fails by default', [], 1],
    ['--fail-on never always passes', ['--fail-on', 'never'], 0],
    ['only the info rule, failing on warning, passes', ['--rule', 'figure-conflict', '--fail-on', 'warning'], 0],
    ['only the info rule, failing on info, fails', ['--rule', 'figure-conflict', '--fail-on', 'info'], 1],
    ['--min-severity warning drops the info finding, so --fail-on info sees only the others', ['--rule', 'figure-conflict', '--min-severity', 'warning', '--fail-on', 'info'], 0],
    ['the warning rule fails on warning', ['--rule', 'role-holder-conflict', '--fail-on', 'warning'], 1],
    ['rules may be comma-separated', ['--rule', 'figure-conflict,role-holder-conflict'], 0],
  ];
  for (const [name, extra, code] of cases) {
    it(name, async () => expect((await cli(['check', fixture, ...extra])).code).toBe(code));
  }
});

describe('check: output', () => {
  it('--rule keeps only that rule in the JSON', async () => {
    const r = await cli(['check', fixture, '--format', 'json', '--rule', 'event-date-conflict']);
    expect((JSON.parse(r.stdout) as Report).findings.map((f) => f.id)).toEqual(['f-founded-date']);
  });
  it('--min-severity warning keeps errors and warnings', async () => {
    const r = await cli(['check', fixture, '--format', 'json', '--min-severity', 'warning']);
    expect((JSON.parse(r.stdout) as Report).findings.map((f) => f.severity)).toEqual(['error', 'warning']);
  });
  const colour: [string, Partial<CliIO>, boolean][] = [
    ['colours on a terminal', { isTTY: true }, true],
    ['no colours under NO_COLOR', { isTTY: true, env: { NO_COLOR: '1' } }, false],
    ['no colours when not a terminal', { isTTY: false }, false],
  ];
  for (const [name, io, escapes] of colour) {
    it(name, async () => expect((await cli(['check', fixture], io)).stdout.includes('\u001b[')).toBe(escapes));
  }
  it('--out writes the file and nothing to standard output', async () => {
    const dir = tempDir();
    const r = await cli(['check', fixture, '--format', 'html', '--out', 'report.html', '--fail-on', 'never'], { cwd: dir, isTTY: true });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/u);
  });
  it('--out into a missing folder exits 2', async () => {
    const r = await cli(['check', fixture, '--out', join(tempDir(), 'missing/r.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*\(ENOENT\); check that its folder exists/u);
  });
  it('reads articles and prints a JSON report of them', async () => {
    const r = await cli(['check', articles, '--format', 'json']);
    expect([0, 1]).toContain(r.code);
    expect((JSON.parse(r.stdout) as Report).documents.map((d) => d.id)).toEqual(['coastal-review-2020-06-01', 'harbor-daily-2019-03', 'ledger']);
  });
  // From articles the offsets come from the loaded texts; from a saved report, from the files it names.
  const sarifCases: [string, string, number][] = [
    ['articles', articles, 0],
    ['a saved report', fixture, 6],
  ];
  for (const [source, input, atLeast] of sarifCases) {
    it(`sarif offsets from ${source} count the front matter`, async () => {
      const r = await cli(['check', input, '--format', 'sarif', '--fail-on', 'never']);
      const log = JSON.parse(r.stdout) as { runs: { results: { locations?: Located[]; relatedLocations?: Located[] }[] }[] };
      let checked = 0;
      for (const result of log.runs[0]?.results ?? []) {
        for (const l of [...(result.locations ?? []), ...(result.relatedLocations ?? [])]) {
          const raw = readFileSync(join(root, l.physicalLocation.artifactLocation.uri), 'utf8');
          const { charOffset, charLength, snippet } = l.physicalLocation.region;
          expect(raw.slice(charOffset, charOffset + charLength)).toBe(snippet.text);
          checked++;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(atLeast);
      expect(r.code).toBe(0);
    });
  }
});

describe('configuration', () => {
  it('a config file in the working folder sets the format', async () => {
    const dir = tempDir({ 'corroborate.config.json': '{ "format": "markdown", "failOn": "never" }' });
    const r = await cli(['check', join(root, fixture)], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# corroborate report/u);
  });
  it('command-line options override the file', async () => {
    const dir = tempDir({ 'corroborate.config.ts': "export default { format: 'markdown', only: ['figure-conflict'] };" });
    const r = await cli(['check', join(root, fixture), '--format', 'json', '--rule', 'event-date-conflict'], { cwd: dir });
    expect((JSON.parse(r.stdout) as Report).findings.map((f) => f.rule)).toEqual(['event-date-conflict']);
  });
  it("the config's rules section reaches the rules: a rule turned off finds nothing", async () => {
    const corpus = join(root, 'corpus');
    const on = JSON.parse((await cli(['check', corpus, '--format', 'json'], { cwd: tempDir() })).stdout) as Report;
    expect(on.findings.some((f) => f.rule === 'event-date-conflict')).toBe(true);
    const dir = tempDir({ 'corroborate.config.json': '{ "rules": { "event-date-conflict": "off" } }' });
    const off = JSON.parse((await cli(['check', corpus, '--format', 'json'], { cwd: dir })).stdout) as Report;
    expect(off.findings.filter((f) => f.rule === 'event-date-conflict')).toEqual([]);
    expect(off.findings.length).toBeGreaterThan(0);
  });
  it('a bad config exits 2 listing every problem with its path and fix', async () => {
    const dir = tempDir({ 'corroborate.config.json': '{ "fromat": "html", "jobs": 0, "rules": { "figure-mismatch": "loud" } }' });
    const r = await cli(['check', join(root, fixture)], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the configuration corroborate.config.json has 3 problems:');
    expect(r.stderr).toContain("corroborate.config.json: fromat: unknown key 'fromat'; did you mean 'format'?");
    expect(r.stderr).toMatch(/corroborate\.config\.json: jobs: .*; use a value of at least 1/u);
    expect(r.stderr).toContain(`corroborate.config.json: rules.figure-mismatch: level 'loud' is not one of off, error, warning, info; use "off", "error", "warning" or "info"`);
  });
});

describe('claims', () => {
  it('prints one JSON claim per line, the same claims as the report', async () => {
    const r = await cli(['claims', fixture]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    const report = JSON.parse(readFileSync(join(root, fixture), 'utf8')) as Report;
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(report.claims);
    expect(r.stdout.endsWith('\n')).toBe(true);
  });
  it('prints nothing for articles with no claims, and exits 0', async () => {
    const dir = tempDir({ 'empty.md': 'Nothing happened here.\n' });
    const r = await cli(['claims', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean).every((l) => typeof JSON.parse(l) === 'object')).toBe(true);
  });
});

describe('explain', () => {
  it('shows a finding in full: both quotes with values marked, normalized values, verdict', async () => {
    const r = await cli(['explain', 'f-founded-date', fixture]);
    expect(r.code).toBe(0);
    for (const text of [
      'finding      f-founded-date',
      'rule         event-date-conflict (disjoint)',
      '“Northwind Bank, an online lender, was founded in [December 2015] by a group of port operators.”',
      '“Founded in [2016], Northwind Bank now serves 40,000 traders.”',
      'time: 2015-12 = 2015-12-01 to 2015-12-31 (month, resolved absolute)',
      'Side A: Harbor Daily, 2019-03 (likely)',
      'Side A: ledger (likely)',
      'Side B: Coastal Review & <Sons>, 2020-06-01\n',
      'harbor-daily.md, characters 0-92 of its text, sentence 1',
      'likely Harbor Daily: 2015-12 (confidence 0.72)',
    ]) expect(r.stdout).toContain(text);
  });
  it('accepts an unambiguous start of the id', async () => expect((await cli(['explain', 'f-st', fixture])).stdout).toContain('finding      f-stake'));
  it('an ambiguous start exits 2 naming the candidates', async () => {
    const r = await cli(['explain', 'f-', fixture]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'f-' starts 3 finding ids (f-founded-date, f-ceo-holder, f-stake)");
  });
  it('an unknown id exits 2 listing the findings', async () => {
    const r = await cli(['explain', 'zzz', fixture]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no finding 'zzz'; the findings are f-founded-date, f-ceo-holder, f-stake.");
  });
  it('--out writes the explanation to a file', async () => {
    const dir = tempDir();
    const r = await cli(['explain', 'f-stake', fixture, '--out', 'x.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'x.txt'))).toBe(true);
  });
});

describe('progress bar', () => {
  const many = (): string => tempDir(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`a${String(i).padStart(2, '0')}.md`, `Story ${i}. The company was founded in 2015.\n`])));
  it('draws on standard error when the input is large and standard error is a terminal, then clears', async () => {
    const r = await cli(['check', many(), '--format', 'json', '--fail-on', 'never'], { stderrIsTTY: true, columns: 60 });
    expect(r.stderr).toContain('\ranalyzing [');
    expect(r.stderr).toContain('0/20');
    // The pipeline reports each document extracted, so the bar moves to the end.
    expect(r.stderr).toContain('] 20/20');
    expect(r.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(r.stdout).not.toContain('analyzing');
  });
  it('stays silent when standard error is not a terminal', async () => {
    expect((await cli(['check', many(), '--format', 'json', '--fail-on', 'never'], { stderrIsTTY: false })).stderr).toBe('');
  });
  it('stays silent for small input', async () => {
    expect((await cli(['check', articles, '--format', 'json', '--fail-on', 'never'], { stderrIsTTY: true })).stderr).not.toContain('analyzing');
  });
});
