import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';

// The whole product on the default corpus, through the built CLI, scored against the
// fact-checker's expectations in ../shared/gold.
const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli.js');
const shared = resolve(root, '../shared');
const expectations = join(shared, 'gold/seed-expectations.json');

// Floors for what the pipeline must keep finding; raised as the stages improve.
const FLOOR = { conflicts: 4, stretch: 1, claims: 24, maxFalseAlarms: 0 };

function check(): { stdout: string; status: number | null } {
  const r = spawnSync(process.execPath, [cli, 'check', 'corpus', '--format', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { stdout: r.stdout, status: r.status };
}

describe('corroborate check corpus --format json', () => {
  let first: { stdout: string; status: number | null };
  let report: Report;
  let texts: Map<string, string>;

  beforeAll(() => {
    expect(existsSync(cli), 'dist/cli.js is missing: run `npm run build` (npm test does it)').toBe(true);
    first = check();
    report = JSON.parse(first.stdout) as Report;
    texts = new Map();
    for (const d of report.documents) {
      const raw = readFileSync(join(root, d.path ?? ''), 'utf8');
      texts.set(d.id, raw.replace(/^---\n[\s\S]*?\n---\n/u, ''));
    }
  });

  it('exits 0 or 1 (findings), never 2', () => {
    expect([0, 1]).toContain(first.status);
  });

  it('has schemaVersion 1 and the five documents', () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.documents.map((d) => d.id).sort()).toEqual([
      'androidheadlines-2015-06-xiaomi-online-loans',
      'equalocean-2020-10-18-airstar-digits',
      'pandaily-2022-09-xiaomi-financial-map',
      'technode-2020-04-24-xiaomi-banker',
      'tmtpost-2016-12-xw-bank',
    ]);
  });

  it("gives every claim evidence equal to its document's text at its offsets", () => {
    expect(report.claims.length).toBeGreaterThan(0);
    for (const c of report.claims) {
      expect(texts.get(c.doc)?.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    }
  });

  it('prints the same bytes on a second run', () => {
    expect(check().stdout).toBe(first.stdout);
  });

  it('scores at or above the floor against the gold expectations', () => {
    if (!existsSync(expectations)) throw new Error(`${expectations} is missing: ../shared must sit beside the repository`);
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-e2e-'));
    const file = join(dir, 'report.json');
    writeFileSync(file, first.stdout);
    const out = execFileSync(process.execPath, [join(shared, 'tools/score.mjs'), '--report', file, '--expect', expectations], { encoding: 'utf8' });
    const summary = out.trim().split('\n').at(-1) ?? '';
    const m = /conflicts (\d+)\/\d+ · stretch (\d+)\/\d+ · false alarms (\d+)\/\d+ · claims (\d+)\/\d+/u.exec(summary);
    expect(m, summary).not.toBeNull();
    const [conflicts, stretch, falseAlarms, claims] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3]), Number(m?.[4])];
    expect(stretch, summary).toBeGreaterThanOrEqual(FLOOR.stretch);
    expect(conflicts, summary).toBeGreaterThanOrEqual(FLOOR.conflicts);
    expect(claims, summary).toBeGreaterThanOrEqual(FLOOR.claims);
    expect(falseAlarms, summary).toBeLessThanOrEqual(FLOOR.maxFalseAlarms);
  });
});
