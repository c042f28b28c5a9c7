import type { Claim, Entity, Quantity } from '../types.js';

/** A piece of a quote: plain text, or a value the claim was built from. */
export interface Segment {
  readonly text: string;
  readonly mark: boolean;
}

/**
 * Splits a claim's evidence into plain and marked segments, marking the values the claim rests
 * on (its date, its figure, its object's name) so a reader sees at once what the sides disagree
 * about. Spans are document offsets; only the parts inside the evidence are marked.
 */
export function highlightClaim(claim: Claim, entities: ReadonlyMap<string, Entity> = new Map()): Segment[] {
  const { start, text } = claim.evidence;
  const ranges: [number, number][] = [];
  const addSpan = (span: { start: number; end: number } | undefined): void => {
    if (!span) return;
    const from = Math.max(0, span.start - start);
    const to = Math.min(text.length, span.end - start);
    if (to > from) ranges.push([from, to]);
  };
  addSpan(claim.time?.span);
  if (typeof claim.object === 'object') {
    addSpan(claim.object.span);
    addSpan(equivalentSpan(claim.object));
  } else if (typeof claim.object === 'string') {
    const entity = entities.get(claim.object);
    const names = entity ? [entity.name, ...entity.aliases] : [claim.object];
    for (const name of names) addLiteral(text, name, ranges);
  }
  return segments(text, merge(ranges));
}

function equivalentSpan(q: Quantity): Quantity['span'] {
  return q.equivalent?.span;
}

// Names are found case-insensitively and only at word edges, so 'Bank' is not marked in 'Banking'.
function addLiteral(text: string, name: string, ranges: [number, number][]): void {
  if (name.length < 2) return;
  const hay = text.toLowerCase();
  const needle = name.toLowerCase();
  let at = hay.indexOf(needle);
  while (at >= 0) {
    const before = at === 0 ? '' : hay.charAt(at - 1);
    const after = hay.charAt(at + needle.length);
    if (!isWordChar(before) && !isWordChar(after)) {
      ranges.push([at, at + needle.length]);
      return;
    }
    at = hay.indexOf(needle, at + 1);
  }
}

function isWordChar(c: string): boolean {
  return c !== '' && /[\p{L}\p{N}]/u.test(c);
}

function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function segments(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (from > at) out.push({ text: text.slice(at, from), mark: false });
    out.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), mark: false });
  return out;
}
