import type { Claim, Report, TimeValue } from '../types.js';

/** The dated claims about one entity, in time order. */
export interface Timeline {
  readonly entity: string;
  readonly claims: readonly Claim[];
}

/**
 * Groups the dated claims of a report by subject and orders each group by time (the start, or the
 * end for 'before' times, then the end), then document and claim id, so the order is the same on every run. Subjects with no
 * dated claim have no timeline; timelines are ordered by subject id.
 */
export function timelines(report: Report): Timeline[] {
  const bySubject = new Map<string, Claim[]>();
  for (const c of report.claims) {
    if (!c.time) continue;
    const list = bySubject.get(c.subject) ?? [];
    list.push(c);
    bySubject.set(c.subject, list);
  }
  return [...bySubject.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([entity, claims]) => ({ entity, claims: claims.sort(byTime) }));
}

// An open-ended time ('by 2016-12', 'before 2015') has no real start; it is placed at the date it
// names, so it sits beside what it is compared with rather than at the beginning of time.
function placeOf(t: TimeValue | undefined): string {
  if (!t) return '';
  return t.mod === 'BEFORE' || t.mod === 'ON_OR_BEFORE' ? t.end : t.start;
}

function byTime(a: Claim, b: Claim): number {
  return (
    compare(placeOf(a.time), placeOf(b.time)) ||
    compare(a.time?.end ?? '', b.time?.end ?? '') ||
    compare(a.doc, b.doc) ||
    compare(a.id, b.id)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
