import type { Season } from '../calendar.js';
import type { TimeRule } from '../rule.js';
import type { Direction } from '../spec.js';
import { DATE_CONTEXT_BEFORE, MODIFIER, before, modifierOf } from '../vocabulary.js';
import { YEAR_PHRASE, yearSpec } from './year-phrase.js';

const SEASONS: Readonly<Record<string, Season>> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** Seasons: 'this summer', 'last fall', 'the winter of 1994', 'early spring', 'summer 2016'. */
export const seasonRule: TimeRule = {
  name: 'season',
  hint: ['spring', 'summer', 'fall', 'autumn', 'winter'],
  pattern: new RegExp(
    `${MODIFIER}(?:(?<det>this\\s+past|this\\s+coming|this|last|next|past|coming|the)\\s+)?(?<s>spring|summer|fall|autumn|winter)(?![\\w-])(?:\\s+(?:of\\s+)?${YEAR_PHRASE})?`,
    'i',
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    const season = SEASONS[(g.s ?? '').toLowerCase()];
    if (!season) return null;
    const det = g.det?.toLowerCase().replace(/\s+/g, ' ');
    const year = yearSpec(g);
    const mod = modifierOf(g.modA ?? g.modB);
    const framed = Boolean(year ?? mod) || (det !== undefined && det !== 'the') || DATE_CONTEXT_BEFORE.test(before(text, match.index));
    if (!framed) return null;
    // 'the fall of the company' and 'the spring collection' are not dates.
    if (det === 'the' && !year && /^\s+of\s+(?!\d)/i.test(text.slice(match.index + match[0].length))) return null;
    const direction: Direction | undefined = det === 'last' || det === 'past' || det === 'this past' ? 'last' : det === 'next' || det === 'coming' || det === 'this coming' ? 'next' : undefined;
    const thisYear = det === 'this' && !year ? ({ kind: 'relative', from: 'reference', by: 0 } as const) : undefined;
    const y = year ?? thisYear;
    return { spec: { kind: 'calendar', unit: 'season', season, ...(y ? { year: y } : {}), ...(direction ? { direction } : {}), ...(mod ? { mod } : {}) } };
  },
};
