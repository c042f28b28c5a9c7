/**
 * Words found by their character codes, for the loops that visit every word of every sentence: a
 * regular expression's match object for each word was the largest part of what extraction
 * allocated, and the collector's work with it.
 */

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
// What each UTF-16 code unit outside ASCII is: 0 not yet known, 1 a letter or number, 2 neither.
const BMP = new Uint8Array(0x10000);

/**
 * The length of the letter or number (`[\p{L}\p{N}]`) that starts at `i`: 1, 2 for one outside
 * the Basic Multilingual Plane, 0 if there is none.
 */
export function letterOrNumberAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i) ?? c;
    return cp > 0xffff && LETTER_OR_NUMBER.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let known = BMP[c];
  if (known === 0) {
    known = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
    BMP[c] = known;
  }
  return known === 1 ? 1 : 0;
}

/** The end of the run of letters and numbers that starts at `i`, stopping at `to`. */
export function lettersEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const n = letterOrNumberAt(text, i);
    if (n === 0 || i + n > to) break;
    i += n;
  }
  return i;
}

/**
 * The end of the word that starts at `i` (a letter or number there), stopping at `to`: runs of
 * letters and numbers joined by single characters that `joins` accepts, as
 * `[\p{L}\p{N}]+(?:[joiners][\p{L}\p{N}]+)*` matches.
 */
export function wordEnd(text: string, i: number, to: number, joins: (code: number) => boolean): number {
  let end = lettersEnd(text, i, to);
  while (end + 1 < to && joins(text.charCodeAt(end))) {
    const n = letterOrNumberAt(text, end + 1);
    if (n === 0 || end + 1 + n > to) break;
    end = lettersEnd(text, end + 1, to);
  }
  return end;
}

/** Where the next letter or number at or after `i` starts (`to` if none does before `to`). */
export function wordStart(text: string, i: number, to: number): number {
  while (i < to) {
    const n = letterOrNumberAt(text, i);
    if (n !== 0 && i + n <= to) return i;
    i += Math.max(n, 1);
  }
  return to;
}
