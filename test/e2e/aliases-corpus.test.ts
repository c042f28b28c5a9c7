import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';

// A small corpus about a made-up airline that was renamed and taken over, written for this
// project and scored with the same scorer as the default corpus: each name keeps when it was
// used, and a price stated about 'the regional carrier' belongs to the company bought.
const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli.js');
const fixtures = join(root, 'test/fixtures/aliases');
const scorer = resolve(root, '../shared/tools/score.mjs');

const FLOOR = { conflicts: 2, claims: 9, maxFalseAlarms: 0 };

describe('aliases corpus', () => {
  let stdout = '';
  let status: number | null = null;
  let report: Report;

  beforeAll(() => {
    expect(existsSync(cli), 'dist/cli.js is missing: run `npm run build` (npm test does it)').toBe(true);
    const run = spawnSync(process.execPath, [cli, 'check', fixtures, '--format', 'json'], { cwd: root, encoding: 'utf8' });
    stdout = run.stdout;
    status = run.status;
    report = JSON.parse(stdout) as Report;
  });

  it('scores at or above the floor', () => {
    expect([0, 1]).toContain(status);
    const file = join(mkdtempSync(join(tmpdir(), 'corroborate-aliases-')), 'report.json');
    writeFileSync(file, stdout);
    const out = execFileSync(process.execPath, [scorer, '--report', file, '--expect', join(fixtures, 'expectations.json')], { encoding: 'utf8' });
    const summary = out.trim().split('\n').at(-1) ?? '';
    const m = /conflicts (\d+)\/\d+ (?:· stretch \d+\/\d+ )?· false alarms (\d+)\/\d+ · claims (\d+)\/\d+/u.exec(summary);
    expect(m, summary).not.toBeNull();
    expect(Number(m?.[1]), summary).toBeGreaterThanOrEqual(FLOOR.conflicts);
    expect(Number(m?.[2]), summary).toBeLessThanOrEqual(FLOOR.maxFalseAlarms);
    expect(Number(m?.[3]), summary).toBeGreaterThanOrEqual(FLOOR.claims);
  });

  it('keeps the old name, with when each name was used, on one entity', () => {
    const airline = report.entities.find((e) => e.name === 'Tarn Airlines');
    expect(airline?.aliases).toContain('Tarnfield Air Services');
    const names = (airline?.names ?? []).map((n) => `${n.name} ${n.from?.timex ?? ''}..${n.until?.timex ?? ''}${n.former ? ' former' : ''}`);
    expect(names).toContain('Tarnfield Air Services 2009..2016 former');
    // the outlets disagree on the year of the change, and the names say so
    expect(names).toContain('Tarn Airlines 2016..');
    expect(names).toContain('Tarn Airlines 2017..');
  });

  it('states the price paid for the regional carrier about the company bought, by its buyer', () => {
    const price = report.claims.find((c) => c.doc === 'wire-2024-03-corvel' && c.predicate === 'price');
    const name = (id: string | undefined): string | undefined => report.entities.find((e) => e.id === id)?.name;
    expect(name(price?.subject)).toBe('Tarn Airlines');
    expect(name(price?.qualifier)).toBe('Corvel Aviation Group');
  });
});
