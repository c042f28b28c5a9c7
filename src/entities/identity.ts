import { LEGAL_SUFFIXES } from './name-words.js';
import type { EntityType } from '../types.js';

// Words too common to identify an organization on their own.
const GENERIC = new Set([
  'bank', 'group', 'technology', 'technologies', 'tech', 'digital', 'online', 'internet', 'finance', 'financial', 'capital',
  'china', 'chinese', 'consumer', 'services', 'service', 'international', 'global', 'new', 'the', 'of', 'and', 'national',
  'first', 'people', 'peoples', 'commercial', 'development', 'holdings', 'network', 'electronics', 'electronic', 'software',
]);

const FOLDED = /^[A-Za-z0-9&-]+(?: [A-Za-z0-9&-]+)*$/u;

/** Folds quotes and spaces so spellings of one name compare equal. */
export function foldName(name: string): string {
  // Words of ASCII letters, digits, '&' and '-' between single spaces (most names): nothing to fold.
  return FOLDED.test(name) ? name : foldNameFully(name);
}

/** {@link foldName} by its rules alone, without the shortcut for plain names (which tests hold it to). */
export function foldNameFully(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b`´]/gu, "'")
    .replace(/[\u201c\u201d\u201e\u201f«»]/gu, '"')
    .replace(/\s+/gu, ' ')
    .replace(/^["']+/u, '')
    .replace(/(?<!["',.])["',.]+$/u, '')
    .replace(/'s$/u, '')
    .trim();
}

// Names are compared many times while linking; their words are worth remembering. Bounded, so a
// long-running process does not grow without limit: two generations, the older dropped when the
// newer fills, and a name still in use moves to the newer on its next lookup. Unlike clearing one
// full map, a large corpus keeps the names it is working on (least recently used go first).
// 8,192 a generation: linking keeps its own table of names, so what this serves is the repeats
// within an article; at 50,000 the two generations held about 25 MB more after extracting 10,000
// articles (names are slices that keep their article's text), with no more hits that counted.
const WORDS_GENERATION = 8192;
let wordsRecent = new Map<string, string[]>();
let wordsOlder = new Map<string, string[]>();

/** The words of a name without legal suffixes ('Acme Technology Co., Ltd.' → acme technology). */
export function nameWords(name: string): string[] {
  const cached = wordsRecent.get(name);
  if (cached) return cached;
  const words = wordsOlder.get(name) ?? computeNameWords(name);
  if (wordsRecent.size >= WORDS_GENERATION) {
    wordsOlder = wordsRecent;
    wordsRecent = new Map();
  }
  wordsRecent.set(name, words);
  return words;
}

// Words of ASCII letters and digits between single spaces: most names, which need no folding.
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/u;

/** {@link nameWords} without its cache, for a caller that keeps the words of every name it meets. */
export function nameWordsOf(name: string): string[] {
  return computeNameWords(name);
}

// 'S.A.', 'S.A', 'N.V.', 'S.p.A.': single letters (or 'p') joined by dots, at a word's start.
const DOTTED_ABBREVIATION = /(?<![\p{L}.])\p{L}{1,2}(?:\.\p{L}{1,2})+\.?(?!\p{L})/gu;

function computeNameWords(name: string): string[] {
  // Plain ASCII words between single spaces (most names): folding changes nothing, the spaces split it.
  // 'S.A.', 'N.V.', 'S.p.A.': letters joined by dots are one word (a legal form), not several.
  const joined = name.includes('.') ? name.replace(DOTTED_ABBREVIATION, (m) => m.replaceAll('.', '')) : name;
  const words = (PLAIN_WORDS.test(joined) ? joined.toLowerCase().split(' ') : foldName(joined).toLowerCase().split(/[^\p{L}\p{N}&]+/u)).filter((w) => w.length > 0);
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  return words;
}

/** The key under which names are merged: legal suffixes and case removed. */
export function nameKey(name: string): string {
  return nameWords(name).join(' ');
}

/** A URL-safe slug of a name, for ids. */
export function slug(name: string): string {
  // Plain words of ASCII letters and digits (most names): what the general case gives them.
  if (PLAIN_WORDS.test(name)) return name.toLowerCase().replaceAll(' ', '-');
  return (
    foldName(name)
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+/u, '')
      .replace(/(?<!-)-+$/u, '') || 'unnamed'
  );
}

/** The id prefix of an entity type. */
export function typePrefix(type: EntityType): string {
  return type === 'person' ? 'person' : type === 'organization' ? 'org' : type === 'product' ? 'product' : 'other';
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Whether two words are spellings of one word: equal, one letter apart, or one stem with another ending. */
function sameWord(a: string, b: string): 'equal' | 'variant' | false {
  if (a === b) return 'equal';
  const short = Math.min(a.length, b.length);
  if (short >= 5 && editDistanceAtMostOne(a, b)) return 'variant';
  const p = commonPrefix(a, b);
  if (short >= 5 && p >= 5 && p >= short - 1) return 'variant';
  return false;
}

function wordsMatch(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  let variants = 0;
  let distinctive = false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    const same = sameWord(x, y);
    if (!same) return false;
    if (same === 'variant') variants++;
    if (!GENERIC.has(x) || !GENERIC.has(y)) distinctive = true;
  }
  return variants <= 1 && distinctive;
}

// A descriptive last word that some sources leave out of a name of three words or more ('Acme
// Digital Technology' = 'Acme Digital', 'Blue Lotus Airways' = 'Blue Lotus'): what line of business
// the company is in, never what unit of it ('X Y Finance' and 'X Y Bank' stay apart from 'X Y').
const DROPPABLE_TAIL = new Set([
  'technology', 'technologies', 'tech', 'air', 'airways', 'airlines', 'aviation', 'media', 'medien', 'verlag', 'publishing',
  'motors', 'automotive', 'pharmaceuticals', 'pharma', 'therapeutics', 'biosciences', 'biotech', 'energy', 'mining',
  'resources', 'shipping', 'telecom', 'telecoms', 'communications', 'foods', 'properties', 'hotels', 'industries',
  'enterprises', 'partners', 'capital', 'cannabis', 'seafoods', 'seafood', 'hospitals', 'healthcare', 'mobility', 'interactive',
  'games', 'studios', 'botanicals', 'brands', 'towers', 'logistics', 'robotics', 'cement', 'apparel', 'fashion',
  'microinsurance', 'aerospace', 'drones', 'container', 'lines', 'comics',
]);

/** A name taken apart once for comparing it with many others: its words, key and organization forms. */
export interface NameShape {
  /** {@link nameWords} of the name. */
  readonly words: readonly string[];
  /** {@link nameKey} of the name. */
  readonly key: string;
  /** The word lists an organization name may also be written as (see {@link sameOrganizationName}). */
  readonly forms: readonly (readonly string[])[];
  /**
   * Per form, whether it leaves out the name's first word ('Acme Bank' of 'Hunan Acme Bank'). Two
   * such forms never match each other: 'Hunan Acme Bank' is not 'Hubei Acme Bank', nor 'Orbit
   * E-Commerce Bank' 'Velora E-Commerce Bank'.
   */
  readonly headless: readonly boolean[];
  /** One bit per length (two words or more) among `forms`: two names with no length in common cannot match. */
  readonly lengths: number;
}

/** Takes a name apart for {@link sameOrganizationShape} and {@link samePersonShape}. */
export function nameShape(name: string, words: readonly string[] = nameWords(name)): NameShape {
  const forms: (readonly string[])[] = [words];
  // Up to two such words ('Harwell Ridge Capital Partners' = 'Harwell Ridge').
  for (let n = words.length; n >= 3 && n > words.length - 2 && DROPPABLE_TAIL.has(words[n - 1] ?? ''); n--) forms.push(words.slice(0, n - 1));
  const headless = forms.map(() => false);
  for (const f of [...forms]) {
    if (f.length < 3) continue;
    forms.push(f.slice(1));
    headless.push(true);
  }
  let lengths = 0;
  for (const f of forms) if (f.length >= 2) lengths |= 1 << Math.min(f.length, 30);
  return { words, key: words.join(' '), forms, headless, lengths };
}

/**
 * Whether two organization names are spellings of one name: a letter apart ('Kailong' /
 * 'Kailung'), another ending of one stem, a descriptive last word left out, or a place name in
 * front of one of them ('Hunan Acme Bank' = 'Acme Bank', but not 'Hubei Acme Bank'). Needs at
 * least one distinctive word.
 */
export function sameOrganizationName(a: string, b: string): boolean {
  return sameOrganizationShape(nameShape(a), nameShape(b));
}

/** {@link sameOrganizationName} for names already taken apart (linking compares each many times). */
export function sameOrganizationShape(a: NameShape, b: NameShape): boolean {
  // Most candidate pairs differ in length in every form: no word-by-word comparison can match them.
  if ((a.lengths & b.lengths) === 0 && (a.words.length !== 1 || b.words.length !== 1)) return false;
  for (let i = 0; i < a.forms.length; i++) {
    const x = a.forms[i] ?? [];
    if (x.length < 2) continue;
    for (let j = 0; j < b.forms.length; j++) if (!(a.headless[i] && b.headless[j]) && wordsMatch(x, b.forms[j] ?? [])) return true;
  }
  const wa = a.words;
  const wb = b.words;
  return wa.length === 1 && wb.length === 1 && wordsMatch(wa, wb) && (wa[0] ?? '').length >= 6 && editDistanceAtMostOne(wa[0] ?? '', wb[0] ?? '');
}

/** Whether two person names are one name, possibly in the other order ('Wang Tao' / 'Tao Wang'). */
export function samePersonName(a: string, b: string): boolean {
  return samePersonShape(nameShape(a), nameShape(b));
}

/** {@link samePersonName} for names already taken apart. */
export function samePersonShape(a: NameShape, b: NameShape): boolean {
  if (a.key === b.key) return true;
  const wa = a.words;
  const wb = b.words;
  return wa.length === 2 && wb.length === 2 && wa[0] === wb[1] && wa[1] === wb[0];
}

/**
 * Keys that any two names {@link sameOrganizationName} or {@link samePersonName} could match
 * share at least one of: the first three letters of a distinctive word. Comparing only names
 * that share a key keeps linking near-linear in the number of names.
 */
export function blockKeys(name: string, words: readonly string[] = nameWords(name)): string[] {
  const distinctive = words.filter((w) => !GENERIC.has(w) && w.length >= 2);
  return [...new Set((distinctive.length > 0 ? distinctive : words).map((w) => w.slice(0, 3)))];
}

/**
 * Keys are 30-bit hashes, small integers that V8 keeps unboxed in maps and arrays: linking makes
 * hundreds of thousands of them, and strings (or boxed numbers) for them took more memory and time
 * than the comparisons they save. Two different strings sharing a key only adds a candidate pair,
 * never loses one.
 */
const SEED = 0x811c9dc5;
const mix = (h: number, x: number): number => Math.imul(h ^ x, 0x01000193) ^ (h >>> 15);
const SMALL = 0x3fffffff;

/** The key of the letters `from`..`to` of a word, under a seed that says what they stand for. */
function hashLetters(word: string, from: number, to: number, seed: number): number {
  let h = mix(SEED, seed);
  for (let i = from; i < to; i++) h = mix(h, word.charCodeAt(i));
  return h & SMALL;
}

/** The key of a sequence of keys but the one at `skip`, under a seed and a position. */
function hashKeys(keys: readonly number[], skip: number, seed: number, position: number): number {
  let h = mix(mix(SEED, seed), position);
  for (let k = 0; k < keys.length; k++) if (k !== skip) h = mix(h, keys[k] ?? 0);
  return h & SMALL;
}

/**
 * Keys that two words a letter apart share at least one of ('Kailong' / 'Kailung', 'Acme' /
 * 'Acmes'): for the length of the shorter of the two (the word's own length, or one less when it
 * is the longer), its first half or its second half, one of which the edit leaves alone.
 */
function oneEditKeys(word: string, seed: number, keys: number[]): void {
  const n = word.length;
  for (const m of [n, n - 1]) {
    if (m < 1) continue;
    const half = Math.ceil(m / 2);
    keys.push(hashLetters(word, 0, half, seed * 64 + m), hashLetters(word, n - (m - half), n, seed * 64 + 32 + m));
  }
}

/**
 * Where two names of one type may match, in two steps. Any two names that
 * {@link sameOrganizationShape} (organizations), {@link samePersonShape} (people) or equal keys
 * (other types) match share a block, and not both from a headless form (see
 * {@link NameShape.headless}), and within it a key of the one word the block leaves open. Two
 * organization forms match word for word with at most one word a variant of the other, so they
 * agree exactly on every other position: a block is a form with one position masked. The masked
 * word is keyed as itself when it is too short to have variants, else by its first five letters
 * (which a shared stem, or an edit after them, leaves alone) or by its length and the letters
 * after the fifth (which an edit among the first five leaves alone; a word a letter longer also
 * offers its letters after the sixth under the shorter's length, for an insertion). One-word
 * names match only a letter apart: blocked by {@link oneEditKeys}.
 *
 * Calls `block(key, word, headless)` for each block of the name, `word` being the masked word ('' when none).
 */
function matchBlocks(shape: NameShape, type: EntityType, wordKey: (word: string) => number, block: (key: number, word: string, headless: boolean) => void): void {
  if (type !== 'organization') {
    block(hashLetters(shape.key, 0, shape.key.length, 1), '', false);
    const [x, y] = shape.words;
    if (type === 'person' && shape.words.length === 2 && x !== undefined && y !== undefined) block(hashKeys(x < y ? [wordKey(x), wordKey(y)] : [wordKey(y), wordKey(x)], -1, 2, 0), '', false);
    return;
  }
  shape.forms.forEach((form, f) => {
    if (form.length < 2) return;
    const headless = shape.headless[f] === true;
    const keys = form.map(wordKey);
    for (let i = 0; i < form.length; i++) block(hashKeys(keys, i, 3 + form.length, i), form[i] ?? '', headless);
  });
  const only = shape.words.length === 1 ? shape.words[0] : undefined;
  if (only !== undefined && only.length >= 5) {
    const keys: number[] = [];
    oneEditKeys(only, 4, keys);
    for (const key of keys) block(key, '', false);
  }
}

/** How many blocks {@link matchBlocks} gives a name. */
function blockCount(shape: NameShape, type: EntityType): number {
  if (type !== 'organization') return type === 'person' && shape.words.length === 2 ? 2 : 1;
  let n = 0;
  for (const form of shape.forms) if (form.length >= 2) n += form.length;
  const only = shape.words.length === 1 ? shape.words[0] : undefined;
  if (only !== undefined && only.length >= 5) n += 4;
  return n;
}

/** The keys of a word left open by a block (see {@link matchBlocks}). */
function openWordKeys(word: string): number[] {
  const n = word.length;
  if (n < 5) return [hashLetters(word, 0, n, 10)];
  return [hashLetters(word, 0, 5, 11), hashLetters(word, 5, n, 100 + n), hashLetters(word, 6, n, 100 + n - 1)];
}

/**
 * Pairs of indices (i < j, each pair once, in index order) whose names may match (see
 * {@link matchBlocks}): a superset of the pairs the comparison accepts, and a small one. `shapes`
 * holds each item's names taken apart. A key that more than 200 items have whole is too common
 * to use; items that have it headless ('Orbit E-Commerce Bank' as 'E-Commerce Bank') are paired
 * only with those, so a tail shared by thousands of names costs thousands of pairs, not millions.
 */
export function* matchingPairs(shapes: readonly (readonly NameShape[])[], type: EntityType): Generator<[number, number], void, undefined> {
  const wordKeys = new Map<string, number>();
  const wordKey = (word: string): number => {
    let h = wordKeys.get(word);
    if (h === undefined) {
      h = hashLetters(word, 0, word.length, 0);
      wordKeys.set(word, h);
    }
    return h;
  };
  // Blocks as linked lists over flat arrays of entries (an entry is an item, its open word, and
  // whether it has the block from a headless form), their heads in an open-addressing table keyed
  // by the block's hash: a few typed arrays, sized once, where maps and growing arrays of
  // hundreds of thousands of entries cost far more memory than they hold.
  let total = 0;
  for (const list of shapes) for (const shape of list) total += blockCount(shape, type);
  const next = new Int32Array(total);
  const items = new Int32Array(total);
  const sizes = new Int32Array(total);
  const headlessOf = new Uint8Array(total);
  const words = new Array<string>(total).fill('');
  let capacity = 16;
  while (capacity < total * 2) capacity *= 2;
  const slotKey = new Int32Array(capacity).fill(-1);
  const slotHead = new Int32Array(capacity);
  let count = 0;
  shapes.forEach((list, item) => {
    for (const shape of list) {
      matchBlocks(shape, type, wordKey, (key, word, headless) => {
        let slot = key & (capacity - 1);
        while (slotKey[slot] !== -1 && slotKey[slot] !== key) slot = (slot + 1) & (capacity - 1);
        const first = slotKey[slot] === key ? (slotHead[slot] as number) : -1;
        if (first >= 0 && items[first] === item && words[first] === word && headlessOf[first] === (headless ? 1 : 0)) return;
        if (count >= total) throw new Error('matchingPairs: a name has more blocks than blockCount says');
        next[count] = first;
        items[count] = item;
        words[count] = word;
        headlessOf[count] = headless ? 1 : 0;
        sizes[count] = first < 0 ? 1 : (sizes[first] as number) + 1;
        slotKey[slot] = key;
        slotHead[slot] = count++;
      });
    }
  });
  // Partners of each item among the items after it; sorted and deduplicated when yielded.
  const partners = new Array<number[] | undefined>(shapes.length).fill(undefined);
  const pair = (a: number, b: number): void => {
    if (a === b) return;
    const i = a < b ? a : b;
    const j = a < b ? b : a;
    const list = partners[i];
    if (list === undefined) partners[i] = [j];
    else list.push(j);
  };
  for (let slot = 0; slot < capacity; slot++) {
    if (slotKey[slot] === -1) continue;
    const first = slotHead[slot] as number;
    const size = sizes[first] ?? 0;
    if (size < 2) continue;
    if (size <= SMALL_BLOCK) {
      // A few names: pair them all (but two headless forms), without keying the open word.
      for (let e = first; e >= 0; e = next[e] ?? -1) {
        for (let f = next[e] ?? -1; f >= 0; f = next[f] ?? -1) if (!(headlessOf[e] && headlessOf[f])) pair(items[e] ?? -1, items[f] ?? -1);
      }
      continue;
    }
    const keyed = new Map<number, { whole: number[]; headless: number[] }>();
    for (let e = first; e >= 0; e = next[e] ?? -1) {
      for (const key of openWordKeys(words[e] ?? '')) {
        let k = keyed.get(key);
        if (k === undefined) {
          k = { whole: [], headless: [] };
          keyed.set(key, k);
        }
        (headlessOf[e] ? k.headless : k.whole).push(items[e] ?? -1);
      }
    }
    for (const { whole, headless } of keyed.values()) {
      if (whole.length > MAX_BLOCK) continue;
      for (let x = 0; x < whole.length; x++) {
        const a = whole[x] as number;
        for (let y = x + 1; y < whole.length; y++) pair(a, whole[y] as number);
        for (const b of headless) pair(a, b);
      }
    }
  }
  for (let i = 0; i < partners.length; i++) {
    const list = partners[i];
    if (list === undefined) continue;
    partners[i] = undefined;
    list.sort((x, y) => x - y);
    for (let k = 0; k < list.length; k++) if (k === 0 || list[k] !== list[k - 1]) yield [i, list[k] as number];
  }
}

// Blocks this small are paired whole: keying their open word costs more than it saves.
const SMALL_BLOCK = 6;

// A key shared by very many names is too common to tell anything; skip rather than go quadratic.
const MAX_BLOCK = 200;

/**
 * Pairs of indices whose names share a block key ({@link blockKeys}, or `keysOf` when a caller
 * has the names' words at hand already), each pair once, in index order. The pairs are
 * made as they are read, one index at a time: a corpus of 10,000 articles has millions of them,
 * and holding them all (with a set to skip repeats) took more memory than everything else.
 */
export function* candidatePairs(names: readonly (readonly string[])[], keysOf: (name: string) => readonly string[] = blockKeys): Generator<[number, number], void, undefined> {
  const blocks = new Map<string, number[]>();
  const keysByIndex: string[][] = [];
  names.forEach((list, i) => {
    const keys = [...new Set(list.flatMap((name) => keysOf(name)))];
    keysByIndex.push(keys);
    for (const key of keys) {
      const b = blocks.get(key);
      if (b) b.push(i);
      else blocks.set(key, [i]);
    }
  });
  // mark[j] === i: j is already paired with i (it shares more than one key with it).
  const mark = new Int32Array(names.length).fill(-1);
  for (let i = 0; i < names.length; i++) {
    const partners: number[] = [];
    for (const key of keysByIndex[i] ?? []) {
      const members = blocks.get(key) ?? [];
      if (members.length > MAX_BLOCK) continue;
      for (const j of members) {
        if (j <= i || mark[j] === i) continue;
        mark[j] = i;
        partners.push(j);
      }
    }
    partners.sort((x, y) => x - y);
    for (const j of partners) yield [i, j];
  }
}
