import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// A second corpus about a made-up company, written in news style for this project, scored
// with the same scorer as the default corpus: it checks that nothing works only on the
// default corpus's entities and phrasings.
const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli.js');
const fixtures = join(root, 'test/fixtures/generality');
const scorer = resolve(root, '../shared/tools/score.mjs');

const FLOOR = { conflicts: 3, claims: 13, maxFalseAlarms: 0 };

describe('generality corpus', () => {
  it('scores at or above the floor', () => {
    expect(existsSync(cli), 'dist/cli.js is missing: run `npm run build` (npm test does it)').toBe(true);
    const run = spawnSync(process.execPath, [cli, 'check', fixtures, '--format', 'json'], { cwd: root, encoding: 'utf8' });
    expect([0, 1]).toContain(run.status);
    const file = join(mkdtempSync(join(tmpdir(), 'corroborate-gen-')), 'report.json');
    writeFileSync(file, run.stdout);
    const out = execFileSync(process.execPath, [scorer, '--report', file, '--expect', join(fixtures, 'expectations.json')], { encoding: 'utf8' });
    const summary = out.trim().split('\n').at(-1) ?? '';
    const m = /conflicts (\d+)\/\d+ (?:· stretch \d+\/\d+ )?· false alarms (\d+)\/\d+ · claims (\d+)\/\d+/u.exec(summary);
    expect(m, summary).not.toBeNull();
    expect(Number(m?.[1]), summary).toBeGreaterThanOrEqual(FLOOR.conflicts);
    expect(Number(m?.[2]), summary).toBeLessThanOrEqual(FLOOR.maxFalseAlarms);
    expect(Number(m?.[3]), summary).toBeGreaterThanOrEqual(FLOOR.claims);
  });
});
