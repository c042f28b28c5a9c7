import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contradictsPublished, dateFromUrl, inferPublished, parseTimes } from '../../src/time/index.js';

interface Case {
  readonly name: string;
  readonly text: string;
  readonly url?: string;
  readonly basis: string;
  /** Expected timex of the inferred value, or undefined for no value. */
  readonly timex?: string;
  /** The inferred interval must contain this day. */
  readonly contains?: string;
}

const cases: readonly Case[] = [
  { name: 'byline with a clock time', text: 'A headline\n\nTechnology Author: Jane Doe Oct 18, 2020 04:41 PM (GMT+8)\n\nBody text here.', basis: 'byline', timex: '2020-10-18' },
  { name: 'byline with a Published word', text: 'A headline\nPublished: March 3, 2019\nBody.', basis: 'byline', timex: '2019-03-03' },
  { name: 'byline beats the URL', text: 'Title\nUpdated June 2, 2021 10:00\nBody.', url: 'https://example.com/2021/05/30/story/', basis: 'byline', timex: '2021-06-02' },
  { name: 'dateline with the year from the URL', text: 'CHENGDU, Dec. 27 (NBD) -- The bank opened.', url: 'http://example.com/articles/2016-12/576.html', basis: 'dateline+url', timex: '2016-12-27' },
  { name: 'URL with year, month and day', text: 'The company announced Thursday that it hired a banker.', url: 'https://example.com/2020/04/24/some-story/', basis: 'url', timex: '2020-04-24' },
  { name: 'URL with year and month', text: 'The company is setting up a lender.', url: 'https://www.example.com/2015/06/some-story.html', basis: 'url', timex: '2015-06' },
  { name: 'URL with a month name', text: 'Body.', url: 'https://www.example.com/business/2016/dec/27/bank-opens', basis: 'url', timex: '2016-12-27' },
  { name: 'byline at the foot', text: 'The bank opened.\n\nIt grew.\n\nFirst published on March 3, 2019', basis: 'byline', timex: '2019-03-03' },
  { name: 'URL with a compact date', text: 'Body.', url: 'https://example.com/news/20140210-bank-opens', basis: 'url', timex: '2014-02-10' },
  { name: 'internal evidence: latest stated past date', text: 'It was founded in 2013. In the first half of 2022 it lost money. On September 14, its chairman stepped down.', basis: 'internal', contains: '2022-09-20' },
  {
    name: 'internal evidence narrowed by an inline conversion',
    text: 'In May 2015, it launched a loan product. Its registered capital reached 3 billion RMB (around $432 million).',
    basis: 'internal+conversion',
    contains: '2016-12-15',
  },
  { name: 'nothing at all', text: 'The company makes phones and sells them.', basis: 'none' },
];

const negatives: readonly Case[] = [
  { name: 'a numeric id in the URL is not a date', text: 'The company makes phones.', url: 'https://www.example.com/analysis/2020101814967', basis: 'none' },
  { name: 'a short numeric id in the URL', text: 'The company makes phones.', url: 'http://www.example.com/2553092.html', basis: 'none' },
  { name: 'an impossible month in the URL', text: 'Phones.', url: 'https://example.com/2020/13/01/x', basis: 'none' },
  // Not a byline: only weak internal evidence that the article is from after that day.
  { name: 'a dateline-like line inside a quote', text: '"BEIJING, March 3, 2019 10:00 is when it started," he said.\nPhones.', basis: 'internal', contains: '2019-03-04' },
  { name: 'a conversion alone dates nothing', text: 'Its capital reached 3 billion RMB (around $432 million).', basis: 'none' },
  { name: 'a conversion that fits no later month leaves the stated date alone', text: 'In May 2015, it launched. It raised 3 billion RMB (around $100 million).', basis: 'internal', contains: '2015-06-15' },
  { name: 'a future date is not evidence', text: 'The bank will open in 2030. It makes phones.', basis: 'none' },
  { name: 'a reader comment stamp is not evidence', text: 'It was founded in 2013.\n\nAlice Smith 2017-01-02 20:17 via android', basis: 'internal', contains: '2013-06-01' },
];

describe('inferPublished', () => {
  for (const c of [...cases, ...negatives]) {
    it(c.name, () => {
      const r = inferPublished({ text: c.text, ...(c.url ? { url: c.url } : {}) });
      expect(r.basis).toBe(c.basis);
      if (c.basis === 'none') {
        expect(r.value).toBeUndefined();
        expect(r.confidence).toBe(0);
        return;
      }
      expect(r.value).toBeDefined();
      if (c.timex) expect(r.value?.timex).toBe(c.timex);
      if (c.contains) {
        expect(r.value!.start <= c.contains && r.value!.end >= c.contains).toBe(true);
      }
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    });
  }

  it('a URL date is an interval as wide as the URL states', () => {
    expect(dateFromUrl('https://example.com/2015/06/x.html')).toMatchObject({ start: '2015-06-01', end: '2015-06-30', granularity: 'month' });
  });

  it('the inferred interval is the reference for relative dates, never a confident day from a month', () => {
    const r = inferPublished({ text: 'The bank said Thursday it opened. It grew last year.', url: 'https://example.com/2016/12/x.html' });
    const values = parseTimes('The bank said Thursday it opened. It grew last year.', { reference: r.value });
    expect(values.map((v) => v.timex)).toEqual(['2016-12', '2015']);
    expect(values[0]?.granularity).toBe('month');
  });
});

describe('contradictsPublished', () => {
  const text = 'CHENGDU, Dec. 27 (NBD) -- The bank opened.';
  const url = 'http://example.com/articles/2016-12/576.html';
  const table: readonly { name: string; published?: string; text: string; url?: string; contradicted: boolean }[] = [
    { name: 'a dateline a year away from the stated date', published: '2015-12-27', text, url, contradicted: true },
    { name: 'a dateline that agrees', published: '2016-12-28', text, url, contradicted: false },
    { name: 'a stated month containing the dateline', published: '2016-12', text, url, contradicted: false },
    { name: 'internal evidence never contradicts', published: '2010-01-01', text: 'It was founded in 2013.', contradicted: false },
    { name: 'no stated date', text, url, contradicted: false },
  ];
  for (const c of table) {
    it(c.name, () => {
      const r = contradictsPublished({ text: c.text, ...(c.url ? { url: c.url } : {}), ...(c.published ? { published: c.published } : {}) });
      expect(r !== undefined).toBe(c.contradicted);
    });
  }
});

// The default corpus with `published` removed (URLs kept): the inferred interval must meet the
// manifest's date for at least four of five, and be at most a year wide where a URL or byline gives it.
describe('inferPublished on the default corpus without published dates', () => {
  const root = join(import.meta.dirname, '../..');
  const manifest = JSON.parse(readFileSync(join(root, '../shared/corpus/manifest.json'), 'utf8')) as { documents: { id: string; published: string }[] };
  const docs = readdirSync(join(root, 'corpus'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const raw = readFileSync(join(root, 'corpus', f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n?/.exec(raw);
      const meta = parseYaml(m?.[1] ?? '') as { id: string; url?: string };
      return { id: meta.id, url: meta.url, text: raw.slice(m?.[0].length ?? 0) };
    });
  const interval = (d: string): [string, string] => {
    if (d.length === 10) return [d, d];
    if (d.length === 7) return [`${d}-01`, `${d}-${String(new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)), 0)).getUTCDate()).padStart(2, '0')}`];
    return [`${d}-01-01`, `${d}-12-31`];
  };
  const results = docs.map((d) => ({ id: d.id, r: inferPublished({ text: d.text, ...(d.url ? { url: d.url } : {}) }), stated: manifest.documents.find((x) => x.id === d.id)?.published ?? '' }));

  it('meets the manifest date for at least four of five', () => {
    const met = results.filter(({ r, stated }) => {
      const [s, e] = interval(stated);
      return r.value !== undefined && r.value.start <= e && r.value.end >= s;
    });
    expect(met.length).toBeGreaterThanOrEqual(4);
  });

  it('contains the manifest date, within a year, where a URL or byline gives it', () => {
    for (const { r, stated } of results.filter((x) => x.r.basis !== 'internal' && x.r.basis !== 'none')) {
      const [s, e] = interval(stated);
      expect(r.value!.start <= s && r.value!.end >= e).toBe(true);
      expect((Date.parse(r.value!.end) - Date.parse(r.value!.start)) / 86_400_000).toBeLessThanOrEqual(366);
    }
    expect(results.filter((x) => x.r.basis === 'url' || x.r.basis === 'byline').length).toBeGreaterThanOrEqual(3);
  });
});
