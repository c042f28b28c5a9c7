import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

/** The checkout's root, where `dist/` and `test/fixtures/` are. */
export const root = resolve(import.meta.dirname, '../..');
/** The CLI under test: `dist/cli.js`, or another bundle named by CORROBORATE_CLI. */
export const cli = process.env['CORROBORATE_CLI'] ?? join(root, 'dist/cli.js');
const scorer = resolve(root, '../shared/tools/score.mjs');

/** A corpus checked by the CLI and scored against its expectations by the shared scorer. */
export interface ScoredCorpus {
  /** The JSON report the CLI printed. */
  readonly stdout: string;
  /** Where that report was written for the scorer. */
  readonly reportFile: string;
  /** The scorer's summary line. */
  readonly summary: string;
  readonly conflicts: number;
  readonly falseAlarms: number;
  readonly claims: number;
}

/** Runs `check <folder> --format json` and the scorer on it (folder relative to the root, with its expectations.json). */
export function scoreCorpus(folder: string): ScoredCorpus {
  expect(existsSync(cli), `${cli} is missing: run \`npm run build\` (npm test does it)`).toBe(true);
  const dir = join(root, folder);
  const run = spawnSync(process.execPath, [cli, 'check', dir, '--format', 'json'], { cwd: root, encoding: 'utf8' });
  expect([0, 1]).toContain(run.status);
  const reportFile = join(mkdtempSync(join(tmpdir(), 'corroborate-corpus-')), 'report.json');
  writeFileSync(reportFile, run.stdout);
  const out = execFileSync(process.execPath, [scorer, '--report', reportFile, '--expect', join(dir, 'expectations.json')], { encoding: 'utf8' });
  const summary = out.trim().split('\n').at(-1) ?? '';
  const m = /conflicts (\d+)\/\d+ (?:· stretch \d+\/\d+ )?· false alarms (\d+)\/\d+ · claims (\d+)\/\d+/u.exec(summary);
  expect(m, summary).not.toBeNull();
  return { stdout: run.stdout, reportFile, summary, conflicts: Number(m?.[1]), falseAlarms: Number(m?.[2]), claims: Number(m?.[3]) };
}

/** Asserts a scored corpus is at or above its floors. */
export function expectFloor(scored: ScoredCorpus, floor: { readonly conflicts: number; readonly claims: number; readonly maxFalseAlarms: number }): void {
  expect(scored.conflicts, scored.summary).toBeGreaterThanOrEqual(floor.conflicts);
  expect(scored.falseAlarms, scored.summary).toBeLessThanOrEqual(floor.maxFalseAlarms);
  expect(scored.claims, scored.summary).toBeGreaterThanOrEqual(floor.claims);
}
