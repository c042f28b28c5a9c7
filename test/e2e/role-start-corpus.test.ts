import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// A small corpus about a made-up company whose articles disagree on when its chief executive
// started, beside look-alikes that must stay quiet (the same year at another granularity, a
// re-election, another organization's post), scored with the same scorer as the default corpus.
// CORROBORATE_CLI points it at another bundle of the CLI than dist/cli.js.
const root = resolve(import.meta.dirname, '../..');
const cli = process.env['CORROBORATE_CLI'] ?? join(root, 'dist/cli.js');
const fixtures = join(root, 'test/fixtures/role-start');
const scorer = resolve(root, '../shared/tools/score.mjs');

const FLOOR = { conflicts: 1, claims: 7, maxFalseAlarms: 0 };

interface Finding {
  readonly rule: string;
  readonly severity: string;
  readonly sides?: readonly (readonly string[])[];
  readonly verdict?: { readonly likely: string };
}

describe('role start corpus', () => {
  let cached: { report: string; summary: string } | undefined;
  const run = (): { report: string; summary: string } => {
    if (cached) return cached;
    expect(existsSync(cli), `${cli} is missing: run \`npm run build\` (npm test does it)`).toBe(true);
    const out = spawnSync(process.execPath, [cli, 'check', fixtures, '--format', 'json'], { cwd: root, encoding: 'utf8' });
    expect([0, 1]).toContain(out.status);
    const file = join(mkdtempSync(join(tmpdir(), 'corroborate-role-start-')), 'report.json');
    writeFileSync(file, out.stdout);
    const scored = execFileSync(process.execPath, [scorer, '--report', file, '--expect', join(fixtures, 'expectations.json')], { encoding: 'utf8' });
    cached = { report: file, summary: scored.trim().split('\n').at(-1) ?? '' };
    return cached;
  };

  it('scores at or above the floor', () => {
    const { summary } = run();
    const m = /conflicts (\d+)\/\d+ (?:· stretch \d+\/\d+ )?· false alarms (\d+)\/\d+ · claims (\d+)\/\d+/u.exec(summary);
    expect(m, summary).not.toBeNull();
    expect(Number(m?.[1]), summary).toBeGreaterThanOrEqual(FLOOR.conflicts);
    expect(Number(m?.[2]), summary).toBeLessThanOrEqual(FLOOR.maxFalseAlarms);
    expect(Number(m?.[3]), summary).toBeGreaterThanOrEqual(FLOOR.claims);
  });

  it('reports the start dates as two sides with a verdict, and nothing else loud', () => {
    const { report } = run();
    const findings = (JSON.parse(readFileSync(report, 'utf8')) as { findings: Finding[] }).findings;
    const loud = findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    expect(loud.map((f) => f.rule)).toEqual(['role-start-conflict']);
    const [finding] = loud;
    expect(finding?.sides).toHaveLength(2);
    expect(finding?.verdict?.likely).toBeDefined();
  });
});
