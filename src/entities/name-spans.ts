import type { EntityName, TimeValue } from '../types.js';

/** What one document says about when one name was used: the fields of {@link EntityName} but the name. */
export interface NameUse {
  readonly from?: TimeValue;
  readonly until?: TimeValue;
  readonly former?: boolean;
}

// 'until 2018', 'before 2018', 'till the end of 2018': the end of a former name.
const UNTIL_GAP = /^["'’”)]?,?\s+(?:until|till|through|before|up to)\s+(?:(?:early|late|mid|the end of|the start of|the beginning of)\s+)?$/iu;
// 'renamed Z in 2020', 'renamed Z on March 3, 2020', 'renamed Z last year', 'renamed Z, effective January 1'.
const CHANGE_GAP = /^["'’”)]?,?\s+(?:(?:in|on|during|effective|from|as of|since|starting|at the (?:start|end|beginning) of)\s+)?(?:(?:early|late|mid)\s+)?$/iu;
// 'under the new name Z since March', 'Z from 2020': the start of a current name.
const FROM_GAP = /^["'’”)]?,?\s+(?:since|from|as of|starting|starting in|effective)\s+$/iu;
// 'In 2020, X was renamed Z': a date that opens the sentence.
const OPENING = /^[\s"“'‘(]*(?:\p{L}+\s+){0,2}$/u;

/** Which words may come between a name and the date that bounds it. */
export type NameGap = 'until' | 'change' | 'from';

const GAPS: Readonly<Record<NameGap, RegExp>> = { until: UNTIL_GAP, change: CHANGE_GAP, from: FROM_GAP };

/**
 * The first date right after `at` (a name's end) that the gap words tie to it: 'Y until 2018'
 * ('until'), 'renamed Z in 2020' ('change'), 'Z since March' ('from'). `times` are the sentence's
 * dates in text order; relative references ('formerly', 'now') are no dates.
 */
export function dateAfter(text: string, at: number, times: readonly TimeValue[], gap: NameGap): TimeValue | undefined {
  for (const t of times) {
    if (!t.span || t.span.start < at || t.timex.endsWith('_REF')) continue;
    return GAPS[gap].test(text.slice(at, t.span.start)) ? t : undefined;
  }
  return undefined;
}

/**
 * The date that opens the sentence and frames it up to `at`, with no other date or ';' between:
 * 'In March 2020, X changed its name', 'On October 18, 2020, X began operating under the new name Z'.
 */
export function openingDate(text: string, sentenceStart: number, at: number, times: readonly TimeValue[]): TimeValue | undefined {
  const dated = times.filter((x) => x.span && !x.timex.endsWith('_REF'));
  const t = dated[0];
  if (!t?.span || t.span.end > at || !OPENING.test(text.slice(sentenceStart, t.span.start)) || text.slice(t.span.end, at).includes(';')) return undefined;
  const next = dated[1]?.span;
  return next && next.start < at ? undefined : t;
}

/** The first date between two offsets ('X was founded in 2015 as Y'). */
export function dateBetween(from: number, to: number, times: readonly TimeValue[]): TimeValue | undefined {
  return times.find((t) => t.span && t.span.start >= from && t.span.end <= to && !t.timex.endsWith('_REF'));
}

/**
 * A date as the bound of a name: 'until 2018' is read as ON_OR_BEFORE and 'since March' as
 * ON_OR_AFTER by the time stage, but as `until` or `from` the field already says which side.
 */
export function asBound(t: TimeValue): TimeValue {
  if (t.mod !== 'ON_OR_BEFORE' && t.mod !== 'ON_OR_AFTER' && t.mod !== 'BEFORE' && t.mod !== 'AFTER') return t;
  const { mod: _mod, ...rest } = t;
  return rest;
}

/** What two statements about one name say together: the first keeps a bound the second does not refine. */
export function combineSpans(a: NameUse, b: NameUse): NameUse {
  const from = finer(a.from, b.from);
  const until = finer(a.until, b.until);
  return { ...(from ? { from } : {}), ...(until ? { until } : {}), ...(a.former || b.former ? { former: true } : {}) };
}

/** Whether two statements about one name can be one: their bounds overlap where both give one. */
export function compatibleSpans(a: NameUse, b: NameUse): boolean {
  return overlaps(a.from, b.from) && overlaps(a.until, b.until);
}

/**
 * Merges the names of one entity stated by several documents (or several times in one): one
 * entry per name and compatible span, the finer date kept and the documents joined; a name dated
 * differently by two sources keeps both entries. Input order decides only which equal date's span
 * is kept, so callers pass entries in a fixed order (by document id); the output is sorted.
 */
export function mergeNames(entries: readonly EntityName[]): EntityName[] {
  const out: EntityName[] = [];
  for (const e of entries) {
    const i = out.findIndex((o) => o.name.toLowerCase() === e.name.toLowerCase() && compatibleSpans(o, e));
    const found = out[i];
    if (!found) {
      out.push(e);
      continue;
    }
    const docs = [...new Set([...(found.docs ?? []), ...(e.docs ?? [])])].sort();
    const combined = combineSpans(found, e);
    // A date's span is an offset into its own document: kept only when that is still the first.
    const anchored = (t: TimeValue | undefined): TimeValue | undefined => {
      const owner = t === found.from || t === found.until ? found : e;
      if (!t?.span || owner.docs?.[0] === docs[0]) return t;
      const { span: _span, ...rest } = t;
      return rest;
    };
    const from = anchored(combined.from);
    const until = anchored(combined.until);
    out[i] = { name: found.name, ...(from ? { from } : {}), ...(until ? { until } : {}), ...(combined.former ? { former: true } : {}), ...(docs.length > 0 ? { docs } : {}) };
  }
  return sortNames(out);
}

/** Names in the order they were used: by when they began (names without a start first), then by when they ended, then by name. */
export function sortNames(names: readonly EntityName[]): EntityName[] {
  const key = (n: EntityName): string => `${n.from?.start ?? '0000-00-00'} ${n.until?.end ?? '9999-99-99'} ${n.name}`;
  return [...names].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function overlaps(a: TimeValue | undefined, b: TimeValue | undefined): boolean {
  return !a || !b || (a.start <= b.end && b.start <= a.end);
}

function finer(a: TimeValue | undefined, b: TimeValue | undefined): TimeValue | undefined {
  if (!a || !b) return a ?? b;
  const width = (t: TimeValue): number => Date.parse(t.end) - Date.parse(t.start);
  return width(b) < width(a) ? b : a;
}
