import type { Claim, Document, Quantity, TimeValue } from '../types.js';
import type { Segmented } from '../text/index.js';
import { isHeading, type DocumentEntities } from '../entities/index.js';
import { clauseAt, sentenceContext, type ClaimDraft } from './context.js';
import { eventClaims } from './events.js';
import { roleClaims } from './roles.js';
import { attributeClaims } from './attributes.js';
import { claimId } from './claim-id.js';

/** Everything the claim extractor sees of one document. */
export interface ClaimInput {
  readonly doc: Document;
  readonly segmented: Segmented;
  readonly times: readonly TimeValue[];
  readonly quantities: readonly Quantity[];
  readonly entities: DocumentEntities;
  /** The publication date used as reference, if any. */
  readonly reference?: TimeValue | undefined;
}

/**
 * Claims of one document, sentence by sentence: events, roles and attributes, each with its
 * clause's time and figure and its modality. Subjects and objects are document-local entity ids.
 * Boilerplate and headings yield nothing.
 */
export function extractClaims(input: ClaimInput): Claim[] {
  const { doc, segmented, times, quantities, entities, reference } = input;
  const out: Claim[] = [];
  const seen = new Set<string>();
  // Dates and figures by the sentence they start in, found once: the sentence pass reads only its
  // own, so a long document costs its length, not its length times its dates.
  const starts = segmented.sentences.map((s) => s.start);
  const timesIn = bySentence(times, starts);
  const quantitiesIn = bySentence(quantities, starts);
  for (const sentence of segmented.sentences) {
    // The headline repeats the story in telegraphic style; the body says it properly.
    if (sentence.boilerplate || isHeading(sentence.text) || (doc.title !== undefined && sentence.text.trim() === doc.title.trim())) continue;
    const ctx = sentenceContext(doc, sentence, entities, timesIn.get(sentence.start) ?? [], quantitiesIn.get(sentence.start) ?? [], reference);
    if (ctx.mentions.length === 0 && !ctx.topic) continue;
    const drafts: ClaimDraft[] = [...eventClaims(ctx), ...roleClaims(ctx), ...attributeClaims(ctx)];
    for (const d of drafts) {
      const object = typeof d.object === 'string' ? d.object : d.object ? `${d.object.value}${d.object.unit}@${d.object.span?.start ?? ''}` : undefined;
      const id = claimId({ doc: doc.id, start: d.evidence.start, end: d.evidence.end, predicate: d.predicate, subject: d.subject, object, qualifier: d.qualifier });
      if (seen.has(id)) continue;
      seen.add(id);
      // The evidence reaches the date and the figure the claim took from outside its clause
      // ('In 2020, A did X, and B opened': B's claim quotes 'In 2020' too).
      let from = d.evidence.start;
      let to = d.evidence.end;
      for (const span of [d.time?.span, typeof d.object === 'object' ? d.object.span : undefined]) {
        if (!span || span.start < sentence.start || span.end > sentence.end) continue;
        const home = clauseAt(ctx, span.start);
        from = Math.min(from, span.start < from ? home.start : from);
        to = Math.max(to, span.end);
      }
      const { start, end } = trimSpan(doc.text, from, to);
      out.push({
        id,
        doc: doc.id,
        kind: d.kind,
        subject: d.subject,
        predicate: d.predicate,
        ...(d.object !== undefined ? { object: d.object } : {}),
        ...(d.time ? { time: d.time } : {}),
        ...(d.tense ? { tense: d.tense } : {}),
        ...(d.qualifier !== undefined ? { qualifier: d.qualifier } : {}),
        modality: d.modality,
        evidence: { start, end, text: doc.text.slice(start, end), sentence: sentence.index },
      });
    }
  }
  return out;
}

/**
 * Items with a span, grouped by the start of the sentence their span starts in (sentences are in
 * order of their starts, as `splitText` gives them); items without a span are left out, as the
 * sentence pass leaves them out.
 */
function bySentence<T extends { readonly span?: { readonly start: number } | undefined }>(items: readonly T[], starts: readonly number[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    if (!item.span) continue;
    // The last sentence starting at or before the item.
    let lo = 0;
    let hi = starts.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) <= item.span.start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const key = starts[at];
    if (key === undefined) continue;
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  // The sentence's closing full stop is no part of what the clause says: the evidence reads as a
  // quotation of its words ('where it was founded in 2013'). An abbreviation's dot stays ('Inc.').
  if (e - s > 1 && text[e - 1] === '.' && !/(?:^|[\s(])(?:\p{L}\.)*\p{L}{1,3}\.$/u.test(text.slice(Math.max(s, e - 12), e)) && /[\p{L}\p{N})%”"'’]/u.test(text[e - 2] ?? '')) e--;
  return { start: s, end: e };
}
