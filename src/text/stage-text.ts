// The NLP libraries the stages stand on are not linear on hostile input: compromise slows with
// the square of a run of punctuation and of unbalanced brackets, and both it and chrono-node
// trip over control characters, lone surrogates and markup; the stages' own patterns expect
// single ASCII spaces between words. The stages therefore read a copy of the text with all that
// neutralized. It is made in two passes: `blankText` replaces characters one for one (so its
// offsets are the original's), then `stageView` squeezes runs of spaces and keeps, for every
// character left, the offset it came from; `restoreSpans` moves the stages' spans back with it.

/**
 * A run of punctuation keeps this many characters, enough for the longest ordinary one
 * ('(2016)...")' ends in six); the rest are blanked.
 */
export const MAX_PUNCTUATION_RUN = 6;

// How far a '<' may be from its '>' to count as a tag; bounded so a stray '<' costs O(1).
const MAX_TAG = 1000;
// Elements whose content is code, not prose.
const RAW_ELEMENTS = ['script', 'style'] as const;
// Character references replaced in place by their character plus padding spaces.
const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&', '&nbsp;': ' ', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&#39;': "'",
  '&mdash;': '—', '&ndash;': '–', '&rsquo;': '’', '&lsquo;': '‘', '&rdquo;': '”', '&ldquo;': '“', '&hellip;': '…',
};
const MAX_ENTITY = 8;

const PUNCTUATION = /^\p{P}$/u;

/** Whether a UTF-16 code unit counts towards a run of punctuation. */
function isRunChar(code: number, ch: string): boolean {
  if (code < 0x80) {
    // ASCII punctuation and symbols: !"#$%&'()*+,-./ :;<=>?@ [\]^_` {|}~
    return (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e);
  }
  return code < 0xd800 && PUNCTUATION.test(ch);
}

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}

// Tabs and Unicode spaces (no-break, thin, ideographic, ...): patterns in the stages match a
// plain ' '.
function isOtherSpace(code: number): boolean {
  return code === 0x09 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

// Format characters with no width: soft hyphen, zero-width space/joiners, direction marks,
// embeddings and isolates, word joiner and invisible operators, BOM.
function isInvisible(code: number): boolean {
  return (
    code === 0xad || code === 0x180e || (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff
  );
}

// Emoji count as word characters here so that joiners inside an emoji sequence stay.
const WORD = /^[\p{L}\p{N}\p{M}\p{Extended_Pictographic}]$/u;

/** Whether the code point ending just before `at` is a letter, digit, mark or emoji. */
function isWordBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const start = isLow(low) && at >= 2 && isHigh(text.charCodeAt(at - 2)) ? at - 2 : at - 1;
  return isWordAt(text, start);
}

/** Whether the code point starting at `at` is a letter, digit, mark or emoji. */
function isWordAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const cp = text.codePointAt(at) ?? 0;
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  return WORD.test(String.fromCodePoint(cp));
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const isTagStart = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2f || code === 0x21;

/**
 * The first half of {@link stageText}: a copy of `text` of the same length, offset for offset,
 * with what makes the NLP libraries slow or confused blanked to spaces: HTML tags, comments and
 * script/style content; character references (`&amp;` becomes `&` and spaces); control
 * characters (NUL and the like); invisible marks between words (zero-width space, direction
 * marks, BOM); and every run of punctuation beyond its first {@link MAX_PUNCTUATION_RUN}
 * characters. Unicode spaces and tabs become ASCII spaces; a lone CR and the Unicode line and
 * paragraph separators become LF; lone surrogates become U+FFFD. Returns `text` itself when
 * nothing needed changing. Linear in the length of `text`, and idempotent.
 */
export function blankText(text: string): string {
  // The copy is built from the unchanged stretches between replaced characters: replacements
  // come in increasing order of offset, one code unit for one.
  const parts: string[] = [];
  let copied = 0;
  const put = (i: number, ch: string): void => {
    parts.push(text.slice(copied, i), ch);
    copied = i + 1;
  };
  const blank = (from: number, to: number): void => {
    // Line breaks stay (they still end paragraphs); a tab or a lone CR becomes what it becomes
    // outside a blanked stretch, so a second pass changes nothing.
    for (let k = from; k < to; k++) {
      const ch = text[k];
      if (ch === ' ' || ch === '\n' || (ch === '\r' && text[k + 1] === '\n')) continue;
      put(k, ch === '\r' ? '\n' : ' ');
    }
  };
  // Where a search for a closing `</script` (or `</style`) already failed: it fails from any later point too.
  const noClose = new Map<string, number>();
  let run = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x3c && isTagStart(text.charCodeAt(i + 1))) {
      const end = tagEnd(text, i);
      if (end > 0) {
        blank(i, end);
        const raw = rawElement(text, i);
        i = end;
        if (raw !== undefined) {
          const close = findClose(text, i, raw, noClose);
          if (close > 0) {
            blank(i, close);
            i = close;
          }
        }
        run = 0;
        continue;
      }
    }
    if (code === 0x26) {
      const ref = entityAt(text, i);
      if (ref !== undefined) {
        const ch = ENTITIES[ref] ?? ' ';
        // The decoded character still counts towards a run, so a second pass changes nothing.
        const overRun = isRunChar(ch.charCodeAt(0), ch) && run + 1 > MAX_PUNCTUATION_RUN;
        put(i, overRun ? ' ' : ch);
        blank(i + 1, i + ref.length);
        i += ref.length;
        run = 0;
        continue;
      }
    }
    if (isHigh(code)) {
      if (isLow(text.charCodeAt(i + 1))) {
        i += 2;
        run = 0;
        continue;
      }
      put(i, '\uFFFD');
      i++;
      run = 0;
      continue;
    }
    if (isLow(code)) {
      put(i, '\uFFFD');
      i++;
      run = 0;
      continue;
    }
    if (isControl(code)) {
      put(i, ' ');
      i++;
      run = 0;
      continue;
    }
    if (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a) {
      // A lone CR (old Mac line ends) is a line break, as LF and CRLF are.
      put(i, '\n');
      i++;
      run = 0;
      continue;
    }
    if (code === 0x2028 || code === 0x2029) {
      put(i, '\n');
      i++;
      run = 0;
      continue;
    }
    if (isOtherSpace(code)) {
      put(i, ' ');
      i++;
      run = 0;
      continue;
    }
    if (isInvisible(code)) {
      // Invisible marks (zero-width space, direction marks, BOM, soft hyphen) between words
      // become spaces, so 'Acme\u200B Holdings' and '\u202AAcme\u202C' read as plain words.
      // Inside a word they stay: blanking would split the word, and the length must not change.
      let j = i;
      while (j < text.length && isInvisible(text.charCodeAt(j))) j++;
      if (!(isWordBefore(text, i) && isWordAt(text, j))) blank(i, j);
      i = j;
      run = 0;
      continue;
    }
    if (isRunChar(code, text[i] ?? '')) {
      run++;
      if (run > MAX_PUNCTUATION_RUN) put(i, ' ');
    } else {
      run = 0;
    }
    i++;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/** The index just past the '>' closing a tag that starts at `from`, or -1 if this is no tag. */
function tagEnd(text: string, from: number): number {
  const comment = text.startsWith('<!--', from);
  const limit = Math.min(text.length, from + MAX_TAG);
  for (let k = from + 1; k < limit; k++) {
    const c = text[k];
    if (comment) {
      if (c === '>' && text[k - 1] === '-' && text[k - 2] === '-' && k - 2 > from + 3) return k + 1;
      continue;
    }
    if (c === '>') return k + 1;
    if (c === '<' || c === '\n') return -1;
  }
  return -1;
}

/** The element name if the tag at `from` opens a script or style element. */
function rawElement(text: string, from: number): (typeof RAW_ELEMENTS)[number] | undefined {
  for (const name of RAW_ELEMENTS) {
    if (text.slice(from + 1, from + 1 + name.length).toLowerCase() !== name) continue;
    const after = text[from + 1 + name.length];
    if (after === '>' || after === ' ' || after === '\t' || after === '\n' || after === '/') return name;
  }
  return undefined;
}

/** The index of `</name` at or after `from` (case-insensitive), or -1; remembers failures. */
function findClose(text: string, from: number, name: string, noClose: Map<string, number>): number {
  const failedFrom = noClose.get(name);
  if (failedFrom !== undefined && failedFrom <= from) return -1;
  const needle = `</${name}`;
  // Linear overall: the next search starts after the match, and a failure is never repeated.
  for (let k = text.indexOf('<', from); k >= 0; k = text.indexOf('<', k + 1)) {
    if (text.slice(k, k + needle.length).toLowerCase() === needle) return k;
  }
  noClose.set(name, from);
  return -1;
}

/** The character reference starting at `from`, if it is one of the known ones. */
function entityAt(text: string, from: number): string | undefined {
  let semi = -1;
  for (let k = from + 1; k < Math.min(text.length, from + MAX_ENTITY); k++) {
    if (text[k] === ';') {
      semi = k;
      break;
    }
  }
  if (semi < 0) return undefined;
  const ref = text.slice(from, semi + 1).toLowerCase();
  return ENTITIES[ref] !== undefined ? ref : undefined;
}

/** The staged copy of a text, and where each of its characters came from. */
export interface StageView {
  /** What the stages read. */
  readonly text: string;
  /** The offset in the original text of offset `at` of {@link StageView.text} (its length maps to the original's). */
  toOriginal(at: number): number;
}

/**
 * The text the extraction stages read: {@link blankText}, then every run of spaces within a
 * line squeezed to one, because tags and marks blanked to spaces (and double spaces in scraped
 * text) would otherwise break the stages' patterns between words. Line breaks are kept, so
 * lines, paragraphs and sentences are the same as in the original. Returns `text` itself when
 * nothing needed changing. Offsets into the result map back with {@link stageView};
 * `restoreSpans` does that for the stages' spans. Linear, and idempotent.
 */
export function stageText(text: string): string {
  return stageView(text).text;
}

/** {@link stageText} with the map from its offsets back to offsets of `text`. */
export function stageView(text: string): StageView {
  const blanked = blankText(text);
  let squeezable = false;
  for (let i = 1; i < blanked.length; i++) {
    if (blanked.charCodeAt(i) === 0x20 && blanked.charCodeAt(i - 1) === 0x20) {
      squeezable = true;
      break;
    }
  }
  if (!squeezable) return { text: blanked, toOriginal: (at) => at };
  const origin: number[] = [];
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < blanked.length; i++) {
    if (blanked.charCodeAt(i) === 0x20 && blanked.charCodeAt(i - 1) === 0x20) {
      if (from < i) parts.push(blanked.slice(from, i));
      from = i + 1;
      continue;
    }
    origin.push(i);
  }
  parts.push(blanked.slice(from));
  origin.push(blanked.length);
  const staged = parts.join('');
  return { text: staged, toOriginal: (at) => origin[Math.max(0, Math.min(at, origin.length - 1))] ?? text.length };
}
