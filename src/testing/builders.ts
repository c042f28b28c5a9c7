import type { Approx, Claim, ClaimKind, Document, Entity, EntityType, Quantity, TimeMod, TimeValue } from '../types.js';

const HALVES: Readonly<Record<string, readonly [string, string]>> = { H1: ['01-01', '06-30'], H2: ['07-01', '12-31'] };
const QUARTERS: Readonly<Record<string, readonly [string, string]>> = {
  Q1: ['01-01', '03-31'],
  Q2: ['04-01', '06-30'],
  Q3: ['07-01', '09-30'],
  Q4: ['10-01', '12-31'],
};

/** Extra parts of a built time value. */
export interface TimeExtra {
  readonly mod?: TimeMod;
  readonly implied?: readonly ('year' | 'month' | 'day')[];
  readonly anchor?: TimeValue['anchor'];
}

/**
 * A time value from its TIMEX3 value: '2016', '2016-12', '2016-12-27', '2022-Q2', '2022-H1', '201X'.
 * Throws on anything else, since a test with a mistyped date would test nothing.
 */
export function time(timex: string, extra: TimeExtra = {}): TimeValue {
  const base = { timex, anchor: extra.anchor ?? 'absolute', implied: extra.implied ?? [], ...(extra.mod ? { mod: extra.mod } : {}) } as const;
  let m = /^(\d{4})$/u.exec(timex);
  if (m) return { ...base, start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, granularity: 'year' };
  m = /^(\d{4})-(\d{2})$/u.exec(timex);
  if (m) return { ...base, start: `${timex}-01`, end: `${timex}-${String(new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate()).padStart(2, '0')}`, granularity: 'month' };
  m = /^\d{4}-\d{2}-\d{2}$/u.exec(timex);
  if (m) return { ...base, start: timex, end: timex, granularity: 'day' };
  m = /^(\d{4})-([QH]\d)$/u.exec(timex);
  const part = m ? (QUARTERS[m[2] ?? ''] ?? HALVES[m[2] ?? '']) : undefined;
  if (m && part) return { ...base, start: `${m[1]}-${part[0]}`, end: `${m[1]}-${part[1]}`, granularity: m[2]?.startsWith('Q') ? 'quarter' : 'half' };
  m = /^(\d{3})X$/u.exec(timex);
  if (m) return { ...base, start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31`, granularity: 'decade' };
  throw new Error(`time(): '${timex}' is not a TIMEX3 value this builder knows (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn, YYYX)`);
}

/** Extra parts of a built figure. */
export interface QuantityExtra {
  readonly low?: number;
  readonly high?: number;
  readonly approx?: Approx;
  readonly equivalent?: Quantity;
  readonly noun?: string;
}

function quantity(kind: Quantity['kind'], value: number, unit: string, extra: QuantityExtra): Quantity {
  return {
    kind,
    value,
    low: extra.low ?? value,
    high: extra.high ?? value,
    unit,
    ...(extra.approx ? { approx: extra.approx } : {}),
    ...(extra.equivalent ? { equivalent: extra.equivalent } : {}),
    ...(extra.noun ? { noun: extra.noun } : {}),
  };
}

/** An amount of money: money(3e9, 'CNY', { equivalent: money(432e6, 'USD', { approx: 'around' }) }). */
export function money(value: number, currency: string, extra: QuantityExtra = {}): Quantity {
  return quantity('money', value, currency, extra);
}

/** A percentage: percent(29.5). */
export function percent(value: number, extra: QuantityExtra = {}): Quantity {
  return quantity('percent', value, '%', extra);
}

/** A count of something: count(100e6, 'registered users'). */
export function count(value: number, noun?: string, extra: QuantityExtra = {}): Quantity {
  return quantity('count', value, 'count', { ...extra, ...(noun ? { noun } : {}) });
}

/** An article: doc('a', { outlet: 'Alpha', published: '2016-12' }). */
export function doc(id: string, meta: Partial<Omit<Document, 'id'>> = {}): Document {
  return { id, text: meta.text ?? '', ...meta };
}

/** An entity: entity('org:acme', 'Acme Corp', { aliases: ['Acme'] }). */
export function entity(id: string, name: string, extra: { readonly type?: EntityType; readonly aliases?: readonly string[] } = {}): Entity {
  return { id, name, type: extra.type ?? (id.startsWith('person:') ? 'person' : 'organization'), aliases: extra.aliases ?? [] };
}

/** What a built claim says; only doc, subject and (for `claim`) predicate are required. */
export interface ClaimSpec {
  readonly id?: string;
  readonly doc: string;
  readonly subject: string;
  readonly object?: string | Quantity;
  /** A TIMEX3 value (see {@link time}) or a time value. */
  readonly time?: string | TimeValue;
  readonly tense?: Claim['tense'];
  readonly qualifier?: string;
  readonly negated?: boolean;
  readonly hedged?: boolean;
  readonly attributedTo?: string;
  /** The evidence text; a summary of the claim when absent. */
  readonly text?: string;
  /**
   * The evidence's sentence index. When absent, one derived from the claim's id, so claims built
   * apart sit in different sentences, as claims of one article usually do; give the same number to
   * put claims in one sentence.
   */
  readonly sentence?: number;
}

/**
 * A claim. Without an id it gets one derived from its content, so the same spec always gives the
 * same id and two different specs (almost surely) different ones.
 */
export function claim(kind: ClaimKind, predicate: string, spec: ClaimSpec): Claim {
  const t = typeof spec.time === 'string' ? time(spec.time) : spec.time;
  const objectText = typeof spec.object === 'object' ? `${spec.object.value}${spec.object.unit}` : (spec.object ?? '');
  const summary = [spec.subject, predicate, spec.qualifier, objectText, t?.timex, spec.tense, spec.negated ? 'not' : undefined].filter(Boolean).join(' ');
  const text = spec.text ?? summary;
  const id = spec.id ?? `${spec.doc}#${summary.replace(/\s+/gu, '-')}${spec.sentence === undefined ? '' : `#${spec.sentence}`}`;
  return {
    id,
    doc: spec.doc,
    kind,
    subject: spec.subject,
    predicate,
    ...(spec.object !== undefined ? { object: spec.object } : {}),
    ...(t ? { time: t } : {}),
    ...(spec.tense ? { tense: spec.tense } : {}),
    ...(spec.qualifier !== undefined ? { qualifier: spec.qualifier } : {}),
    modality: { negated: spec.negated ?? false, hedged: spec.hedged ?? false, ...(spec.attributedTo ? { attributedTo: spec.attributedTo } : {}) },
    evidence: { start: 0, end: text.length, text, sentence: spec.sentence ?? sentenceOf(id) },
  };
}

/** An event claim: event('founded', { doc: 'a', subject: 'org:acme', time: '2015' }). */
export function event(predicate: string, spec: ClaimSpec): Claim {
  return claim('event', predicate, spec);
}

/** A role claim; the subject is the organization, the object the holder. */
export function role(predicate: string, spec: ClaimSpec & { readonly object: string }): Claim {
  return claim('role', predicate, spec);
}

/** An attribute claim; the object is the figure. */
export function attribute(predicate: string, spec: ClaimSpec & { readonly object: Quantity }): Claim {
  return claim('attribute', predicate, spec);
}

/** A sentence index from an id: stable, and different for different ids in all but rare cases. */
function sentenceOf(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (Math.imul(h, 31) + id.charCodeAt(i)) | 0;
  return (h >>> 0) % 100_000;
}
