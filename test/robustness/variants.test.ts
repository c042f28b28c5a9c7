import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadCorpus } from '../../src/index.js';
import type { Claim, Document, Report } from '../../src/index.js';

// The default corpus re-encoded the ways scraped files arrive: CRLF line ends with a BOM, and
// the articles wrapped in HTML soup. What the articles say is unchanged, so the claims (apart
// from character offsets) and the findings must be too; and every span must quote the text it
// came from, line ends and markup included.
const corpus = resolve(import.meta.dirname, '../../corpus');

type Variant = (body: string) => string;
const VARIANTS: Record<string, Variant> = {
  'CRLF line ends and a BOM': (body) => body.replace(/\n/gu, '\r\n'),
  'old Mac line ends (CR only)': (body) => body.replace(/\n/gu, '\r'),
  'invisible marks and Unicode spaces': (body) =>
    body
      .replace(/ (?=\p{Lu})/gu, ' \u200E')
      .replace(/(?<=\p{Ll}) /gu, '\u200B\u00A0')
      .replace(/\n\n/gu, '\n\uFEFF\n'),
  'HTML soup': (body) =>
    [
      '<div class="share"><a href="https://x.example/share">Share</a> <script>window.track && track("view", {id: 1});</script></div>',
      ...body.split('\n\n').map((p) => `<p class="para">${p.replace(/&/gu, '&amp;')}</p><!-- ad slot -->`),
      '<style>.para { margin: 0 }</style><footer>&copy; Example Media</footer>',
    ].join('\n\n'),
};

async function write(dir: string, variant: Variant | undefined): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const f of await readdir(corpus)) {
    if (!f.endsWith('.md')) continue;
    const raw = await readFile(join(corpus, f), 'utf8');
    const end = raw.indexOf('\n---\n', 4) + '\n---\n'.length;
    const [head, body] = [raw.slice(0, end), raw.slice(end)];
    if (!variant) await writeFile(join(dir, f), raw);
    else if (variant === VARIANTS['CRLF line ends and a BOM']) await writeFile(join(dir, f), `\uFEFF${variant(raw)}`);
    else await writeFile(join(dir, f), head + variant(body));
  }
}

/** Text without invisible marks, its whitespace squeezed: what a reader sees. */
const visible = (t: string): string => t.replace(/[\u00AD\u200B-\u200F\uFEFF]/gu, '').replace(/\s+/gu, ' ');

/** A claim without what depends on character offsets, its quoted text as a reader sees it. */
function meaning(c: Claim): unknown {
  const { id: _id, evidence, ...rest } = c;
  return JSON.parse(
    JSON.stringify({ ...rest, evidence: visible(evidence.text) }, (k, v: unknown) =>
      k === 'span' ? undefined : typeof v === 'string' && k === 'text' ? visible(v) : v,
    ),
  );
}
const byJson = (a: unknown, b: unknown): number => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
const findingsOf = (r: Report): unknown[] =>
  r.findings.map((f) => ({ rule: f.rule, messageId: f.messageId, severity: f.severity, subject: f.subject, predicate: f.predicate })).sort(byJson);

function checkSpans(report: Report, docs: readonly Document[]): void {
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  for (const c of report.claims) {
    const text = texts.get(c.doc) ?? '';
    expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    if (c.time?.span) expect(text.slice(c.time.span.start, c.time.span.end)).toBe(c.time.span.text);
    if (typeof c.object === 'object' && c.object.span) expect(text.slice(c.object.span.start, c.object.span.end)).toBe(c.object.span.text);
  }
}

describe('the default corpus in other encodings', () => {
  let root: string;
  let plain: Report;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'corroborate-variants-'));
    await write(join(root, 'plain'), undefined);
    const { documents } = await loadCorpus(join(root, 'plain'));
    plain = await analyze(documents);
    expect(plain.claims.length).toBeGreaterThan(0);
  });

  for (const [name, variant] of Object.entries(VARIANTS)) {
    describe(name, () => {
      let report: Report;
      let documents: Document[];
      beforeAll(async () => {
        const dir = join(root, name.replace(/\W+/gu, '-'));
        await write(dir, variant);
        const loaded = await loadCorpus(dir);
        expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        documents = loaded.documents;
        report = await analyze(documents);
      });

      it('loads every article with its metadata', () => {
        expect(report.documents.map(({ id, title, outlet, published }) => ({ id, title, outlet, published }))).toEqual(
          plain.documents.map(({ id, title, outlet, published }) => ({ id, title, outlet, published })),
        );
      });

      it('quotes its own text in every span', () => {
        checkSpans(report, documents);
      });

      it('yields the same claims, apart from offsets', () => {
        expect(report.claims.map(meaning).sort(byJson)).toEqual(plain.claims.map(meaning).sort(byJson));
      });

      // Found by this test (src/rules is another engineer's): with a zero-width space and a
      // no-break space between words (the tmtpost article's 'for six months' written
      // 'for\u200B\u00A0six\u200B\u00A0months'), the self-contradiction rule's durationMismatch
      // finding on 'approved' disappears, although every claim is the same: the rule reads the
      // original text, not the staged one. Remove the `fails` once it reads stageText's view.
      const sameFindings = name === 'invisible marks and Unicode spaces' ? it.fails : it;
      sameFindings('yields the same findings', () => {
        expect(findingsOf(report)).toEqual(findingsOf(plain));
      });
    });
  }
});
