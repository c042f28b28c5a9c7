import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';

// Map by shards, reduce once (docs/scale.md): the same claims and findings as one run.
const root = resolve(import.meta.dirname, '../..');
const run = (args: string[]): string => {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};

describe('scripts/shard-map.mjs and scripts/shard-reduce.mjs', () => {
  it('give the report of one run, whatever the shards and their order', () => {
    const files = readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.md')).map((f) => join('corpus', f));
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-shards-'));
    const shards = [files.slice(0, 2), files.slice(2)].map((part, i) => {
      const file = join(dir, `shard-${i}.jsonl`);
      writeFileSync(file, run(['scripts/shard-map.mjs', ...part, ...(i === 1 ? ['--jobs', '2'] : [])]));
      return file;
    });
    const reduced = JSON.parse(run(['scripts/shard-reduce.mjs', ...shards.reverse()])) as Report;
    const whole = JSON.parse(run(['dist/cli.js', 'check', 'corpus', '--format', 'json', '--fail-on', 'never'])) as Report;
    expect(reduced.claims).toEqual(whole.claims);
    expect(reduced.findings.map((f) => f.id)).toEqual(whole.findings.map((f) => f.id));
    expect(reduced.documents.map((d) => d.id).sort()).toEqual(whole.documents.map((d) => d.id).sort());
  });
});
