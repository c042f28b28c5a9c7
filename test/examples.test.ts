import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's examples are the files in examples/, run against the built package: each must
// run, print what its trailing comments say it prints, and stand in the README word for word.
const root = resolve(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.mjs') && f !== 'vitest.config.mjs').sort();

/** The expected output an example states in its closing `// ...` lines. */
function promised(source: string): string[] {
  const lines = source.trimEnd().split('\n');
  const out: string[] = [];
  for (let i = lines.length - 1; i >= 0 && lines[i]?.startsWith('// '); i--) out.unshift(lines[i]?.slice(3) ?? '');
  return out;
}

describe('examples', () => {
  for (const file of examples) {
    const source = readFileSync(join(root, 'examples', file), 'utf8');
    it(`${file} stands in the README`, () => {
      expect(readme).toContain(source.trim());
    });
    it(`${file} runs and prints what it promises`, () => {
      const args = file.endsWith('.test.mjs')
        ? [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--root', join(root, 'examples'), '--config', 'vitest.config.mjs', file]
        : [join(root, 'examples', file), join(root, 'corpus')];
      const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(run.status, run.stderr).toBe(0);
      for (const line of promised(source)) expect(run.stdout).toContain(line);
      if (file === 'analyze.mjs') expect(run.stdout).toContain('# corroborate report');
      if (file === 'custom-rule.mjs') expect(run.stdout).toContain('anonymous-source:');
      if (file.endsWith('.test.mjs')) expect(run.stdout).toMatch(/2 passed/u);
    });
  }
});
