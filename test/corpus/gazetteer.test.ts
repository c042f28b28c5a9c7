import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, parseGazetteer } from '../../src/corpus/index.js';
import { analyze } from '../../src/pipeline.js';

describe('parseGazetteer', () => {
  const cases: { name: string; yaml: string; names: string[]; problems: number }[] = [
    { name: 'a list of entries', yaml: '- name: Acme Holdings\n  type: organization\n  aliases: [Acme, ACME Group]\n', names: ['Acme Holdings'], problems: 0 },
    { name: 'a mapping of names to aliases', yaml: 'Acme Holdings: [Acme]\nBeta Bank: Beta\n', names: ['Acme Holdings', 'Beta Bank'], problems: 0 },
    { name: 'an entry without a name is skipped', yaml: '- aliases: [X]\n- name: Kept\n', names: ['Kept'], problems: 1 },
    { name: 'a bad type is skipped', yaml: '- name: Odd\n  type: planet\n', names: [], problems: 1 },
    { name: 'broken YAML is ignored', yaml: '- name: [unclosed\n', names: [], problems: 1 },
    { name: 'a scalar is not a gazetteer', yaml: 'just a string\n', names: [], problems: 1 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { entries, diagnostics } = parseGazetteer(c.yaml, 'corpus/entities.yaml');
      expect(entries.map((e) => e.name)).toEqual(c.names);
      expect(diagnostics).toHaveLength(c.problems);
      for (const d of diagnostics) expect(d.message).toContain('corpus/entities.yaml');
    });
  }
});

describe('entities.yaml beside a corpus', () => {
  it('links names the text alone cannot link', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corroborate-gaz-'));
    await writeFile(join(dir, 'a.md'), '---\nid: a\npublished: 2020-01-10\n---\nNorthwind Lending was founded in 2011, the company said.');
    await writeFile(join(dir, 'b.md'), '---\nid: b\npublished: 2020-02-10\n---\nBeifeng Credit was founded in 2013, the company said.');
    const without = await loadCorpus(dir);
    const before = await analyze(without.documents);
    expect(new Set(before.claims.filter((c) => c.predicate === 'founded').map((c) => c.subject)).size).toBe(2);
    await writeFile(join(dir, 'entities.yaml'), '- name: Northwind Lending\n  type: organization\n  aliases: [Beifeng Credit]\n');
    const loaded = await loadCorpus(dir);
    expect(loaded.gazetteer.map((e) => e.name)).toEqual(['Northwind Lending']);
    const after = await analyze(loaded.documents, { gazetteer: loaded.gazetteer });
    const founded = after.claims.filter((c) => c.predicate === 'founded');
    expect(founded).toHaveLength(2);
    expect(new Set(founded.map((c) => c.subject)).size).toBe(1);
    expect(after.findings.some((f) => f.rule === 'event-date-conflict')).toBe(true);
  });
});

describe('documents given as objects', () => {
  it('reports metadata dropped from a kept document', async () => {
    const report = await analyze([{ id: 'x', text: 'The bank was founded in 2011.', published: '2016-13' } as never]);
    expect(report.documents.map((d) => d.id)).toEqual(['x']);
    expect(report.diagnostics.some((d) => d.doc === 'x' && d.severity === 'warning' && d.message.includes('published'))).toBe(true);
  });
});
