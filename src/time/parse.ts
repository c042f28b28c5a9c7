import * as chrono from 'chrono-node';
import type { TimeValue } from '../types.js';

/** Options for {@link parseTimes}. */
export interface ParseTimesOptions {
  /** The publication date ('2016-12-28', '2016-12', '2016') or an interval; relative dates resolve against it. */
  readonly reference?: string | TimeValue | undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Every date expression in `text`, with spans that are offsets into `text`. */
export function parseTimes(text: string, options: ParseTimesOptions = {}): TimeValue[] {
  const ref = typeof options.reference === 'string' ? options.reference : options.reference?.start;
  const refDate = ref ? new Date(`${ref.length === 4 ? `${ref}-07-01` : ref.length === 7 ? `${ref}-15` : ref}T12:00:00Z`) : undefined;
  const out: TimeValue[] = [];
  for (const r of chrono.parse(text, refDate ?? new Date(Date.UTC(2000, 0, 1)))) {
    const y = r.start.get('year');
    const m = r.start.get('month');
    const d = r.start.get('day');
    if (y === null || m === null || d === null) continue;
    const hasDay = r.start.isCertain('day');
    const hasMonth = r.start.isCertain('month');
    const timex = hasDay ? `${y}-${pad(m)}-${pad(d)}` : hasMonth ? `${y}-${pad(m)}` : `${y}`;
    const end = hasDay ? timex : hasMonth ? `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}` : `${y}-12-31`;
    out.push({
      timex,
      start: hasDay ? timex : hasMonth ? `${timex}-01` : `${y}-01-01`,
      end,
      granularity: hasDay ? 'day' : hasMonth ? 'month' : 'year',
      anchor: r.start.isCertain('year') ? 'absolute' : 'publication',
      implied: r.start.isCertain('year') ? [] : ['year'],
      span: { start: r.index, end: r.index + r.text.length, text: r.text },
    });
  }
  return out;
}
