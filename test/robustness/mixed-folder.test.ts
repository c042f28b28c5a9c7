import { chmod, copyFile, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadCorpus } from '../../src/index.js';
import type { Report } from '../../src/index.js';

// The default corpus, once alone and once in a folder full of bad files. The bad files must be
// skipped, each named in the report's diagnostics, and must change nothing about what the good
// articles yield.
const corpus = resolve(import.meta.dirname, '../../corpus');
const FIRST_ID = 'androidheadlines-2015-06-xiaomi-online-loans';
const isRoot = process.getuid?.() === 0;

// [file name, contents, what the loader must say about it]
const BAD: readonly (readonly [string, string | Buffer, string])[] = [
  ['empty.md', '', 'empty'],
  ['blank.md', ' \n\t\n\r\n', 'empty'],
  ['front-matter-only.md', '---\nid: nothing-here\n---\n', 'empty'],
  ['binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'binary'],
  ['latin1.md', Buffer.from('Caf\xe9 cr\xe8me: the bank opened in 2016.', 'latin1'), 'binary'],
  ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The bank opened in 2016.', 'utf16le')]), 'binary'],
  ['huge.md', Buffer.alloc(5_000_001, 'a '), 'too-large'],
  ['unclosed.md', '---\nid: unclosed\ntitle: never closed\nThe bank opened in 2016.', 'front-matter-unclosed'],
  ['broken-yaml.md', '---\nid: [oops\ntitle: "unterminated\n---\nThe bank opened in 2016.', 'front-matter-yaml'],
  ['alias-bomb.md', '---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\nThe bank opened in 2016.', 'front-matter-yaml'],
  ['list-front-matter.md', '---\n- id\n- title\n---\nThe bank opened in 2016.', 'front-matter-shape'],
  ['duplicate-keys.md', '---\nid: a\nid: b\n---\nThe bank opened in 2016.', 'front-matter-yaml'],
  // Sorted after the real article, so the real one keeps the id and these are the duplicates.
  ['zz-duplicate.md', `---\nid: ${FIRST_ID}\n---\nThe bank was founded in 1999 by somebody else entirely.`, 'duplicate-id'],
  ['zz-proto.md', `---\n__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\nid: ${FIRST_ID}\n---\nThe bank was founded in 1998.`, 'duplicate-id'],
];

/** The report without what legitimately differs between the two folders: file paths. */
function comparable(report: Report): unknown {
  return {
    documents: report.documents.map(({ path: _path, ...d }) => d),
    entities: report.entities,
    claims: report.claims,
    findings: report.findings,
  };
}

describe('a folder mixing good and bad files', () => {
  let good: string;
  let mixed: string;
  let clean: Report;
  let dirty: Report;
  let dirtyPaths: readonly string[];

  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), 'corroborate-mixed-'));
    good = join(root, 'good');
    mixed = join(root, 'mixed');
    await mkdir(good);
    await mkdir(mixed);
    for (const f of await readdir(corpus)) {
      if (!f.endsWith('.md')) continue;
      await copyFile(join(corpus, f), join(good, f));
      await copyFile(join(corpus, f), join(mixed, f));
    }
    for (const [name, contents] of BAD) await writeFile(join(mixed, name), contents);
    await writeFile(join(mixed, 'notes.json'), '{"not": "an article"}');
    // Root reads through permissions, so the unreadable folder only exists for other users.
    if (!isRoot) {
      await mkdir(join(mixed, 'locked'));
      await writeFile(join(mixed, 'locked', 'secret.md'), 'Hidden text.');
      await chmod(join(mixed, 'locked'), 0);
    }

    const a = await loadCorpus(good);
    clean = await analyze(a.documents, { diagnostics: a.diagnostics });
    const b = await loadCorpus(mixed);
    dirtyPaths = b.documents.map((d) => d.path ?? '');
    dirty = await analyze(b.documents, { diagnostics: b.diagnostics });
    if (!isRoot) await chmod(join(mixed, 'locked'), 0o755);
  });

  it('loads exactly the good articles', () => {
    expect(dirty.documents.map((d) => d.id)).toEqual(clean.documents.map((d) => d.id));
    for (const [name] of BAD) expect(dirtyPaths.some((p) => p.endsWith(name))).toBe(false);
  });

  it('finds the same entities, claims and findings as without the bad files', () => {
    expect(comparable(dirty)).toEqual(comparable(clean));
  });

  for (const [name, , code] of BAD) {
    it(`names ${name} in the report's diagnostics (${code})`, () => {
      const named = dirty.diagnostics.filter((d) => d.message.includes(name));
      expect(named.map((d) => d.code)).toContain(code);
      for (const d of named) expect(['error', 'warning']).toContain(d.severity);
    });
  }

  it('ignores files that are not articles without a word', () => {
    expect(dirty.diagnostics.some((d) => d.message.includes('notes.json'))).toBe(false);
  });

  it.skipIf(isRoot)('names a folder it cannot list', () => {
    expect(dirty.diagnostics.some((d) => d.code === 'unreadable' && d.message.includes('locked'))).toBe(true);
  });

  it('lets no front matter pollute Object.prototype', () => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
