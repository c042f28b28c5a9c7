import { BUSINESS_NOUNS, CALENDAR_WORDS, GEO_OF_HEADS, CURRENCY_WORDS, FUNCTION_WORDS, NON_NAME_ACRONYMS, ORG_HEADS, STOP_WORDS, TITLE_MODIFIERS, TITLE_WORDS } from './name-words.js';
import { HONORIFICS, isKoreanGivenName, isKoreanSurname } from './person-names.js';
import { wordEnd, wordStart } from '../text/words.js';
import { isCommonWord, isDemonym } from './common-words.js';

/** A capitalized name found in a sentence; offsets are into the document text. */
export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Followed by a possessive ('s), which is not part of the name. */
  readonly possessive: boolean;
  /** Directly inside quotation marks. */
  readonly quoted: boolean;
  /** A hyphenated cue right after the name: 'based' in 'X-based', 'backed' in 'X-backed'. */
  readonly hyphenCue?: string;
}

/**
 * Offsets a tagger marks, asked one at a time: a `Set` of offsets is one, and so is an answer
 * that is only computed when first asked (compromise's, which is slow).
 */
export interface OffsetTest {
  has(offset: number): boolean;
}

const NO_OFFSETS: OffsetTest = new Set<number>();

interface Token {
  readonly start: number;
  readonly end: number;
  text: string;
}

// A word: letters and digits, joined by inner apostrophes, hyphens, dots or ampersands.
const joinsWord = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x2d || c === 0x2e || c === 0x26;
const POSSESSIVE = /['’‘]s?$/u;
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»', '「', '」']);
const SPACE = /^[ \u00a0\u2009\u202f]$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const COMPASS = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)$/u;
const UNIT = /^(?:[kMGT]Wh?|[kMGT]Wp|[kMGT]VA|[KMGTP]B|[MG]bps|[MG]Hz|GWe|MWe|Mt|MT|bcm|tcf|mmBtu|MMBtu|TEU)$/u;
// '$', '€', '£', '¥', '₹', '₩' and the apostrophes, by character code: tested on every word.
const CURRENCY_SYMBOLS = new Set([0x24, 0x20ac, 0xa3, 0xa5, 0x20b9, 0x20a9]);
const APOSTROPHES = new Set([0x27, 0x2019, 0x2018]);

/** Whether a word starts with an ASCII lower-case letter (no name, no capitalized calendar word). */
function startsLower(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** Whether a digit comes right before `at`, or a digit and a space ('200 MW'). */
function afterDigit(text: string, at: number): boolean {
  const isDigit = (c: number): boolean => c >= 48 && c <= 57;
  const c = text.charCodeAt(at - 1);
  return isDigit(c) || (c === 32 && isDigit(text.charCodeAt(at - 2)));
}
// A verb of speaking right after a word: only a name (or a person) speaks.
const SPEAKS = /^['’]?\s+(?:(?:also|has|had|have|later|previously|then|on \p{Lu}\p{Ll}+)\s+)?(?:said|says|announced|announces|told|tells|reported|reports|declined|confirmed|confirms|denied|denies|added|stated)\b/u;

/** Whether a word is written like part of a name: a capital first letter, or a capital inside ('eBay'). */
function isCapWord(word: string): boolean {
  // Called on every word: ASCII first letters are decided by their code.
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) {
    let upper = false;
    for (let i = 1; i < word.length && !upper; i++) {
      const d = word.charCodeAt(i);
      upper = (d >= 65 && d <= 90) || d > 127;
    }
    if (!upper) return false;
  }
  if (/^\p{Lu}/u.test(word)) return true;
  return /^\p{Ll}+\p{Lu}/u.test(word);
}

function isAcronym(word: string): boolean {
  return /^[\p{Lu}\d]{2,6}s?$/u.test(word);
}

/**
 * Capitalized names in one sentence: runs of capitalized words, with 'of' and '&' inside
 * organization names ('Bank of X'), legal suffixes ('Co., Ltd.'), possessives split off and
 * sentence-initial function words dropped. `lowercaseWords` are words the document also uses in
 * lower case, so a capital at the start of a sentence does not make them names.
 */
export function findNames(
  docText: string,
  start: number,
  end: number,
  lowercaseWords: ReadonlySet<string>,
  notNames: OffsetTest = NO_OFFSETS,
  adjectives: OffsetTest = NO_OFFSETS,
  knownNames: ReadonlySet<string> = new Set(),
): NameSpan[] {
  const text = docText.slice(start, end);
  const tokens: Token[] = [];
  for (let at = wordStart(docText, start, end); at < end; ) {
    const wordEnds = wordEnd(docText, at, end, joinsWord);
    const token = { start: at, end: wordEnds, text: docText.slice(at, wordEnds) };
    at = wordStart(docText, wordEnds, end);
    // 'May 2015', '27 Dec': calendar words next to numbers are dates, and break a run of names.
    if (!startsLower(token.text) && isDateWord(docText, token)) token.text = token.text.toLowerCase();
    // '200 MW', '5 GW', '30 TWh': a unit after a number, not a name.
    if (afterDigit(docText, token.start) && UNIT.test(token.text)) token.text = token.text.toLowerCase();
    // 'C$48 million', 'HK$2 billion', 'A$': the letters of a currency, not a name.
    if (token.text.length <= 3 && CURRENCY_SYMBOLS.has(docText.charCodeAt(token.end)) && /^\p{Lu}{1,3}$/u.test(token.text)) token.text = token.text.toLowerCase();
    tokens.push(token);
  }
  const out: NameSpan[] = [];
  const dateline = DATELINE_HEAD.exec(text);
  const datelineEnd = dateline && /[A-Z]{2}/u.test(dateline[0]) ? start + dateline[0].length : start;
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isNameWord(first.text) || isDateAbbreviation(docText, first)) {
      i++;
      continue;
    }
    const run: Token[] = [first];
    let j = i + 1;
    let cue: string | undefined;
    while (j < tokens.length) {
      const prev = run[run.length - 1];
      const next = tokens[j];
      if (!prev || !next) break;
      if (endsName(prev.text)) break;
      // 'Acme-backed Nexbank': the cue word ends the first name.
      if (/^\p{Lu}[\p{L}\p{N}]*-\p{Ll}+$/u.test(prev.text)) break;
      const gap = docText.slice(prev.end, next.start);
      const prevLower = prev.text.toLowerCase();
      if (SPACE.test(gap) && isNameWord(next.text)) {
        run.push(next);
        j++;
        continue;
      }
      // 'Co., Ltd.', 'Co. Ltd', 'Group Co., Ltd.'
      if ((gap === '., ' || gap === '. ' || gap === ', ') && /^(?:ltd|limited|inc|llc|plc)$/iu.test(next.text) && /^(?:co|corp|company|group|holdings)$/iu.test(prevLower)) {
        run.push(next);
        j++;
        continue;
      }
      // 'Orion Foods (Shanghai) Co., Ltd.': a place in parentheses inside a company's legal name.
      const after = tokens[j + 1];
      if (gap === ' (' && isNameWord(next.text) && after && docText.slice(next.end, after.start) === ') ' && LEGAL_NAME_WORD.test(after.text)) {
        run.push(next, after);
        j += 2;
        continue;
      }
      // 'Bank of X', 'Johnson & Johnson'
      if (SPACE.test(gap) && after && isNameWord(after.text) && SPACE.test(docText.slice(next.end, after.start))) {
        // 'Cape of Good Hope', 'Gulf of Thailand': a place's name opened by a geographic word.
        if (next.text === 'of' && (ORG_HEADS.has(prevLower) || (GEO_OF_HEADS.has(prevLower) && run.every((t, k) => k === run.length - 1 || FUNCTION_WORDS.has(t.text.toLowerCase()))))) {
          run.push(next, after);
          j += 2;
          continue;
        }
        // 'Fondo de Reservas Mineras', 'Banco do Brasil', 'Ludwig van Dijk': a lower-case particle
        // between capitalized words of one name.
        if (NAME_PARTICLES.has(next.text)) {
          run.push(next, after);
          j += 2;
          continue;
        }
      }
      // 'Securities and Exchange Commission', 'Competition and Markets Authority': a public body's
      // name has 'and' inside; two names joined by 'and' end in no such head word.
      if (next.text === 'and' && SPACE.test(gap) && after && isNameWord(after.text) && SPACE.test(docText.slice(next.end, after.start)) && !LEGAL_NAME_WORD.test(prev.text)) {
        let k = j + 1;
        while (k + 1 < tokens.length && k < j + 3 && isNameWord(tokens[k + 1]?.text ?? '') && SPACE.test(docText.slice(tokens[k]?.end ?? 0, tokens[k + 1]?.start ?? 0)) && !PUBLIC_BODY_HEAD.test(tokens[k]?.text ?? '')) k++;
        const head = tokens[k];
        if (head && PUBLIC_BODY_HEAD.test(head.text)) {
          run.push(...tokens.slice(j, k + 1));
          j = k + 1;
          continue;
        }
      }
      if (gap === ' & ' && isNameWord(next.text)) {
        run.push(next);
        j++;
        continue;
      }
      break;
    }
    i = j;
    if ((run[0]?.start ?? 0) < datelineEnd) continue;
    if (isDescriptor(docText, start, run, knownNames)) continue;
    // 'Series C', 'Series B-1': a funding round, not a name.
    if (FUNDING_ROUND.test(docText.slice(run[0]?.start ?? 0, run[run.length - 1]?.end ?? 0))) continue;
    // 'BEIJING, May 3 (Agency) -': the agency of a dateline files the story; it is not in it.
    const runStart = run[0]?.start ?? 0;
    const runEnd = run[run.length - 1]?.end ?? 0;
    if (docText[runStart - 1] === '(' && DATELINE_AGENCY.test(docText.slice(runEnd, runEnd + 4)) && runStart - start < 60) continue;
    // Hyphenated cue on the last word: 'Acme-backed', 'New York-based'.
    let last = run[run.length - 1];
    if (last) {
      const hy = /^(\p{Lu}[\p{L}\p{N}]*)-(\p{Ll}+(?:-\p{Ll}+)*)$/u.exec(last.text);
      // 'Ka-band', 'Long-term', 'US-style', 'Day-to-day': a compound modifier, no name (a participle after the
      // hyphen, 'Acme-backed', 'Oslo-based', marks the name before it).
      // 'Seo Min-ji': a Korean given name after its surname is the name's last word.
      const koreanGiven = hy !== null && run.length >= 2 && isKoreanGivenName(last.text) && isKoreanSurname(run[run.length - 2]?.text ?? '');
      if (hy && hy[2] && !koreanGiven && !PARTICIPLE_CUE.test(hy[2])) {
        run.pop();
        if (run.length === 0) continue;
        last = run[run.length - 1];
      } else if (hy && hy[1] && hy[2] && !koreanGiven) {
        cue = hy[2];
        last = { start: last.start, end: last.start + hy[1].length, text: hy[1] };
        run[run.length - 1] = last;
      }
    }
    // Drop leading function words ('In', 'After', 'The') and, at the start of a sentence, a
    // single ordinary word that happens to be capitalized.
    while (run.length > 0) {
      const head = run[0];
      if (!head) break;
      const lower = head.text.replace(POSSESSIVE, '').toLowerCase();
      const caps = /^[\p{Lu}\d]{2,}$/u.test(head.text);
      const initial = isSentenceInitial(docText, start, head.start);
      // 'Resembling Ant Group': a verb form opening the sentence, not the first word of a name.
      const verbLike = initial && run.length > 1 && lowercaseWords.has(lower) && notNames.has(head.start - start);
      // 'Carmaker Velora Motors said': a trade opening the sentence describes the name after it.
      const trade = initial && run.length > 1 && BUSINESS_NOUNS.has(lower) && !ORG_HEADS.has(lower);
      // 'Managing Director and Chief Executive Officer of the company, Mr X': a title, capitalized.
      const titleModifier = run.length > 1 && TITLE_MODIFIERS.has(lower) && TITLE_WORDS.has((run[1]?.text ?? '').toLowerCase());
      if ((FUNCTION_WORDS.has(lower) && !caps) || TITLE_WORDS.has(lower) || titleModifier || verbLike || trade || (run.length === 1 && STOP_WORDS.has(lower))) {
        run.shift();
        continue;
      }
      break;
    }
    if (run.length === 1) {
      const only = run[0];
      if (only) {
        const lower = only.text.replace(POSSESSIVE, '').toLowerCase();
        const initial = isSentenceInitial(docText, start, only.start);
        // 'Skyfly, which ...': only a name takes a relative clause or a possessive, whatever a
        // tagger guesses from the word's ending.
        const named = NAME_FOLLOWS.test(docText.slice(only.end, only.end + 48));
        // The tagger is asked last: its answer is the costliest to get.
        const known = knownNames.has(only.text.replace(POSSESSIVE, ''));
        // 'Output rose to ...', 'Competition is fierce': a common English word opening a sentence,
        // capitalized nowhere else in the text, is that word (compromise tags 'Output' there as it
        // tags an unknown company's name); a name that speaks ('Target said') is kept.
        const common = initial && !named && !known && !/^\p{Lu}{2,}$/u.test(only.text) && isCommonWord(lower) && !SPEAKS.test(docText.slice(only.end, only.end + 24)) && !nameElsewhere(docText, only.text.replace(POSSESSIVE, ''), only.start);
        const ordinary = lowercaseWords.has(lower) || common || (initial && !named && !known && (notNames.has(only.start - start) || adjectives.has(only.start - start)));
        if (initial && ordinary) run.shift();
      }
    }
    // 'the Brazilian digital bank': a nationality adjective before a common noun.
    if (run.length === 1 && /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$/u.test(run[0]?.text ?? '') && /^ \p{Ll}/u.test(docText.slice(run[0]?.end ?? 0, (run[0]?.end ?? 0) + 2))) continue;
    // 'Turkish UAV manufacturer X', 'German EV maker X': a nationality and an acronym describe the
    // kind of business the name after them is.
    const runTail = run[run.length - 1];
    if (run.length >= 2 && runTail && isDemonym(run[0]?.text ?? '') && run.slice(1).every((t) => /^\p{Lu}{2,5}s?$/u.test(t.text)) && BUSINESS_NOUNS.has(/^ (\p{Ll}[\p{Ll}-]*)/u.exec(docText.slice(runTail.end, runTail.end + 30))?.[1] ?? '')) continue;
    // 'African', 'Kenyans', 'South Korean': a people or its adjective, not a name.
    const lastWord = (run[run.length - 1]?.text ?? '').replace(POSSESSIVE, '');
    if (run.length === 1 ? isDemonym(lastWord) : run.length === 2 && ((COMPASS.test(run[0]?.text ?? '') && isDemonym(lastWord)) || isDemonym(`${run[0]?.text ?? ''} ${lastWord}`))) continue;
    // 'hepatitis D', 'Plan B': one capital letter is no name unless it speaks or owns ('X said').
    if (run.length === 1 && /^\p{Lu}$/u.test(run[0]?.text ?? '') && !SPEAKS.test(docText.slice(run[0]?.end ?? 0, (run[0]?.end ?? 0) + 24)) && !NAME_FOLLOWS.test(docText.slice(run[0]?.end ?? 0, (run[0]?.end ?? 0) + 12))) continue;
    // 'LONDON:', 'PARIS, May 3 (Agency) -' or 'CAMBRIDGE, England, May 3': a dateline, not a company.
    if (run.length >= 1 && /^[\p{Lu}\s.-]+$/u.test(docText.slice(run[0]?.start ?? 0, run[run.length - 1]?.end ?? 0)) && isSentenceInitial(docText, start, run[0]?.start ?? 0) && DATELINE_TAIL.test(docText.slice(run[run.length - 1]?.end ?? 0, (run[run.length - 1]?.end ?? 0) + 30))) continue;
    // 'Chinese Internet': ordinary words, capitalized.
    if (run.every((t) => STOP_WORDS.has(t.text.replace(POSSESSIVE, '').toLowerCase()))) continue;
    const head = run[0];
    const tail = run[run.length - 1];
    if (!head || !tail) continue;
    let nameEnd = tail.end;
    let possessive = false;
    const pm = POSSESSIVE.exec(tail.text);
    if (pm && tail.text.length > pm[0].length + 1) {
      nameEnd = tail.end - pm[0].length;
      possessive = true;
    } else if (/^['’]s\b/u.test(docText.slice(tail.end, tail.end + 3)) || /^['’]\B/u.test(docText.slice(tail.end, tail.end + 2)) && /s$/u.test(tail.text)) {
      possessive = true;
    }
    // "Hartwell's bought FreshLane", "Sainsbury's said": a name written with its 's, followed by
    // its verb, is the clause's subject, not a possessive.
    if (possessive && NAME_WITH_S.test(docText.slice(nameEnd, nameEnd + 16))) possessive = false;
    const nameText = docText.slice(head.start, nameEnd);
    if (/^\d/u.test(nameText)) continue;
    if (isTicker(docText, head.start, nameEnd)) continue;
    const before = docText[head.start - 1] ?? '';
    out.push({
      start: head.start,
      end: nameEnd,
      text: nameText,
      possessive,
      quoted: QUOTES.has(before),
      ...(cue ? { hyphenCue: cue } : {}),
    });
  }
  return out;
}

// The words that continue a legal name after a parenthesized place.
const LEGAL_NAME_WORD = /^(?:Co|Company|Corp|Corporation|Group|Holdings?|Limited|Ltd|Inc|LLC|PLC|Technology|Technologies)$/u;
// A dateline's tail: 'LONDON:', 'LONDON -', 'LONDON (Agency) -', 'PARIS, May 3'. An all-capital
// word before a parenthesis without a dash after it is an acronym with its expansion ('KL (short for ...)').
// The last word of a public body's name, which may have 'and' inside ('Food and Drug Administration').
// 's and a finite verb after it: the 's is part of the name ('Hartwell's said').
export const NAME_WITH_S = /^['’]s\s+(?:said|says|bought|buys|sold|sells|has|had|is|was|will|would|plans|planned|agreed|announced|reported|opened|closed|acquired|completed|raised|posted|operates|operated|runs|ran|employs|owns|owned|became|added|cut|expects|expected|launched|named|appointed|hired|declined|confirmed)\b/u;
const PARTICIPLE_CUE = /(?:ed|en|based|run|born|made|led|held|owned|listed|built|grown)$/u;
const PUBLIC_BODY_HEAD = /^(?:Commission|Authority|Administration|Agency|Board|Bureau|Council|Department|Ministry|Office|Tribunal|Regulator|Inspectorate|Service|Institute)$/u;
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'van', 'von', 'der', 'den', 'la', 'le', 'y']);
const DATELINE_TAIL = /^(?:\s*:|\s[-–—]|\s\([^()]{1,30}\)\s?[-–—]|(?:, [A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)?)?, (?:\d|[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))/u;
// After a name: a relative clause, a possessive, an age ('X, 41,') or a title with its company
// ("X, Qantara's chief executive,").
const NAME_FOLLOWS = /^(?:, (?:which|who|whose|founded|formerly|based)\b|['’]s\s|, \d{2},|, \p{Lu}[\p{L}-]*['’]s (?:co-founder|founder|chief|chairman|chairwoman|chair|president|ceo|cfo|managing|head)\b)/u;
const FUNDING_ROUND = /^(?:Pre-)?Series(?: [A-H](?:[-+]?\d)?)?$/u;
const DATELINE_AGENCY = /^\)\s?[-–—]/u;
// 'carmaker Acme', 'state-owned chip designer Acme': lowercase words ending in a business noun, then a name.
const DESCRIBED_NAME = /^\.? ((?:\p{Ll}[\p{Ll}-]* ){1,3})["“‘']?\p{Lu}/u;
const NATIONALITY = /(?:an|ese|ish|ch|i|ss)$|^\p{Lu}(?:\.\p{Lu})+$/u;
// 'HONG KONG/SINGAPORE, March 9 (Agency) -', 'CAMBRIDGE, England, Nov 3 -', 'LONDON:': where a dateline ends.
const DATELINE_HEAD = /^\p{Lu}[\p{Lu} .'/]{1,40}(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?(?:, \p{L}{3,9}\.? \d{1,2})?(?: \([^()]{1,30}\))? ?[-–—:]/u;

/**
 * 'Electric carmaker X', 'State-owned lender X', 'South Korean chip designer X': capitalized only
 * because they open the sentence (or follow a dateline's dash), these words describe the name that
 * follows a business noun; they are not a name themselves.
 */
function isDescriptor(docText: string, sentenceStart: number, run: readonly Token[], knownNames: ReadonlySet<string>): boolean {
  const head = run[0];
  const tail = run[run.length - 1];
  if (!head || !tail || run.length > 2) return false;
  const before = docText.slice(sentenceStart, head.start).trimEnd();
  // Inside a sentence only a nationality describes ('owned by Dutch investor X'): other capitals are names.
  const opening = isSentenceInitial(docText, sentenceStart, head.start) || /[-–—]$/u.test(before);
  if (!opening && !NATIONALITY.test(tail.text)) return false;
  const m = DESCRIBED_NAME.exec(docText.slice(tail.end, tail.end + 60));
  const words = (m?.[1] ?? '').trim().split(' ');
  const noun = words[words.length - 1] ?? '';
  if (!m || !BUSINESS_NOUNS.has(noun)) return false;
  if (run.length === 2 || !opening) return NATIONALITY.test(tail.text);
  return !knownNames.has(head.text) || NATIONALITY.test(head.text) || /-\p{Ll}+$/u.test(head.text);
}

function isNameWord(word: string): boolean {
  if (!isCapWord(word)) return false;
  // "I'm", "I've": the pronoun.
  if (word.charCodeAt(0) === 73 && APOSTROPHES.has(word.charCodeAt(1))) return false;
  const bare = word.replace(POSSESSIVE, '');
  const lower = bare.toLowerCase();
  if (CALENDAR_WORDS.has(lower) && lower.length > 3) return false;
  if (HONORIFICS.has(lower) || CURRENCY_WORDS.has(lower)) return false;
  if (isAcronym(bare) && NON_NAME_ACRONYMS.has(lower.replace(/s$/u, '')) ) return false;
  if (NON_NAME_ACRONYMS.has(lower)) return false;
  return true;
}

// 'Dec. 27', 'Jun 2020', '27 May': a month, not a name.
function isDateAbbreviation(docText: string, token: Token): boolean {
  return isDateWord(docText, token);
}

function isDateWord(docText: string, token: Token): boolean {
  if (!CALENDAR_WORDS.has(token.text.toLowerCase())) return false;
  return /^\.?\s?\d/u.test(docText.slice(token.end, token.end + 3)) || /\d\s?$/u.test(docText.slice(Math.max(0, token.start - 2), token.start));
}

// A possessive ends a name: 'Acme's Nova' is two names.
function endsName(word: string): boolean {
  return POSSESSIVE.test(word) && word.length > 2 && /['’‘]s$/u.test(word);
}

function isSentenceInitial(docText: string, sentenceStart: number, at: number): boolean {
  const before = docText.slice(sentenceStart, at).trim();
  // After a dateline ('KRAKÓW — Four months after ...') or a dash, a word starts the text anew.
  return before.length === 0 || /[:"“‘'(•—–]$|\s-$/u.test(before);
}

/**
 * Whether the text writes `word` as a name somewhere else: capitalized inside a sentence ('Priya
 * Raman'), or opening another sentence as well (a common word opens one sentence by chance, rarely two).
 */
function nameElsewhere(docText: string, word: string, at: number): boolean {
  // At most 64 other places are looked at, so a word repeated through a huge text stays linear.
  for (let k = docText.indexOf(word), seen = 0; k >= 0 && seen < 64; k = docText.indexOf(word, k + 1), seen++) {
    if (k === at || WORD_CHAR.test(docText[k + word.length] ?? '') || WORD_CHAR.test(docText[k - 1] ?? '')) continue;
    const before = docText.slice(Math.max(0, k - 3), k).trimEnd();
    if (before.length > 0 && !/[.!?:;"“”‘'(\n•—–-]$/u.test(before)) return true;
    if (/^['’]?\s+\p{Ll}/u.test(docText.slice(k + word.length, k + word.length + 3))) return true;
  }
  return false;
}

// '(01810:HK)', 'NASDAQ:JD'
function isTicker(docText: string, start: number, end: number): boolean {
  return (docText[end] === ':' && /\w/u.test(docText[end + 1] ?? '')) || (docText[start - 1] === ':' && /\w/u.test(docText[start - 2] ?? ''));
}
