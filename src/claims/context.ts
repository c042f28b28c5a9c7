import type { Document, EntityType, Modality, Quantity, TimeValue } from '../types.js';
import type { Sentence } from '../text/index.js';
import type { DocumentEntities, Range } from '../entities/index.js';
import { inRanges, insideQuotation, listedAfterPreposition } from '../entities/index.js';
import { NAME_WITH_S } from '../entities/names.js';

/** An entity mention inside the sentence being read, with what the claim frames need to know. */
export interface SentenceMention {
  readonly entity: string;
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly via: 'name' | 'alias' | 'reference';
  /** Followed by 's: it modifies the next noun. */
  readonly possessive: boolean;
  /** Inside an appositive ('X, founder of Y,'): describes, never acts. */
  readonly appositive: boolean;
  /** A place name. */
  readonly place: boolean;
  /** Right after a preposition ('by X', 'of X'): not the subject. */
  readonly prepositional: boolean;
}

/** Everything a frame sees of one sentence. Offsets are into the document text. */
export interface SentenceContext {
  readonly doc: Document;
  readonly text: string;
  readonly sentence: Sentence;
  readonly mentions: readonly SentenceMention[];
  readonly times: readonly TimeValue[];
  readonly quantities: readonly Quantity[];
  readonly clauses: readonly Range[];
  readonly appositives: readonly Range[];
  /** The organization the text is about as this sentence starts. */
  readonly topic?: string | undefined;
  /** The organization the whole text mentions most (names and references), if any. */
  readonly main?: string | undefined;
  /** The last organization before this sentence that the text named as one a stake is in ('its holding in X'). */
  readonly stakeTarget?: string | undefined;
  /** Entity names by local id, to say who a claim is attributed to. */
  readonly names: ReadonlyMap<string, string>;
  readonly reference?: TimeValue | undefined;
}

/** A claim before it gets its id and evidence text. */
export interface ClaimDraft {
  readonly kind: 'event' | 'role' | 'attribute' | 'relation';
  readonly subject: string;
  readonly predicate: string;
  readonly object?: string | Quantity | undefined;
  readonly time?: TimeValue | undefined;
  readonly tense?: 'past' | 'present' | 'future' | undefined;
  readonly qualifier?: string | undefined;
  readonly modality: Modality;
  readonly evidence: Range;
}

// The agency in a dateline: 'BEIJING, Jan 3 (Reuters) - ...'.
const DATELINE = /^\)\s?[-–—]/u;
// A source ('according to the report published in X'), not an actor.
const ACCORDING = /\baccording to\b[^,;]*$/iu;
const PREPOSITION = /\b(?:by|from|of|to|with|in|at|for|under|than|into|on|behind|including|via|like|as|about|over|among)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?["“'‘]?$/u;

// Clause boundaries inside a sentence: a semicolon, or a comma before a conjunction or a relative word.
const CLAUSE_BREAK = /;\s+|,\s+(?=(?:and|but|while|whereas|where|whose|which|although|though|yet|because|until|despite|(?:\w+\s)?(?:after|before|when|since))\b)| and (?=(?:was|were|is|are|has|had|will|would|then|later) )/gu;
// The main clause's verb after a relative clause: 'X, which ..., has 3 million users'.
const MAIN_VERB = /^(?:has|have|had|is|are|was|were|will|would|can|could|may|might|said|says|reported|posted|plans|remains|became|employs|owns|holds)\b/u;
// An opening adverbial clause ('After A did X, B did Y'): its names are not the main clause's subject.
const SUBORDINATE = /^\s*(?:after|before|while|although|though|when|since|as|following|like|unlike|resembling|despite|if|because|amid|besides|unless|once|whereas)\b/iu;

/** What every sentence of a document looks up in its entities, indexed once per document. */
interface EntityIndex {
  readonly mentionsBySentence: ReadonlyMap<number, readonly DocumentEntities['mentions'][number][]>;
  readonly types: ReadonlyMap<string, EntityType>;
  readonly names: ReadonlyMap<string, string>;
  readonly places: ReadonlySet<string>;
  readonly main: string | undefined;
  /** Organizations named right after 'stake in', 'holding in', 'bought into', by offset. */
  readonly stakeTargets: readonly { readonly at: number; readonly entity: string }[];
}

// Weak, so an index lives only as long as its document's entities.
const INDEXES = new WeakMap<DocumentEntities, EntityIndex>();

function indexOf(entities: DocumentEntities, text: string): EntityIndex {
  let index = INDEXES.get(entities);
  if (!index) {
    const mentionsBySentence = new Map<number, DocumentEntities['mentions'][number][]>();
    for (const m of entities.mentions) {
      const list = mentionsBySentence.get(m.sentence) ?? [];
      list.push(m);
      mentionsBySentence.set(m.sentence, list);
    }
    const places = new Set(entities.places ?? []);
    const types = new Map(entities.entities.map((e) => [e.id, e.type]));
    index = {
      mentionsBySentence,
      main: mostMentioned(entities, types, places),
      stakeTargets: entities.mentions
        .filter((m) => types.get(m.entity) === 'organization' && !places.has(m.entity) && (STAKE_TARGET_BEFORE.test(text.slice(Math.max(0, m.span.start - STAKE_TARGET_LOOK), m.span.start)) || SHARES_AFTER.test(text.slice(m.span.end, m.span.end + 20))))
        .map((m) => ({ at: m.span.start, entity: m.entity })),
      types,
      names: new Map(entities.entities.map((e) => [e.id, e.name])),
      places,
    };
    INDEXES.set(entities, index);
  }
  return index;
}

// 'its holding in X', 'a stake in X', 'bought into X': X is a company whose shares are held.
// 'for each Kagami share', 'Kagami's ordinary shares': the company whose shares a bid is for.
const SHARES_AFTER = /^(?:['’]s)?\s+(?:ordinary\s+|common\s+)?shares?\b/u;
// 'a stake in X', 'its holding in Kenyan microinsurer X', '30% of X': a nationality and a few
// lower-case words may describe X first. Read over the 60 characters before X (STAKE_TARGET_LOOK).
/**
 * The words that may describe a company before its name, as a pattern's source: a nationality or a
 * place and one to three lower-case words ('Kenyan microinsurer', 'Alberta greenhouse operator'),
 * or up to three lower-case words alone ('quick-commerce startup'). Ends before the name.
 */
export const DESCRIBED_BY = String.raw`(?:\p{Lu}\p{Ll}+\s+(?:[\p{Ll}-]+\s+){1,3}|(?:[\p{Ll}-]+\s+){0,3})`;
export const STAKE_TARGET_BEFORE = new RegExp(String.raw`(?:\b(?:into|stake in|holding in|shares in|shareholding in|interest in)|(?:%|\bper ?cent|\dpct?) of)\s+(?:the\s+)?${DESCRIBED_BY}$`, 'u');
export const STAKE_TARGET_LOOK = 60;

/** The organization a document mentions most (the first mentioned of those tied). */
function mostMentioned(entities: DocumentEntities, types: ReadonlyMap<string, EntityType>, places: ReadonlySet<string>): string | undefined {
  const counts = new Map<string, number>();
  for (const m of entities.mentions) if (types.get(m.entity) === 'organization' && !places.has(m.entity)) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  let best: string | undefined;
  let most = 0;
  for (const [entity, n] of counts) {
    if (n > most) {
      best = entity;
      most = n;
    }
  }
  return best;
}

/** Builds the context of one sentence from the stage outputs. */
export function sentenceContext(
  doc: Document,
  sentence: Sentence,
  entities: DocumentEntities,
  times: readonly TimeValue[],
  quantities: readonly Quantity[],
  reference: TimeValue | undefined,
): SentenceContext {
  const text = doc.text;
  const { mentionsBySentence, types, places, names: entityNames, main, stakeTargets } = indexOf(entities, text);
  const appositives = entities.appositives?.[sentence.index] ?? [];
  const names = (mentionsBySentence.get(sentence.index) ?? []).filter((m) => m.span.start >= sentence.start && m.span.end <= sentence.end);
  const personSpans = names.filter((m) => types.get(m.entity) === 'person' && m.via !== 'reference').map((m) => m.span);
  const mentions: SentenceMention[] = names.map((m) => ({
    entity: m.entity,
    type: types.get(m.entity) ?? 'other',
    start: m.span.start,
    end: m.span.end,
    text: m.span.text,
    via: m.via,
    possessive: (/^['’‘]s?\b|^['’‘](?=\s)/u.test(text.slice(m.span.end, m.span.end + 3)) && !NAME_WITH_S.test(text.slice(m.span.end, m.span.end + 16))) || /^its$/iu.test(m.span.text) || /^(?:his|her|their)$/iu.test(m.span.text),
    appositive: inRanges(appositives, m.span.start),
    place: places.has(m.entity),
    prepositional: DATELINE.test(text.slice(m.span.end, m.span.end + 4)) || PREPOSITION.test(text.slice(Math.max(sentence.start, m.span.start - 16), m.span.start)) || listedAfterPreposition(text, sentence.start, m.span.start, m.span.end) || ACCORDING.test(text.slice(Math.max(sentence.start, m.span.start - 60), m.span.start)),
  }));
  const clauses: Range[] = [];
  let from = sentence.start;
  for (const b of sentence.text.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + b.index;
    if (at > from) clauses.push({ start: from, end: at });
    from = at + b[0].length;
  }
  if (sentence.end > from) clauses.push({ start: from, end: sentence.end });
  // A relative clause ends at its comma: 'X, which opened in 2020, has 2 million users'.
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k] as Range;
    const body = text.slice(c.start, c.end);
    if (!/^(?:which|who|whose)\b/u.test(body)) continue;
    // It ends at the comma before the main verb, not at a comma inside a list of names.
    const commas = [...body.matchAll(/, /gu)].map((m) => m.index);
    const comma = commas.find((k) => MAIN_VERB.test(body.slice(k + 2, k + 30))) ?? commas[0];
    if (comma === undefined) continue;
    clauses.splice(k, 1, { start: c.start, end: c.start + comma }, { start: c.start + comma + 2, end: c.end });
    k++;
  }
  return {
    doc,
    text,
    sentence,
    mentions,
    // A person's name is never a date ('Wang Jun' is not June).
    times: times.filter((t) => t.span && t.span.start >= sentence.start && t.span.end <= sentence.end && !personSpans.some((p) => t.span && t.span.start < p.end && t.span.end > p.start)),
    quantities: quantities.filter((q) => q.span && q.span.start >= sentence.start && q.span.end <= sentence.end && !personSpans.some((p) => q.span && q.span.start < p.end && q.span.end > p.start)),
    clauses,
    appositives,
    topic: entities.topics?.[sentence.index],
    main,
    stakeTarget: stakeTargets.filter((t) => t.at < sentence.start).pop()?.entity,
    names: entityNames,
    reference,
  };
}

/** The clause that holds an offset. */
export function clauseAt(ctx: SentenceContext, at: number): Range {
  return ctx.clauses.find((c) => at >= c.start && at < c.end) ?? { start: ctx.sentence.start, end: ctx.sentence.end };
}

/** The subject of a clause before an offset: the first mention that is not an appositive, a place, or after a preposition. */
export function subjectBefore(ctx: SentenceContext, clause: Range, at: number, types: readonly EntityType[] = ['organization', 'person', 'product']): SentenceMention | undefined {
  // Inside an appositive or a relative clause, the subject is the name it describes.
  const app = ctx.appositives.find((r) => at >= r.start && at < r.end);
  const head = app ? app.start : /^(?:which|who|that)\b/u.test(ctx.text.slice(clause.start, clause.start + 6)) ? clause.start : undefined;
  if (head !== undefined && !ctx.mentions.some((m) => m.start >= clause.start && m.start < at && m.start >= head && types.includes(m.type))) {
    const antecedent = [...ctx.mentions].reverse().find((m) => m.end <= head && head - m.end <= 4 && types.includes(m.type) && !m.place);
    if (antecedent) return antecedent;
  }
  let from = clause.start;
  if (SUBORDINATE.test(ctx.text.slice(clause.start, at))) {
    const comma = ctx.text.lastIndexOf(', ', at);
    if (comma > clause.start) from = comma + 2;
  }
  // 'X is part of a push after Hartwell's bought FreshLane': a verb inside a subordinate clause
  // later in the sentence has that clause's subject.
  // Only when a candidate mention sits later in the clause than the first one can it matter.
  if (ctx.mentions.filter((m) => m.start >= from && m.start < at).length > 1) {
    let inner: RegExpExecArray | null = null;
    for (const m of ctx.text.slice(from, at).matchAll(LATER_SUBORDINATOR)) inner = m;
    if (inner) {
      const innerStart = from + inner.index + inner[0].length;
      if (ctx.mentions.some((m) => m.start >= innerStart && m.start < at && !m.appositive && !m.place && types.includes(m.type))) from = innerStart;
    }
  }
  const cands = ctx.mentions.filter((m) => m.start >= from && m.start < at && !m.appositive && !m.place && types.includes(m.type));
  // 'Its largest shareholder, Abu Dhabi's X, raised ...': a subject told by its owner's possessive
  // is the name in apposition to it.
  const renamed = (): SentenceMention | undefined => {
    const lead = cands.find((m) => !m.prepositional);
    if (!lead || !isPossessiveModifier(ctx, lead)) return undefined;
    return ctx.mentions.find((m) => m.start > lead.end && m.start < at && m.appositive && !m.place && types.includes(m.type) && /^[^,;]{1,60},\s*(?:\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*['’]s\s+)?$/u.test(ctx.text.slice(lead.end, m.start)));
  };
  const found = cands.find((m) => !m.prepositional && !isPossessiveModifier(ctx, m)) ?? renamed() ?? cands.find((m) => !m.prepositional);
  if (found || cands.length > 0) return found;
  // 'A followed suit and is set to open ...': a verb joined by 'and' shares the clause before's
  // subject; after a relative clause, the main clause goes on ('X, which ..., has ...').
  const before = ctx.clauses.filter((c) => c.end <= clause.start);
  const previous = before[before.length - 1];
  if (previous && /^\s*and\b/u.test(ctx.text.slice(previous.end, clause.start + 4))) return subjectBefore(ctx, previous, previous.end, types);
  if (previous && /^(?:which|who|whose)\b/u.test(ctx.text.slice(previous.start, previous.start + 6))) {
    const main = before[before.length - 2];
    if (main) return subjectBefore(ctx, main, main.end, types);
  }
  return undefined;
}

// Also a reported clause: 'X said its Y wind farm entered operation' (Y's), 'X said on Monday that Y'.
const LATER_SUBORDINATOR = /\s(?:after|before|when|since|because|while|once|until|although|though|whereas|(?:said|says|announced|reported|added|confirmed|stated)(?:\s+on\s+\p{Lu}\p{Ll}+)?(?:\s+that)?)\s+/gu;

/** Whether a mention is a possessive in front of another noun ('Acme's unit'), not the actor itself. */
export function isPossessiveModifier(ctx: SentenceContext, m: SentenceMention): boolean {
  if (!m.possessive) return false;
  const after = ctx.text.slice(m.end, m.end + 30);
  // 'of Hartwell's in 2020', 'Sainsbury's said': a name that ends in 's (a shop's name), with no
  // noun after it to own.
  if (NOT_OWNED.test(after)) return false;
  return /^(?:['’‘]s?)?\s+(?:\([^)]{0,20}\)\s+)?[\p{L}\d]/u.test(after);
}

const NOT_OWNED = /^(?:['’‘]s?)?\s+(?:in|on|at|for|to|and|or|but|since|from|with|by|as|was|were|is|are|has|have|had|said|says|which|who|that|when|after|before|until|where|while|last|this|next|will|would|could|can|may|did|does)\b/u;

/** The first mention that starts right after an offset, allowing only articles and a few modifiers in between. */
export function mentionRightAfter(ctx: SentenceContext, at: number, maxGap = 3, types: readonly EntityType[] = ['organization', 'person', 'product']): SentenceMention | undefined {
  for (const m of ctx.mentions) {
    if (m.start < at || !types.includes(m.type) || m.place) continue;
    // 'unveiled its plan': the owner of the object is not the object.
    if (isPossessiveModifier(ctx, m)) return undefined;
    const gap = ctx.text.slice(at, m.start);
    const words = gap.trim().split(/\s+/u).filter((w) => w.length > 0);
    if (words.length > maxGap) return undefined;
    if (/[,;:()]/u.test(gap)) return undefined;
    // 'the payments division of X': X is not what the verb acts on.
    if (/\b(?:of|in|at|for|from|with|by|under|to)\b/iu.test(gap)) return undefined;
    if (words.every((w) => /^(?:the|a|an|its|their|his|her|new|own|first|joint|["“'‘]+)$/iu.test(w) || /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return m;
    return undefined;
  }
  return undefined;
}

/** The time of a clause: one stated inside it (nearest to `at`), or the one that opens the sentence. */
export function timeFor(ctx: SentenceContext, clause: Range, at: number, strict = false): TimeValue | undefined {
  // A date inside an appositive ('X, founded in 2010,') dates that appositive only.
  const own = ctx.appositives.find((r) => at >= r.start && at < r.end);
  const candidates = ctx.times.filter(
    (t) =>
      t.span &&
      t.span.start >= clause.start &&
      t.span.end <= clause.end &&
      ctx.appositives.every((r) => r === own || !(t.span && t.span.start >= r.start && t.span.start < r.end)),
  );
  // A date inside a quotation dates what the speaker says, not the words around the quotation
  // ('"... a dream for after 2030," said X, who co-founded the company').
  const quotes = candidates.length > 0 && QUOTE_MARK.test(ctx.sentence.text) ? quotedRanges(ctx.text, ctx.sentence.start, ctx.sentence.end) : [];
  const quoteOfAt = quotes.find((r) => at >= r.start && at < r.end);
  const inside = quotes.length === 0 ? candidates : candidates.filter((t) => quotes.find((r) => (t.span?.start ?? 0) >= r.start && (t.span?.start ?? 0) < r.end) === quoteOfAt);
  // 'said on Monday that it had completed X': X happened on or before Monday; 'said in March
  // that it had yet to': the denial holds as of March.
  const reported = inside.find((t) => t.span && at > t.span.end && saidOn(ctx, t));
  if (reported && inside.length === 1) {
    const clauseText = ctx.text.slice(clause.start, clause.end);
    return NEGATED.test(clauseText) ? reported : { ...reported, start: '0001-01-01', mod: 'ON_OR_BEFORE' };
  }
  // 'founded in 2003 and listed in June 2010': a date right after the verb is its own; else the
  // nearest one before it ('In May 2015, X launched ...').
  // (A comma inside a figure, '2,300 billion', is no break.)
  // Nor is a colon ('since it was established: a Series A in March 2021').
  const following = inside.find((t) => t.span && t.span.start >= at && !/\band\b|[,:;](?!\d)/u.test(ctx.text.slice(at, t.span.start)));
  if (following) return following;
  const preceding = inside.filter((t) => t.span && t.span.end <= at).pop();
  if (preceding) return preceding;
  // A figure takes only a date next to it or before it; an event, any date of its clause.
  // Not one after a colon or semicolon that follows it: that is a list of other things.
  const reachable = inside.filter((t) => !t.span || t.span.end <= at || !/[:;](?!\d)/u.test(ctx.text.slice(at, t.span.start)));
  if (reachable.length > 0 && !strict) return [...reachable].sort((a, b) => Math.abs((a.span?.start ?? 0) - at) - Math.abs((b.span?.start ?? 0) - at))[0];
  if (inside.length > 0) return undefined;
  // 'in March, when X sold $250 million of bonds': the 'when' clause happened at the time before it.
  if (/^when\b/iu.test(ctx.text.slice(clause.start, clause.start + 5))) {
    const then = ctx.times.find((t) => t.span && t.span.end <= clause.start && /^\s*,\s*$/u.test(ctx.text.slice(t.span.end, clause.start)));
    if (then) return then;
  }
  // 'In 2020, A did X, and B did Y': a date opening the sentence, before any name, dates every clause.
  const firstName = ctx.mentions[0]?.start ?? ctx.sentence.end;
  const opening = ctx.times.find((t) => t.span && t.span.start < clause.start && t.span.start < firstName && t.span.start - ctx.sentence.start < 50 && /^[\s\d,.]*,/u.test(ctx.text.slice(t.span.end, t.span.end + 6)));
  return opening;
}

const QUOTE_MARK = /["“]/u;

/** Whether an offset lies inside a quotation of its sentence, or of one its sentence closes (see {@link insideQuotation}). */
export function insideQuotes(ctx: SentenceContext, at: number): boolean {
  return insideQuotation(ctx.text, ctx.sentence.start, at);
}

/** The stretches of a sentence inside double quotation marks (curly or straight), quotes included. */
function quotedRanges(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '“' || (c === '"' && open < 0)) open = i;
    else if ((c === '”' || c === '"') && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return out;
}

const NEGATED = /n['’]t\b|\b(?:not|never|no longer|yet to|has yet|had yet|have yet|lacks?)\b/iu;

/** 'said on Monday that ...': the date of the statement, not of what it reports. */
function saidOn(ctx: SentenceContext, t: TimeValue): boolean {
  if (!t.span) return false;
  const before = ctx.text.slice(Math.max(ctx.sentence.start, t.span.start - 30), t.span.start);
  const after = ctx.text.slice(t.span.end, t.span.end + 8);
  return /\b(?:said|says|announced|told|reported|confirmed|disclosed|revealed)\b[^,.;]{0,12}$/iu.test(before) && /^,?\s*that\b/iu.test(after.trimStart());
}

/** A past moment before the publication date, for past events the text does not date. */
export function beforePublication(reference: TimeValue | undefined): TimeValue | undefined {
  if (!reference) return undefined;
  return {
    timex: reference.timex,
    start: '0001-01-01',
    end: reference.end,
    granularity: reference.granularity,
    mod: 'ON_OR_BEFORE',
    anchor: 'publication',
    implied: ['year', 'month', 'day'],
  };
}

// Words that open a clause of its own inside a clause: what comes after them is not asserted by
// the verb before them, and the other way round ('would buy B, its biggest deal since it was set
// up in 2004'; 'was founded in 1987 and might list next year'; 'was founded in 2011, the company
// said, adding that it would open branches'). A comma before an auxiliary or a verb of saying
// closes a relative clause or an appositive and goes back to the main clause ('X, who became
// CEO in 2015, will step down'). 'that' is left out: 'denied that it bought B' denies what follows.
const OWN_CLAUSE =
  /\b(?:since|which|who|whom|whose|where|because|although|though|whereas|while|when|until|once|after|before)\b|\band\b|,\s+(?:adding|saying|noting|explaining|stressing|warning|citing)\b|,\s+(?=(?:will|would|may|might|could|can|should|must|has|have|had|is|are|was|were|does|did|said|says|plans|declined|denied)\b)/giu;

/**
 * The stretch of a clause that a verb at `at` owns, for its hedges, negations and tense: from the
 * last subordinating word or 'and' before it to the next one after it. 'since' followed by a date
 * ('CEO since 2012') opens no clause.
 */
export function scopeAt(ctx: SentenceContext, clause: Range, at: number): Range {
  let start = clause.start;
  let end = clause.end;
  const text = ctx.text.slice(clause.start, clause.end);
  for (const m of text.matchAll(OWN_CLAUSE)) {
    const where = clause.start + m.index;
    if (/^since$/iu.test(m[0]) && /^\s+(?:\p{Lu}\p{Ll}+\s+)?(?:\d|early|late|mid|last|the (?:start|end|beginning))/u.test(ctx.text.slice(where + 5, where + 24))) continue;
    if (where + m[0].length <= at) start = where;
    else if (where > at) {
      end = where;
      break;
    }
  }
  return { start, end };
}
