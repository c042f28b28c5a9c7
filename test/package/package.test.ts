import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The built package as users get it. `npm test` builds dist/ before vitest runs;
// CORROBORATE_PACKAGE_DIR points these tests at another built copy of the package.
const root = resolve(import.meta.dirname, '../..');
const dir = process.env['CORROBORATE_PACKAGE_DIR'] ?? root;
const bin = (name: string): string => join(root, 'node_modules/.bin', name);
const fixture = join(root, 'test/report/fixtures/report.json');
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };

function node(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each script prints the sorted export names of each entry point and the HTML of the fixture report.
const ESM = `
import * as main from 'corroborate';
import * as testing from 'corroborate/testing';
import { readFileSync } from 'node:fs';
const report = JSON.parse(readFileSync(${JSON.stringify(fixture)}, 'utf8'));
console.log(JSON.stringify({ main: Object.keys(main).sort(), testing: Object.keys(testing).sort(), html: main.format(report, 'html') }));
`;
const CJS = `
const main = require('corroborate');
const testing = require('corroborate/testing');
const report = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(fixture)}, 'utf8'));
console.log(JSON.stringify({ main: Object.keys(main).sort(), testing: Object.keys(testing).sort(), html: main.format(report, 'html') }));
`;

interface Loaded {
  main: string[];
  testing: string[];
  html: string;
}

describe('the built package', () => {
  let esm: Loaded;
  let cjs: Loaded;
  beforeAll(() => {
    expect(existsSync(join(dir, 'dist/index.js')), 'dist/ is missing: run `npm run build` (npm test does it)').toBe(true);
    const a = node(['--input-type=module', '-e', ESM]);
    const b = node(['-e', CJS]);
    expect(a.stderr).toBe('');
    expect(b.stderr).toBe('');
    esm = JSON.parse(a.stdout) as Loaded;
    cjs = JSON.parse(b.stdout) as Loaded;
  });

  it('imports as ESM with the public API', () => {
    for (const name of ['analyze', 'loadCorpus', 'format', 'formats']) expect(esm.main).toContain(name);
    expect(esm.testing).toContain('RuleTester');
  });
  it('requires as CommonJS with the same exports', () => {
    expect(cjs.main).toEqual(esm.main);
    expect(cjs.testing).toEqual(esm.testing);
  });
  it('renders the same report from both builds', () => {
    expect(cjs.html).toBe(esm.html);
    expect(esm.html).toMatch(/^<!doctype html>/u);
  });
  it('imports corroborate/vitest as ESM and registers the matchers', async () => {
    const r = node(['--input-type=module', '-e', "const m = await import('corroborate/vitest'); console.log(Object.keys(m).sort().join(','));"]);
    expect(r.stdout.trim()).toBe('corroborateMatchers,matchesClaim,matchesConflict');
  });
  it('refuses corroborate/vitest from CommonJS the way vitest itself does', () => {
    const r = node(['-e', "try { require('corroborate/vitest'); console.log('loaded'); } catch (e) { console.log(e.message); }"]);
    expect(r.stdout).toMatch(/^Vitest cannot be imported in a CommonJS module using require\(\)/u);
  });
  it('exposes the report JSON Schema', () => {
    const r = node(['-e', "console.log(require('corroborate/schema/report.schema.json').title)"]);
    expect(r.stdout.trim()).toBe('corroborate report');
  });
  it('runs its bin, which starts with a shebang', () => {
    const cli = join(dir, pkg.bin['corroborate'] ?? '');
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(node([cli, '--version']).stdout).toBe(`${pkg.version}\n`);
  });
});

describe('package checks', () => {
  it('publint reports no errors or warnings', () => {
    const r = spawnSync(bin('publint'), [], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/^(?:Errors|Warnings):/mu);
  });
  it('are-the-types-wrong finds no problem under any module resolution (node10, node16 CJS/ESM, bundler)', () => {
    const r = spawnSync(bin('attw'), ['--pack', '.', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
    const out = JSON.parse(r.stdout) as { analysis: { problems: unknown[]; entrypoints: Record<string, unknown> } };
    expect(out.analysis.problems).toEqual([]);
    expect(Object.keys(out.analysis.entrypoints)).toEqual(expect.arrayContaining(['.', './testing', './vitest']));
  });
  it('packs the builds, the schema and the legacy entry points, and no sources or tests', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' });
    const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path) ?? [];
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/vitest.js', 'dist/vitest.d.ts', 'dist/cli.js', 'schema/report.schema.json', 'schema/config.schema.json', 'testing/package.json', 'vitest/package.json', 'package.json']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
  });
});

describe('types as a TypeScript user sees them', () => {
  // A consumer project beside the package: node_modules/corroborate links to the package, vitest
  // to this repository's copy. Each case type-checks one file under one module setting.
  const consumer = mkdtempSync(join(tmpdir(), 'corroborate-consumer-'));
  mkdirSync(join(consumer, 'node_modules'));
  symlinkSync(dir, join(consumer, 'node_modules/corroborate'), 'dir');
  symlinkSync(join(root, 'node_modules/vitest'), join(consumer, 'node_modules/vitest'), 'dir');
  const USE = `
const report: Report = { schemaVersion: 1, documents: [], entities: [], claims: [], findings: [], diagnostics: [] };
const html: string = format(report, 'html');
expect(report).toContainClaim({ predicate: 'founded', time: '2016' });
expect(report).not.toHaveConflict({ rule: 'event-date-conflict', docs: ['a', 'b'] });
// @ts-expect-error: 'when' is not a pattern field
expect(report).toContainClaim({ when: '2016' });
// @ts-expect-error: 'pdf' is not a format
format(report, 'pdf');
export { html };
`;
  const cases: [string, string, Record<string, string>][] = [
    ['ESM under module nodenext', 'use.mts', { module: 'nodenext', moduleResolution: 'nodenext' }],
    ['CommonJS under module nodenext', 'use.cts', { module: 'nodenext', moduleResolution: 'nodenext' }],
    ['a bundler setup', 'use.ts', { module: 'esnext', moduleResolution: 'bundler' }],
    ['module node16', 'use.mts', { module: 'node16', moduleResolution: 'node16' }],
  ];
  for (const [name, file, options] of cases) {
    it(`type-checks the API and the matchers: ${name}`, () => {
      const cjs = file.endsWith('.cts');
      const imports = cjs
        ? "import { format } from 'corroborate';\nimport type { Report } from 'corroborate';\nimport { expect } from 'vitest';\nimport type {} from 'corroborate/vitest';\n"
        : "import { format, type Report } from 'corroborate';\nimport { expect } from 'vitest';\nimport 'corroborate/vitest';\n";
      const project = mkdtempSync(join(consumer, 'p-'));
      writeFileSync(join(project, file), imports + USE);
      writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...options, strict: true, noEmit: true, skipLibCheck: true, types: [], target: 'es2022', lib: ['es2022', 'dom'] }, files: [file] }));
      const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: consumer, encoding: 'utf8' });
      expect(r.stdout + r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
  }
});
