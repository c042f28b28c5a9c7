import fc from 'fast-check';

/**
 * Run settings for every property: a fixed seed so CI is reproducible, and `FC_SEED` / `FC_RUNS`
 * to search longer (`FC_RUNS=2000 FC_SEED=7 npx vitest run test/property`). A failure prints the
 * seed and the shrunk counterexample.
 */
export function runs(numRuns: number): { seed: number; numRuns: number } {
  const seed = Number(process.env.FC_SEED ?? 20261126);
  const scaled = process.env.FC_RUNS ? Math.max(1, Number(process.env.FC_RUNS)) : numRuns;
  return { seed, numRuns: scaled };
}

// Pieces of ordinary reporting, so generated texts reach the parsers' interesting paths.
const PROSE = [
  'Acme Holdings', 'Jane Doe', 'Globex Bank', 'the company', 'it', 'was founded', 'renamed', 'chairman',
  'CEO', 'holds a 30% stake', 'raised $5 million', '3 billion yuan', 'RMB 1.2bn', '€4,500', 'HK$12.5 billion',
  'in 2016', 'on Dec. 27, 2016', 'March 2015', 'last year', 'the same year', 'in the second quarter of 2022',
  'H1 2021', 'early 2019', 'since 2014', 'by the end of 2020', '2015-06-01', 'about 12,000', 'over 40 percent',
  'Co., Ltd.', 'Mr. J. Smith', 'said', 'according to', 'not', 'may', 'respectively', 'formerly known as',
  '(short for Acme Financial)', 'of the', 'and', ',', '.', ';', ':', '!', '?', '"', '“', '”', '’', '—', '-',
];
// Pieces that break naive code: invisible and direction marks, NUL and control characters,
// lone surrogates, astral characters, markup, runs of punctuation, huge numbers.
const HOSTILE = [
  '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\uFEFF', '\u00AD',
  '\u0000', '\u0001', '\u0007', '\u001B[31m', '\u007F', '\u0085', '\u2028', '\u2029', '\r', '\r\n', '\n', '\n\n', '\t',
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', '👨‍👩‍👧', '🇨🇳', 'e\u0301', '١٢٣', 'مرحبا', 'שלום', '中文', '。', '％',
  '<p>', '</p>', '<script>var a = "<b>";</script>', '<!-- note -->', '<a href="x">', '&amp;', '&nbsp;', '&#39;', '<',
  '>', '&', '...', '.....', '((((', ')))', '[[', '{{', '???', '!!!', '----', '____', '////', '$$$', '%%%',
  '99999999999999999999999', '1e308', '0.000', '-0', 'NaN', 'Infinity', '__proto__', 'constructor', 'toString',
  '---', '---\n', 'id: x', ': ', '&a', '*a', '- ', '• ',
];

/** One fragment: prose, hostile pieces, or arbitrary code units (lone surrogates included). */
const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 40 }).chain((n) => fc.constantFrom('.', '(', ' ', 'of the ', ',', '-').map((u) => u.repeat(n))) },
);

/** Texts of up to `maxFragments` fragments, joined by spaces or nothing. */
export function hostileText(maxFragments = 40): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fragment, fc.constantFrom(' ', '', ' ', '\n')), { maxLength: maxFragments })
    .map((parts) => parts.map(([f, sep]) => f + sep).join(''));
}

/** Any string at all, hostile text included. */
export function anyText(maxFragments = 40): fc.Arbitrary<string> {
  return fc.oneof(hostileText(maxFragments), fc.string({ unit: 'binary' }), fc.string());
}

/** A publication date in each of the accepted shapes, or none. */
export const reference: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 1990, max: 2030 }).map(String),
  fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** Every object in `value` that looks like a span ({ start, end, text }). */
export function spansIn(value: unknown, out: { start: number; end: number; text: string }[] = []): { start: number; end: number; text: string }[] {
  if (typeof value !== 'object' || value === null) return out;
  if (Array.isArray(value)) {
    for (const v of value) spansIn(v, out);
    return out;
  }
  const r = value as Record<string, unknown>;
  if (typeof r.start === 'number' && typeof r.end === 'number' && typeof r.text === 'string') {
    out.push({ start: r.start, end: r.end, text: r.text });
  }
  for (const v of Object.values(r)) spansIn(v, out);
  return out;
}

/** Whether `text` has a UTF-16 code unit that is half of a surrogate pair without its other half. */
export function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const n = text.charCodeAt(i + 1);
      if (n >= 0xdc00 && n <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

const ORGS = ['Acme Holdings', 'Globex Bank', 'Initech Capital', 'Umbrella Finance Co., Ltd.', 'Hooli Pay'];
const PEOPLE = ['Jane Doe', 'John Roe', 'Mary Major', 'Richard Miles'];
const DATES = ['2014', 'March 2015', 'Dec. 27, 2016', 'the second quarter of 2018', 'early 2019', 'last year', 'the same year', '2020-04-24'];
const MONEY = ['$5 million', '3 billion yuan', 'RMB 1.2 billion', 'HK$12.5 billion', 'about 400 million yuan', '$6 million'];
const PERCENT = ['30%', '49 percent', '25.5%', 'over 40%'];
const TEMPLATES: readonly ((o: string, o2: string, p: string, d: string, m: string, pc: string) => string)[] = [
  (o, _o2, p, d) => `${o} was founded in ${d} by ${p}.`,
  (o, _o2, p) => `${p} is the chairman of ${o}.`,
  (o, _o2, p, d) => `${p} became CEO of ${o} in ${d}.`,
  (o, _o2, _p, d, m) => `${o} raised ${m} in ${d}.`,
  (o, o2, _p, _d, _m, pc) => `${o} holds a ${pc} stake in ${o2}.`,
  (o, o2, _p, d) => `${o}, formerly known as ${o2}, was renamed in ${d}.`,
  (o, _o2, _p, d) => `In ${d}, ${o} obtained an online lending licence.`,
  (o, _o2, _p, d, m) => `The company had registered capital of ${m} when it was set up in ${d}, according to ${o}.`,
  (o, _o2, _p, d) => `${o} did not launch the bank in ${d}.`,
];

/** An article-like text: template sentences about a few entities, with hostile pieces inserted. */
export function articleText(maxSentences = 6): fc.Arbitrary<string> {
  const sentence = fc
    .tuple(fc.nat(TEMPLATES.length - 1), fc.constantFrom(...ORGS), fc.constantFrom(...ORGS), fc.constantFrom(...PEOPLE), fc.constantFrom(...DATES), fc.constantFrom(...MONEY), fc.constantFrom(...PERCENT))
    .map(([t, o, o2, p, d, m, pc]) => (TEMPLATES[t] ?? TEMPLATES[0])?.(o, o2, p, d, m, pc) ?? '');
  const insertion = fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE));
  return fc
    .tuple(fc.array(fc.tuple(sentence, fc.constantFrom(' ', '\n', '\n\n', '\r\n')), { minLength: 1, maxLength: maxSentences }), fc.array(insertion, { maxLength: 3 }))
    .map(([sentences, insertions]) => {
      let text = sentences.map(([s, sep]) => s + sep).join('');
      for (const [at, piece] of insertions) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + piece + text.slice(i);
      }
      return text;
    });
}
