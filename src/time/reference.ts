import type { TimeValue } from '../types.js';
import { dayPeriod, fields, monthPeriod, yearPeriod } from './calendar.js';

/**
 * The publication date as an interval: '2016-12-28' is a day, '2016-12' a month, '2016' a year;
 * a TimeValue is taken as is. Anything else is treated as unknown.
 */
export function referenceValue(reference: string | TimeValue | undefined): TimeValue | undefined {
  if (reference === undefined) return undefined;
  if (typeof reference !== 'string') return reference;
  // Callers parse sentence after sentence of one article against the same date.
  if (reference === lastString) return lastValue;
  lastValue = parseReference(reference);
  lastString = reference;
  return lastValue;
}

let lastString: string | undefined;
let lastValue: TimeValue | undefined;

function parseReference(reference: string): TimeValue | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(reference.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[3]) {
    const p = dayPeriod(year, Number(m[2]), Number(m[3]));
    if (fields(p.start).day !== Number(m[3])) return undefined;
    return { ...p, granularity: 'day', anchor: 'absolute', implied: [] };
  }
  if (m[2]) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return undefined;
    return { ...monthPeriod(year, month), granularity: 'month', anchor: 'absolute', implied: [] };
  }
  return { ...yearPeriod(year), granularity: 'year', anchor: 'absolute', implied: [] };
}
