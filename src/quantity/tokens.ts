/**
 * The tokenizer the figure scanner runs on: one pass over the characters, no regular
 * expressions on the hot path, so a 100 KB article costs linear time and little garbage.
 */

/** What a token is: a number written in digits, a word, or a single other character. */
export type TokenKind = 'num' | 'word' | 'sym';

/** One token with its offsets into the text. */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** The text as written. */
  readonly text: string;
  /** Lower case, for lexicon look-ups. */
  readonly lower: string;
  /** Whether whitespace (or a skipped URL) separates it from the token before. */
  readonly gap: boolean;
  /** For numbers: the value as written (separators removed). */
  readonly value: number;
  /** For numbers: digits after the decimal point. */
  readonly decimals: number;
  /** For numbers: written with thousands separators ('3,000'). */
  readonly grouped: boolean;
  /** For numbers: not a plain quantity ('1.2.3', '1.000.000'): never a figure. */
  readonly bad: boolean;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const LETTER = /\p{L}/u;

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  // 元 is a currency sign in figures ('100元'), not a word.
  if (c === 0x5143) return false;
  return LETTER.test(text[i] ?? '');
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Three digits and then no digit: a thousands group. */
function groupAt(text: string, i: number): boolean {
  return isDigit(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && !isDigit(text.charCodeAt(i + 3));
}

/** Whether `text` at `i` starts with `word`, ignoring ASCII case (`word` is lower case). */
function startsWithFolded(text: string, i: number, word: string): boolean {
  for (let k = 0; k < word.length; k += 1) {
    if ((text.charCodeAt(i + k) | 0x20) !== word.charCodeAt(k)) return false;
  }
  return true;
}

function startsUrl(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20;
  if (c === 104) return startsWithFolded(text, i, 'http') && (text.startsWith('://', i + 4) || (startsWithFolded(text, i + 4, 's') && text.startsWith('://', i + 5)));
  return c === 119 && startsWithFolded(text, i, 'www') && text.charCodeAt(i + 3) === 46;
}

/** Splits `text` into tokens. URLs are skipped whole, since their digits are never figures. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  tokenizeRange(text, 0, text.length, out);
  return out;
}

/**
 * Tokenizes `text` from `from` up to `to` (a token that starts before `to` is read whole),
 * appending to `out`; returns where it stopped.
 */
function tokenizeRange(text: string, from: number, to: number, out: Token[]): number {
  const n = text.length;
  let i = from;
  let gap = true;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      gap = true;
      i += 1;
      continue;
    }
    if (startsUrl(text, i)) {
      while (i < n && !isSpace(text.charCodeAt(i))) i += 1;
      gap = true;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      let digits = '';
      let decimals = 0;
      let grouped = false;
      let bad = false;
      let seenPoint = false;
      while (i < n && isDigit(text.charCodeAt(i))) i += 1;
      digits = text.slice(start, i);
      for (;;) {
        const d = text.charCodeAt(i);
        if (d === 44 && !seenPoint && groupAt(text, i + 1)) {
          digits += text.slice(i + 1, i + 4);
          grouped = true;
          i += 4;
        } else if (d === 32 && text.charCodeAt(i + 1) === 44 && text.charCodeAt(i + 2) === 32 && !seenPoint && groupAt(text, i + 3)) {
          // Treebank-tokenized text writes '80 , 000'.
          digits += text.slice(i + 3, i + 6);
          grouped = true;
          i += 6;
        } else if (d === 46 && isDigit(text.charCodeAt(i + 1))) {
          if (seenPoint) bad = true;
          seenPoint = true;
          let j = i + 1;
          while (j < n && isDigit(text.charCodeAt(j))) j += 1;
          if (!bad) {
            digits += '.' + text.slice(i + 1, j);
            decimals = j - i - 1;
          }
          i = j;
        } else if (d === 32 && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 32 && isDigit(text.charCodeAt(i + 3)) && !seenPoint) {
          // Treebank-tokenized text writes '6 . 2 %'.
          let j = i + 3;
          while (j < n && isDigit(text.charCodeAt(j))) j += 1;
          digits += '.' + text.slice(i + 3, j);
          decimals = j - i - 3;
          seenPoint = true;
          i = j;
        } else {
          break;
        }
      }
      const raw = text.slice(start, i);
      out.push({ kind: 'num', start, end: i, text: raw, lower: raw, gap, value: Number(digits), decimals, grouped, bad });
    } else if (isLetter(text, i)) {
      // Most words are already lower case: remember whether lowering is needed at all.
      let upper = !(c >= 97 && c <= 122);
      i += 1;
      for (;;) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) {
          i += 1;
        } else if (i < n && isLetter(text, i)) {
          upper = true;
          i += 1;
        } else if ((text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019) && isLetter(text, i + 1)) {
          i += 2;
        } else {
          break;
        }
      }
      // Dotted abbreviations ('U.S.', 'u.s') stay one word.
      if (i - start === 1 && text.charCodeAt(i) === 46 && isLetter(text, i + 1) && !isLetter(text, i + 2)) {
        i += 2;
        if (text.charCodeAt(i) === 46) i += 1;
        upper = true;
      }
      const raw = text.slice(start, i);
      out.push({ kind: 'word', start, end: i, text: raw, lower: upper ? raw.toLowerCase() : raw, gap, value: Number.NaN, decimals: 0, grouped: false, bad: false });
    } else {
      // One character, or a surrogate pair for signs outside the basic plane.
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      const raw = text.slice(start, i);
      out.push({ kind: 'sym', start, end: i, text: raw, lower: raw, gap, value: Number.NaN, decimals: 0, grouped: false, bad: false });
    }
    gap = false;
  }
  return i;
}

/** How far before and after a trigger the figure scanner may look, in characters. */
const BACK = 64;
const FORWARD = 128;

/** Words that can be (or scale) a spelled-out number, bucketed by their first letter. */
const TRIGGER_WORDS: ReadonlyMap<number, readonly string[]> = (() => {
  const words = [
    'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
    'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fourty', 'fifty',
    'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'lakh', 'lakhs', 'lac',
    'crore', 'crores', 'dozen',
  ];
  const byFirst = new Map<number, string[]>();
  for (const w of words) {
    const list = byFirst.get(w.charCodeAt(0)) ?? [];
    list.push(w);
    byFirst.set(w.charCodeAt(0), list);
  }
  return byFirst;
})();

/** Characters that can stand for a currency or a percentage. */
const SIGN_CHARS = new Set([...'$€£¥￥元₹₩₽₺₫₱฿₪₦₴₡₭₾₸₮₲₵%％'].map((ch) => ch.charCodeAt(0)));

/** A barrier between two stretches of tokens: matches nothing, so no look-up crosses it. */
function barrier(at: number): Token {
  return { kind: 'sym', start: at, end: at, text: '', lower: '', gap: true, value: Number.NaN, decimals: 0, grouped: false, bad: false };
}

/**
 * Tokens only where a figure can be: near digits, currency and percent signs, and number
 * words. Stretches of plain prose in between are skipped (a barrier token marks each gap), which
 * is most of an article; every look-up the scanner makes stays well within BACK and FORWARD.
 */
export function tokenizeNear(text: string): Token[] {
  const n = text.length;
  const windows: number[] = [];
  const mark = (at: number): void => {
    const last = windows.length - 1;
    if (last > 0 && (windows[last] ?? 0) >= at - BACK) {
      windows[last] = at + FORWARD;
    } else {
      windows.push(Math.max(0, at - BACK), at + FORWARD);
    }
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mark(i);
      while (i < n && isDigit(text.charCodeAt(i))) i += 1;
    } else if ((c | 0x20) >= 97 && (c | 0x20) <= 122) {
      const start = i;
      i += 1;
      for (;;) {
        const d = text.charCodeAt(i) | 0x20;
        if (d < 97 || d > 122) break;
        i += 1;
      }
      // Number words are 3 to 9 letters long.
      const bucket = i - start >= 3 && i - start <= 9 ? TRIGGER_WORDS.get(c | 0x20) : undefined;
      if (bucket) {
        for (const w of bucket) {
          if (w.length === i - start && startsWithFolded(text, start, w)) {
            mark(start);
            break;
          }
        }
      }
    } else {
      if (SIGN_CHARS.has(c)) mark(i);
      i += 1;
    }
  }
  const out: Token[] = [];
  let pos = 0;
  for (let w = 0; w + 1 < windows.length; w += 2) {
    let from = Math.max(windows[w] ?? 0, pos);
    let to = Math.min(windows[w + 1] ?? n, n);
    // Start and end on whitespace, so no word or number is cut.
    while (from > pos && !isSpace(text.charCodeAt(from - 1))) from -= 1;
    while (to < n && !isSpace(text.charCodeAt(to))) to += 1;
    if (from >= to) continue;
    if (out.length > 0) out.push(barrier(from));
    pos = tokenizeRange(text, from, to, out);
  }
  return out;
}
