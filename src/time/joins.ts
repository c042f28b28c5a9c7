/**
 * Mentions completed by their neighbours in the sentence: a month followed by a year of its own
 * ('January nineteen ninety-seven'), a second day of a listed pair ('April 24 and 25'), the
 * week around a day ('the week of March 6'). chrono and our rules see each piece alone.
 */
import type { Mention } from './chrono-adapter.js';
import type { DateSpec } from './spec.js';

// What may stand between a month or season and the year that follows it: 'January, 1997',
// 'the winter of nineteen ninety-four'.
const YEAR_JOINER = /^,?\s+(?:of\s+)?$/i;
// A second day of the same month right after a month and day: 'April 24 and 25', 'May 3-4'.
const LISTED_DAY = /^(?<gap>\s*(?:and|or|to|through|-|–)\s*)(?<day>[0-3]?\d)(?![\d:%]|[.,]\d)(?!\s*(?:percent|million|billion|thousand|a\.m|p\.m|am\b|pm\b|[a-z]+s\b))/i;
const WEEK_OF = /\bthe\s+week\s+of\s+$/i;
// A quarter named again in apposition: 'the year-ago quarter, the second quarter ended Oct. 31'.
const APPOSITION = /^\s*,\s*(?:the\s+|its\s+)?$/i;

type Calendar = Extract<DateSpec, { kind: 'calendar' }>;

const isCalendar = (s: DateSpec): s is Calendar => s.kind === 'calendar';

/** The mentions of one sentence, with neighbours joined and listed days added, in text order. */
export function joinMentions(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (!m) continue;
    const next = mentions[i + 1];
    const s = m.spec;
    const n = next?.spec;
    const undated = isCalendar(s) && !s.year && !s.direction && (s.unit === 'month' || s.unit === 'season' || s.unit === 'day');
    if (next && undated && n && isCalendar(n) && n.unit === 'year' && n.year?.kind === 'absolute' && !n.mod && YEAR_JOINER.test(text.slice(m.index + m.text.length, next.index))) {
      out.push({ index: m.index, text: text.slice(m.index, next.index + next.text.length), spec: { ...s, year: n.year } });
      i++;
      continue;
    }
    // The year-ago quarter and the numbered quarter in apposition to it are one quarter: the
    // number says which, the year-ago says it is last year's.
    if (next && n && s.kind === 'offset' && s.keep && s.unit === 'year' && s.by === -1 && isCalendar(n) && n.unit === 'quarter' && n.quarter && !n.year && APPOSITION.test(text.slice(m.index + m.text.length, next.index))) {
      const spec: Calendar = { ...n, year: { kind: 'relative', from: 'reference', by: -1 } };
      out.push({ ...m, spec }, { ...next, spec });
      i++;
      continue;
    }
    if (isCalendar(s) && s.unit === 'day' && s.month && s.day) {
      const lead = text.slice(Math.max(0, m.index - 16), m.index);
      const week = WEEK_OF.exec(lead);
      if (week) {
        const start = m.index - week[0].length;
        // 'the week' alone was read as a week of its own; the day it is of replaces that reading.
        while (out.length > 0 && (out[out.length - 1]?.index ?? -1) >= start) out.pop();
        out.push({ index: start, text: text.slice(start, m.index + m.text.length), spec: { ...s, weekOf: true } });
        continue;
      }
      out.push(m);
      const end = m.index + m.text.length;
      const listed = LISTED_DAY.exec(text.slice(end, end + 24));
      const day = Number(listed?.groups?.day);
      const overlapsNext = next !== undefined && next.index < end + (listed?.[0].length ?? 0);
      if (listed && day > s.day && day <= 31 && !overlapsNext) {
        const index = end + (listed.groups?.gap?.length ?? 0);
        out.push({ index, text: listed.groups?.day ?? '', spec: { ...s, day } });
      }
      continue;
    }
    out.push(m);
  }
  return out;
}
