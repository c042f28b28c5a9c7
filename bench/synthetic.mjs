/**
 * A synthetic corpus made from the default one, for benchmarks and for tests that need many
 * articles: generated on the fly, never written to disk.
 *
 * Articles come in clusters, one synthetic article per source article in each cluster, as a
 * research corpus holds many stories with a few articles each. Within a cluster the source
 * articles' entities are renamed the same way (so its articles still talk about the same
 * companies and people, and still disagree where the sources do), years are shifted by the same
 * offset and figures scaled by the same factor; each article's sentences are shuffled within
 * their paragraphs. Clusters differ from one another, so nothing links across them but
 * generic names ('China', 'the central bank').
 *
 *   import { syntheticCorpus } from './synthetic.mjs';
 *   for (const doc of syntheticCorpus(sources, names, { articles: 1000 })) ...
 */

/** A small seeded generator (mulberry32): the same seed gives the same corpus. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Anna', 'Boris', 'Carla', 'David', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Karin', 'Liam', 'Maya', 'Nikolai', 'Olga', 'Pedro', 'Quinn', 'Rosa', 'Samuel', 'Tara', 'Umar', 'Vera', 'Walter', 'Yusuf', 'Zoe'];
const LAST = ['Alvarez', 'Brandt', 'Castillo', 'Dalton', 'Eriksen', 'Fischer', 'Gomez', 'Hartmann', 'Ivanova', 'Jensen', 'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quist', 'Romano', 'Sato', 'Tanaka', 'Ueda', 'Varga', 'Weber', 'Xu', 'Young'];
const ONSET = ['B', 'C', 'D', 'F', 'G', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'Z', 'Br', 'Kr', 'Tr', 'St', 'Pl'];
const VOWEL = ['a', 'e', 'i', 'o', 'u', 'ai', 'eo'];
const CODA = ['n', 'r', 'x', 'l', 'm', 's', 'v', 'k'];

/**
 * A made-up brand word ('Korvastena'), unlike any English word. Three syllables: with two, the
 * thousands of clusters of a large corpus drew words a letter apart ('Korvana', 'Korvano'), which
 * linking rightly reads as spellings of one name, and the clusters ran together into a few
 * entities with thousands of aliases that no real corpus has. From about 2.8 billion words, two
 * of a corpus's tens of thousands are rarely a letter apart.
 */
function brand(rnd) {
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const syllable = () => `${pick(ONSET).toLowerCase()}${pick(VOWEL)}${pick(CODA)}`;
  const word = `${syllable()}${syllable()}${syllable()}${rnd() < 0.5 ? 'a' : 'o'}`;
  return word[0].toUpperCase() + word.slice(1);
}

/**
 * The words of entity names worth renaming: capitalized words of person and organization names
 * whose lower-case form never occurs in the sources ('Bank' and 'Financial' stay). Person words
 * are marked 'first' (the first word of a person's name) or 'last', so they get person names back.
 *
 * @param {readonly { text: string }[]} sources
 * @param {readonly { name: string; type: string; aliases: readonly string[] }[]} entities
 * @returns {Map<string, 'first' | 'last' | 'organization'>}
 */
export function renamableWords(sources, entities) {
  const lower = new Set();
  for (const s of sources) for (const w of s.text.match(/\p{Ll}+/gu) ?? []) lower.add(w);
  const words = new Map();
  for (const e of entities) {
    if (e.type !== 'person' && e.type !== 'organization' && e.type !== 'product') continue;
    for (const name of [e.name, ...e.aliases]) {
      (name.match(/\p{Lu}[\p{L}\p{N}]*/gu) ?? []).forEach((w, i) => {
        if (w.length < 2 || lower.has(w.toLowerCase())) return;
        if (e.type === 'person' || !words.has(w)) words.set(w, e.type !== 'person' ? 'organization' : i === 0 ? 'first' : 'last');
      });
    }
  }
  return words;
}

function escape(word) {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Sentences of a paragraph: cut after . ! ? before a space and a capital or a quote. */
function sentencesOf(paragraph) {
  return paragraph.split(/(?<=[.!?]["”’]?) (?=["“‘]?\p{Lu})/u);
}

function shuffle(xs, rnd) {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const YEAR = /\b(?:19[5-9]\d|20[0-2]\d)\b/gu;
// A figure: after a currency sign, or before a magnitude word, a percent sign or a currency word.
const FIGURE = /(?<=[$¥€£] ?)\d[\d,]*(?:\.\d+)?|\b\d[\d,]*(?:\.\d+)?(?= ?(?:million|billion|trillion|%|percent|per cent|yuan|Yuan|RMB)\b)/gu;

function scaleFigure(text, factor) {
  const decimals = text.includes('.') ? (text.split('.')[1]?.length ?? 0) : 0;
  const value = Number(text.replaceAll(',', '')) * factor;
  const fixed = value.toFixed(decimals);
  return text.includes(',') ? Number(fixed).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) : fixed;
}

/**
 * Yields `articles` synthetic documents, cluster by cluster.
 *
 * @param {readonly { id: string; text: string; title?: string; outlet?: string; url?: string; published?: string }[]} sources
 *   the source articles, front matter parsed
 * @param {Map<string, 'first' | 'last' | 'organization'>} words what {@link renamableWords} returns
 * @param {{ articles: number; seed?: number }} options
 */
export function* syntheticCorpus(sources, words, { articles, seed = 1 }) {
  const list = [...words.keys()].sort((a, b) => b.length - a.length);
  const pattern = list.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  if (sources.length === 0) return;
  let made = 0;
  for (let cluster = 0; made < articles; cluster++) {
    const rnd = random(seed * 1_000_003 + cluster);
    const rename = new Map();
    for (const w of list) {
      const role = words.get(w);
      const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
      rename.set(w, role === 'first' ? pick(FIRST) : role === 'last' ? pick(LAST) : brand(rnd));
    }
    const shift = Math.floor(rnd() * 11) - 6;
    const factor = [1, 1.5, 2, 3][Math.floor(rnd() * 4)];
    const rewrite = (s) =>
      s
        .replace(YEAR, (y) => String(Number(y) + shift))
        .replace(FIGURE, (f) => scaleFigure(f, factor))
        .replace(pattern ?? /$^/u, (w) => rename.get(w) ?? w);
    for (const src of sources) {
      if (made >= articles) return;
      made++;
      const paragraphs = src.text.split(/\n\n/u).map((p, i) => (i === 0 ? p : shuffle(sentencesOf(p), rnd).join(' ')));
      const doc = { id: `${src.id}~${cluster}`, text: rewrite(paragraphs.join('\n\n')) };
      if (src.title) doc.title = rewrite(src.title);
      if (src.outlet) doc.outlet = src.outlet;
      if (src.url) doc.url = src.url.replace(YEAR, (y) => String(Number(y) + shift)).replace(/(?=\.html$|\/?$)/u, `-${cluster}`);
      if (src.published) doc.published = src.published.replace(YEAR, (y) => String(Number(y) + shift));
      yield doc;
    }
  }
}
