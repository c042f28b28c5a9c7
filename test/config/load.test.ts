import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('loadConfig finds', () => {
  const cases: [string, Record<string, string>, string | undefined, object][] = [
    ['nothing, and returns an empty configuration', {}, undefined, {}],
    ['corroborate.config.json', { 'corroborate.config.json': '{ "format": "html" }' }, 'corroborate.config.json', { format: 'html' }],
    ['a JSON file with a byte-order mark', { 'corroborate.config.json': '\uFEFF{ "jobs": 2 }' }, 'corroborate.config.json', { jobs: 2 }],
    ['corroborate.config.ts with types', { 'corroborate.config.ts': "const failOn: 'warning' = 'warning';\nexport default { failOn, rules: { 'event-date-conflict': ['error', { graceDays: 1 }] } };\n" }, 'corroborate.config.ts', { failOn: 'warning', rules: { 'event-date-conflict': ['error', { graceDays: 1 }] } }],
    ['corroborate.config.js (ESM)', { 'corroborate.config.js': "export default { minSeverity: 'warning' };\n" }, 'corroborate.config.js', { minSeverity: 'warning' }],
    ['corroborate.config.cjs', { 'corroborate.config.cjs': "module.exports = { format: 'markdown' };\n" }, 'corroborate.config.cjs', { format: 'markdown' }],
    ['JSON before .ts when both exist', { 'corroborate.config.json': '{ "format": "json" }', 'corroborate.config.ts': "export default { format: 'html' };" }, 'corroborate.config.json', { format: 'json' }],
  ];
  for (const [name, files, file, config] of cases) {
    it(name, async () => {
      const result = await loadConfig({ cwd: folder(files) });
      expect(result).toEqual({ ok: true, config, ...(file ? { file } : {}) });
    });
  }
  it('an explicit --config file in another folder', async () => {
    const dir = folder({ 'conf/mine.json': '{ "out": "r.html" }' });
    expect(await loadConfig({ cwd: dir, file: 'conf/mine.json' })).toEqual({ ok: true, config: { out: 'r.html' }, file: 'conf/mine.json' });
  });
});

describe('loadConfig reports, naming the file', () => {
  const cases: [string, Record<string, string>, string | undefined, RegExp, RegExp][] = [
    ['a missing --config file', {}, 'nope.json', /no such file/u, /--config/u],
    ['JSON with a trailing comma', { 'corroborate.config.json': '{ "format": "html", }' }, undefined, /cannot be loaded/u, /JSON syntax/u],
    ['a module that throws', { 'corroborate.config.js': "throw new Error('boom');" }, undefined, /boom/u, /default export/u],
    ['a TypeScript file with a syntax error', { 'corroborate.config.ts': 'export default { format: ' }, undefined, /cannot be loaded/u, /default export/u],
    ['an invalid value in a .ts file', { 'corroborate.config.ts': "export default { format: 'pdf' };" }, undefined, /"pdf" is not allowed/u, /use one of/u],
  ];
  for (const [name, files, file, message, fix] of cases) {
    it(name, async () => {
      const result = await loadConfig({ cwd: folder(files), ...(file ? { file } : {}) });
      expect(result.ok).toBe(false);
      const problem = result.ok ? undefined : result.problems[0];
      expect(problem?.file).toBe(file ?? Object.keys(files)[0]);
      expect(problem?.message).toMatch(message);
      expect(problem?.fix).toMatch(fix);
    });
  }
});
