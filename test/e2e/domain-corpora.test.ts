import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Small corpora about made-up companies in other trades (a drugmaker bought by a larger one; an
// electric-scooter maker that was renamed and raised a Series B; a lithium miner; a grocer),
// written for this project by someone who had not read the code, each with two real disagreements and two look-alikes,
// scored with the same scorer as the default corpus. The floors are what the pipeline reaches today.
const root = resolve(import.meta.dirname, '../..');
const cli = process.env['CORROBORATE_CLI'] ?? join(root, 'dist/cli.js');
const scorer = resolve(root, '../shared/tools/score.mjs');

const CORPORA: readonly { name: string; folder: string; conflicts: number; claims: number; maxFalseAlarms: number }[] = [
  { name: 'a drugmaker: founding year and approval date disagree; revenue of two years, an agreed price completed as agreed', folder: 'test/fixtures/pharma', conflicts: 2, claims: 8, maxFalseAlarms: 0 },
  { name: 'a scooter maker: Series B amount and rename year disagree; a valuation in two currencies, units sold in two years', folder: 'test/fixtures/ev', conflicts: 2, claims: 8, maxFalseAlarms: 0 },
  // Two more, scored once before any change they prompted: mining 0/2 conflicts and 4/8 claims,
  // retail 0/2 and 5/8. Their remaining misses are the weak spots: 'the mine' and 'the company'
  // resolved to the wrong antecedent, a stake change in a described holder's own words, a deal
  // sentence whose parties are in the sentences before it.
  { name: 'a lithium miner: listing year and mine opening disagree; output of two years, a stake the text says changed', folder: 'test/fixtures/mining', conflicts: 1, claims: 5, maxFalseAlarms: 0 },
  { name: 'a grocer: store count and a CEO start year disagree; an agreed price completed, revenue in two currencies', folder: 'test/fixtures/retail', conflicts: 0, claims: 6, maxFalseAlarms: 0 },
];

describe('corpora from other trades', () => {
  for (const c of CORPORA) {
    it(c.name, () => {
      expect(existsSync(cli), 'dist/cli.js is missing: run `npm run build` (npm test does it)').toBe(true);
      const run = spawnSync(process.execPath, [cli, 'check', join(root, c.folder), '--format', 'json'], { cwd: root, encoding: 'utf8' });
      expect([0, 1]).toContain(run.status);
      const file = join(mkdtempSync(join(tmpdir(), 'corroborate-domain-')), 'report.json');
      writeFileSync(file, run.stdout);
      const out = execFileSync(process.execPath, [scorer, '--report', file, '--expect', join(root, c.folder, 'expectations.json')], { encoding: 'utf8' });
      const summary = out.trim().split('\n').at(-1) ?? '';
      const m = /conflicts (\d+)\/\d+ (?:· stretch \d+\/\d+ )?· false alarms (\d+)\/\d+ · claims (\d+)\/\d+/u.exec(summary);
      expect(m, summary).not.toBeNull();
      expect(Number(m?.[1]), summary).toBeGreaterThanOrEqual(c.conflicts);
      expect(Number(m?.[2]), summary).toBeLessThanOrEqual(c.maxFalseAlarms);
      expect(Number(m?.[3]), summary).toBeGreaterThanOrEqual(c.claims);
    });
  }
});
