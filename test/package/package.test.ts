import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/vitest.js', 'dist/vitest.d.ts', 'dist/cli.js', 'schema/report.schema.json', 'testing/package.json', 'vitest/package.json', 'package.json']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
  });
});
