import { isBoilerplate } from './boilerplate.js';

/** A sentence of a document, with offsets into the document's text. */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly paragraph: number;
  /** Page furniture (share lines, credits, comments): kept for offsets, skipped by extraction. */
  readonly boilerplate: boolean;
}

/** A paragraph (a line or block of lines between blank lines). */
export interface Paragraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly sentences: readonly number[];
  readonly boilerplate: boolean;
}

/** A document split into paragraphs and sentences. */
export interface Segmented {
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
}

// Words after which a period does not end a sentence.
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'gov', 'sen', 'rep', 'rev', 'hon',
    'co', 'corp', 'inc', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'est', 'no', 'nos',
    'vs', 'etc', 'approx', 'fig', 'vol', 'ed', 'eds', 'al', 'cf', 'ie', 'eg', 'viz',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
    'u.s', 'u.k', 'e.u', 'u.n', 'a.m', 'p.m', 'ph.d', 'i.e', 'e.g',
  ].map((w) => w.toLowerCase()),
);

// A sentence longer than this is cut at the next comma or space, so that no later stage
// (compromise, chrono-node) ever sees one huge run of text.
const MAX_SENTENCE = 2000;
// Text with no space or comma at all (digits, base64, a run of punctuation) is cut here anyway,
// never between the two halves of a surrogate pair.
const MAX_SENTENCE_HARD = 2500;

// A list marker at the start of a line: a bullet sign, or a dash or star followed by a space.
// '**Bold**' and '-5%' are not markers.
const BULLET_SIGN = /[\u2022\u00b7]/u;
const MARKER = /[*\-–—]/u;

/**
 * Splits a text into paragraphs and sentences. Sentences never cross a line break; a line that
 * is a bullet starts its own paragraph. Offsets point into `text` unchanged.
 */
export function splitText(text: string): Segmented {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let lineStart = 0;
  let paraStart = -1;
  let paraSentences: number[] = [];
  let paraBoiler = true;

  // `at` is where the paragraph is closed; the walk back over trailing space stops at its start,
  // so a run of blank lines costs one step each, not a walk back over all of them.
  const closeParagraph = (at: number): void => {
    if (paraStart < 0) return;
    const end = lastNonSpace(text, at, paraStart);
    paragraphs.push({ index: paragraphs.length, start: paraStart, end, sentences: paraSentences, boilerplate: paraBoiler });
    paraStart = -1;
    paraSentences = [];
    paraBoiler = true;
  };

  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const lead = listMarker(line);
    const contentStart = lineStart + lead.end;
    if (line.trim().length === 0) {
      closeParagraph(lineStart);
    } else if (contentStart >= lastNonSpace(text, lineEnd, lineStart)) {
      // A list marker with nothing after it: no sentence, and no paragraph of its own.
    } else {
      const isBulletLine = lead.bullet;
      if (isBulletLine) closeParagraph(lineStart);
      if (paraStart < 0) paraStart = contentStart;
      const boiler = isBoilerplate(line);
      for (const [s, e] of sentenceRanges(text, contentStart, lineEnd)) {
        const sentenceText = text.slice(s, e);
        const b = boiler || isBoilerplate(sentenceText);
        paraSentences.push(sentences.length);
        sentences.push({ index: sentences.length, start: s, end: e, text: sentenceText, paragraph: paragraphs.length, boilerplate: b });
        if (!b) paraBoiler = false;
      }
      if (isBulletLine) closeParagraph(lineEnd);
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  closeParagraph(text.length);
  return { paragraphs, sentences };
}

/**
 * Where a line's content starts, after leading space and a list marker; and whether the marker
 * makes it a bullet line (its own paragraph).
 */
function listMarker(line: string): { end: number; bullet: boolean } {
  let i = 0;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  const ch = line[i] ?? '';
  let bullet = false;
  if (BULLET_SIGN.test(ch)) {
    i++;
    bullet = true;
  } else if (MARKER.test(ch) && /\s/u.test(line[i + 1] ?? '')) {
    i++;
    bullet = ch === '*';
  } else {
    return { end: i, bullet };
  }
  while (i < line.length && isSpaceOrBullet(line.charCodeAt(i))) i++;
  return { end: i, bullet };
}

const SPACE = /\s/u;

// Space tests run once per character of long blank stretches, so ASCII is decided without a regex.
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(String.fromCharCode(code));
}

function isSpaceOrBullet(code: number): boolean {
  return code === 0x2022 || code === 0xb7 || isSpace(code);
}

function lastNonSpace(text: string, end: number, floor: number): number {
  let i = end;
  while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Sentence ranges within one line, trimmed of surrounding space and bullets. */
function* sentenceRanges(text: string, from: number, to: number): Generator<[number, number]> {
  let start = skipSpace(text, from, to);
  let i = start;
  while (i < to) {
    const ch = text[i];
    if (ch === '.' || ch === '!' || ch === '?' || ch === '。' || ch === ';') {
      let j = i + 1;
      // Closing quotes and brackets belong to the sentence they end.
      while (j < to && /["'”’)\]]/u.test(text[j] ?? '')) j++;
      const atBreak = j >= to || /\s/u.test(text[j] ?? '');
      if (atBreak && ch !== ';' && endsSentence(text, start, i, j, to)) {
        yield [start, j];
        start = skipSpace(text, j, to);
        i = start;
        continue;
      }
      // A semicolon followed by a capitalized clause splits long sentences into clauses.
      if (ch === ';' && atBreak && /^\s+[A-Z]/u.test(text.slice(j, j + 3))) {
        yield [start, i + 1];
        start = skipSpace(text, j, to);
        i = start;
        continue;
      }
    }
    if (i - start >= MAX_SENTENCE && (/[\s,]/u.test(ch ?? '') || (i - start >= MAX_SENTENCE_HARD && !isLowSurrogate(text.charCodeAt(i))))) {
      yield [start, i];
      start = skipSpace(text, i, to);
      i = start;
      continue;
    }
    i++;
  }
  const end = lastNonSpace(text, to, start);
  if (end > start) yield [start, end];
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceOrBullet(text.charCodeAt(i))) i++;
  return i;
}

function endsSentence(text: string, start: number, dot: number, after: number, to: number): boolean {
  if (text[dot] !== '.') return true;
  // The word before the period.
  let w = dot;
  while (w > start && /[\p{L}.]/u.test(text[w - 1] ?? '')) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) {
    // "Co., Ltd." or "Dec. 27": an abbreviation ends a sentence only before a capital that starts a new clause.
    const next = text.slice(skipSpace(text, after, to), skipSpace(text, after, to) + 1);
    if (word === 'co' || word === 'ltd' || word === 'inc' || word === 'corp') return /^[A-Z]/u.test(next) && word !== 'co';
    return false;
  }
  // A single capital letter is an initial ("J. Smith").
  if (/^\p{Lu}$/u.test(text.slice(w, dot))) return false;
  // The next sentence starts with a capital, digit or quote.
  const n = skipSpace(text, after, to);
  if (n >= to) return true;
  return /[\p{Lu}\d"“‘'([]/u.test(text[n] ?? '');
}
