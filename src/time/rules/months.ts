import type { TimeRule } from '../rule.js';
import type { Direction } from '../spec.js';
import { DATE_CONTEXT_BEFORE, MODIFIER, MONTH_ABBREVIATIONS, MONTH_NAMES, before, capitalized, modifierOf, monthNumber, prepositionMod } from '../vocabulary.js';
import { YEAR_PHRASE, yearSpec } from './year-phrase.js';

const DIRECTIONS: Readonly<Record<string, Direction>> = { last: 'last', past: 'last', 'this past': 'last', this: 'this', next: 'next', coming: 'next', 'this coming': 'next' };

// The end of a month range with its year: ' to July 2016', '-June, 2015'.
const RANGE_END_YEAR = new RegExp(`^\\s*(?:to|through|until|till|and|-|–)\\s*(?:early\\s+|late\\s+|mid-?)?(?:${MONTH_NAMES}|${MONTH_ABBREVIATIONS})\\.?,?\\s+(?<y>1\\d{3}|20\\d{2})(?!\\d)`, 'i');

// The start of a year spelled out in words right after a month.
const SPELLED_YEAR_AFTER =
  /^,?\s+(?:of\s+)?(?:(?:nineteen|twenty)[\s-](?:hundred|oh|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)|two\s+thousand(?:\s+and)?[\s-](?:one|two|three|four|five|six|seven|eight|nine))\b/i;

// Month names that are also given names or words; bare, they need a preposition to be a month.
const AMBIGUOUS = new Set(['may', 'april', 'june', 'august', 'march', 'january']);

/**
 * Month names with an optional day and year: 'In January', 'last May', 'June last year',
 * 'December of the same year', 'Dec. 27', 'December 27th, 2015', 'the end of August'.
 */
export const monthRule: TimeRule = {
  name: 'month',
  hint: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  pattern: new RegExp(
    `${MODIFIER}(?:(?<dir>this\\s+past|this\\s+coming|last|this|next|past|coming)\\s+)?(?<mon>(?:${MONTH_NAMES})(?![\\w-])|(?:${MONTH_ABBREVIATIONS})(?:\\.|(?![\\w-])))(?:\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d:]))?(?:,?\\s+(?:of\\s+|in\\s+)?${YEAR_PHRASE})?`,
    'i',
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    const mon = g.mon ?? '';
    const month = monthNumber(mon);
    if (!month || !capitalized(mon)) return null;
    const day = g.day ? Number(g.day) : undefined;
    if (day !== undefined && (day < 1 || day > 31)) return null;
    const end0 = match.index + match[0].length;
    // 'from May to July 2016': the first month of a range takes the year stated at its end.
    const rangeYear = yearSpec(g) || day !== undefined ? undefined : RANGE_END_YEAR.exec(text.slice(end0, end0 + 40))?.groups?.y;
    const year = yearSpec(g) ?? (rangeYear ? ({ kind: 'absolute', year: Number(rangeYear) } as const) : undefined);
    const mod = modifierOf(g.modA ?? g.modB) ?? prepositionMod(text, match.index);
    const dir = g.dir ? DIRECTIONS[g.dir.toLowerCase().replace(/\s+/g, ' ')] : undefined;
    const end = match.index + match[0].length;
    // 'a June agreement', 'the March accession': a month used as an adjective.
    const attributive = /\b(?:the|a|an|its|their|his|her)\s+$/i.test(before(text, match.index, 8)) && /^\s+[a-z]{3,}/.test(text.slice(end, end + 5));
    // 'January nineteen ninety-seven': a year spelled out after it, which joins.ts attaches.
    const spelledYear = SPELLED_YEAR_AFTER.test(text.slice(end, end + 24));
    const framed = Boolean(day ?? year ?? dir ?? g.modA ?? g.modB) || attributive || spelledYear || DATE_CONTEXT_BEFORE.test(before(text, match.index));
    const isAbbreviation = !/^[a-z]+$/i.test(mon) || mon.length <= 4 && !['may', 'june', 'july'].includes(mon.toLowerCase());
    if (!framed) {
      // 'Theresa May', 'April Smith': a bare name between capitalized words is a name.
      if (isAbbreviation || AMBIGUOUS.has(mon.toLowerCase())) return null;
      const prevWord = text.slice(Math.max(0, match.index - 30), match.index).trimEnd().split(/\s/).pop() ?? '';
      if (capitalized(prevWord) && !/[.!?:"“]$/.test(prevWord)) return null;
      if (/^\s+[A-Z][a-z]/.test(text.slice(end, end + 3))) return null;
    }
    if (isAbbreviation && !day && !year && !/\.$/.test(mon)) return null;
    if (/^\s*[:\d%]/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 2)) && !year && day === undefined) return null;
    const common = { ...(year ? { year } : {}), ...(mod ? { mod } : {}), ...(dir === 'this' ? { year: { kind: 'relative', from: 'reference', by: 0 } as const } : dir ? { direction: dir } : {}) };
    return day !== undefined ? { spec: { kind: 'calendar', unit: 'day', month, day, ...common } } : { spec: { kind: 'calendar', unit: 'month', month, ...common } };
  },
};
