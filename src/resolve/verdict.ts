import type { Claim, Document, Finding, Verdict } from '../types.js';
import { intervalOf, PRECISION, timeOfDate } from '../rules/intervals.js';
import { isQuantity } from '../rules/figures.js';
import { convert as defaultConvert } from '../quantity/index.js';
import { sourcesOf } from './independence.js';

/** What was weighed for one side of a finding. */
interface SideWeight {
  readonly claims: readonly Claim[];
  /** Independent sources (copies of one story, and one outlet's articles, count once). */
  readonly sources: number;
  /** How precisely the side states its value, 0 to 1 (a day beats a year; stated beats implied). */
  readonly specificity: number;
  /** How soon after the event the side was published, 0 to 1 (undefined when not an event). */
  readonly closeness: number | undefined;
  /** Years between the event (or the dated figure) and the side's earliest report. */
  readonly lagYears: number | undefined;
  /** Whether the lag is counted from an event, rather than from the time a figure describes. */
  readonly lagFromEvent: boolean;
  /** Share of the side's claims that are not hedged. */
  readonly firmness: number;
  /** Whether a currency conversion in the side's own sentence fits the side's date better. */
  readonly corroborated: boolean;
  /** Whether the side dates an event after the article that reports it was published. */
  readonly impossible: boolean;
  /** The latest publication among the side's articles, as a day number. */
  readonly latest: number;
}

const GRANULARITY_WORDS: Readonly<Record<number, string>> = { 0: 'a decade', 1: 'a year', 2: 'a half-year', 3: 'a quarter', 4: 'a month', 5: 'a week', 6: 'a day' };

/** Options for {@link resolveFindings}. */
export interface ResolveOptions {
  /** Currency conversion, for corroboration by rates; the built-in table when absent. */
  readonly convert?: (amount: number, from: string, to: string, month: string) => number | undefined;
  /**
   * Fingerprints of document texts by document id ({@link textSketch}, as extraction records them),
   * used instead of the texts to find copies of one story: so a report assembled from extractions
   * alone, without the texts, still counts copies once.
   */
  readonly sketches?: ReadonlyMap<string, readonly number[]>;
}

/**
 * Adds a verdict to each finding with two or more sides: which side is more likely right, how
 * sure (0.5 is a coin toss, never above 0.95), and why in one sentence. Weighed, in order: the
 * number of independent sources (near-duplicate copies of one story and one outlet's articles
 * count once), whether a side dates an event after the very article that reports it, a currency
 * conversion in the side's sentence that fits its date, how specific each side is, how soon after
 * the event it was published, and whether it is hedged. An update (severity info) names the later
 * value as current. One-sided findings are left as they are.
 */
export function resolveFindings(findings: readonly Finding[], claims: readonly Claim[], documents: readonly Document[], options: ResolveOptions = {}): Finding[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const docs = new Map(documents.map((d) => [d.id, d]));
  // Only the articles some finding cites need a source; comparing texts costs, so skip the rest.
  const cited = new Set(findings.flatMap((f) => f.claims.map((id) => byId.get(id)?.doc ?? '')));
  const sources = sourcesOf(documents.filter((d) => cited.has(d.id)), options.sketches);
  const conversions = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!isQuantity(c.object) || !c.object.equivalent) continue;
    const key = `${c.doc}\u0000${c.evidence.sentence}`;
    const list = conversions.get(key);
    if (list) list.push(c);
    else conversions.set(key, [c]);
  }
  const convert = options.convert ?? defaultConvert;
  return findings.map((finding) => {
    const sides = (finding.sides ?? []).map((side) => side.flatMap((id) => byId.get(id) ?? []));
    if (sides.length < 2 || sides.some((s) => s.length === 0)) return finding;
    const weights = sides.map((side) => weigh(side, conversions, docs, sources, convert));
    const verdict = finding.severity === 'info' ? updateVerdict(finding, weights, docs) : conflictVerdict(finding, weights, docs);
    return verdict ? { ...finding, verdict } : finding;
  });
}

function weigh(side: readonly Claim[], conversions: ReadonlyMap<string, readonly Claim[]>, docs: ReadonlyMap<string, Document>, sources: ReadonlyMap<string, string>, convert: NonNullable<ResolveOptions['convert']>): SideWeight {
  const sourceIds = new Set(side.map((c) => sources.get(c.doc) ?? c.doc));
  let specificity = 0;
  let closeness: number | undefined;
  let lagYears: number | undefined;
  let lagFromEvent = false;
  let impossible = false;
  let corroborated = false;
  let latest = -Infinity;
  for (const c of side) {
    const published = publishedOf(docs.get(c.doc));
    if (published) latest = Math.max(latest, published.end);
    specificity = Math.max(specificity, specificityOf(c));
    const t = c.time ? intervalOf(c.time) : undefined;
    // A dated figure (a deal's price, a quarter's revenue) is weighed like an event: a report soon
    // after the time it describes beats one years later. A time open towards the past tells no lag.
    const dated = c.kind === 'event' || (c.kind === 'attribute' && t !== undefined && Number.isFinite(t.start));
    if (dated && t && published && Number.isFinite(t.end)) {
      const lag = Math.max(0, published.start - t.end) / 365.25;
      if (lagYears === undefined || lag < lagYears) {
        lagYears = lag;
        lagFromEvent = c.kind === 'event';
      }
      closeness = Math.max(closeness ?? 0, 1 / (1 + lag));
      if (c.kind === 'event' && c.tense !== 'future' && t.start > published.end) impossible = true;
    }
    if (c.time && conversionFits(c, conversions.get(`${c.doc}\u0000${c.evidence.sentence}`) ?? [], convert)) corroborated = true;
  }
  const firmness = side.filter((c) => !c.modality.hedged).length / side.length;
  return { claims: side, sources: sourceIds.size, specificity, closeness, lagYears, lagFromEvent, firmness, corroborated, impossible: impossible && side.length === 1, latest };
}

/**
 * How precisely a claim states its value, 0 to 1: for a figure, whether it is exact or qualified
 * ('about', 'over'), since the value in dispute is the figure and not its date; otherwise its date.
 */
function specificityOf(c: Claim): number {
  if (isQuantity(c.object)) return c.object.approx ? 0.4 : 0.8;
  let score = 0.5;
  if (c.time) {
    score = PRECISION[c.time.granularity] / PRECISION.day;
    score -= 0.15 * c.time.implied.length;
    if (c.time.mod && c.time.mod !== 'EARLY' && c.time.mod !== 'MID' && c.time.mod !== 'LATE') score -= 0.1;
  }
  return Math.max(0, Math.min(1, score));
}

/**
 * Whether a conversion stated in the claim's own sentence ('600 million yuan ($92 million)')
 * matches the exchange rate of the claim's month within 3%: the writer had that date's rate.
 */
function conversionFits(c: Claim, sameSentence: readonly Claim[], convert: NonNullable<ResolveOptions['convert']>): boolean {
  // A time open towards the past ('by 15 August 2022') is dated by its end.
  const month = c.time ? (c.time.start.startsWith('0001-') ? c.time.end : c.time.start).slice(0, 7) : undefined;
  if (!month || c.time?.implied.length) return false;
  for (const other of sameSentence) {
    const q = other.object;
    if (!isQuantity(q) || !q.equivalent) continue;
    const expected = convert(q.value, q.unit, q.equivalent.unit, month);
    if (expected !== undefined && Math.abs(q.equivalent.value - expected) / expected <= 0.03) return true;
  }
  return false;
}

function score(w: SideWeight): number {
  return 2 * w.sources + (w.impossible ? -3 : 0) + (w.corroborated ? 1.5 : 0) + w.specificity + (w.closeness ?? 0) + w.firmness;
}

function conflictVerdict(finding: Finding, weights: readonly SideWeight[], docs: ReadonlyMap<string, Document>): Verdict | undefined {
  const ranked = weights.map((w, i) => ({ w, i, s: score(w) })).sort((a, b) => b.s - a.s || a.i - b.i);
  const best = ranked[0];
  const next = ranked[1];
  const likely = best?.w.claims[0];
  if (!best || !next || !likely) return undefined;
  const margin = best.s - next.s;
  const confidence = round(Math.min(0.95, 0.5 + margin / (best.s + next.s + 1)));
  const reasons = reasonsFor(best.w, next.w);
  const value = sideValue(finding, best.i);
  const outlets = outletsOf(best.w, docs);
  const [ob, on] = [outletsOf(best.w, docs), outletsOf(next.w, docs)];
  const why =
    margin <= 0 || reasons.length === 0
      ? ob === on
        ? `Both sides come from ${ob} and nothing else tells them apart, so this is close to a coin toss.`
        : `Neither side has the stronger evidence (${ob} against ${on}), so this is close to a coin toss.`
      : `${value ? `${value} (${outlets})` : outlets} is more likely: ${reasons.join(', ')}.`;
  return { likely: likely.id, confidence: margin <= 0 ? 0.5 : confidence, why };
}

function reasonsFor(a: SideWeight, b: SideWeight): string[] {
  const out: string[] = [];
  if (a.sources > b.sources) out.push(`${a.sources} independent sources against ${b.sources}`);
  if (b.impossible && !a.impossible) out.push('the other side dates the event after its own article was published');
  if (a.corroborated && !b.corroborated) out.push('a currency conversion in the same sentence fits its date');
  if (a.specificity > b.specificity + 0.05) out.push(`it is more specific (${specificityWord(a)} against ${specificityWord(b)})`);
  // Only a lag that is a fraction of the other's counts: 15.5 years against 16.4 says nothing.
  if (a.lagYears !== undefined && b.lagYears !== undefined && b.lagYears - a.lagYears >= 0.5 && b.lagYears >= 2 * a.lagYears) {
    out.push(`it was reported ${years(a.lagYears)} after ${a.lagFromEvent ? 'the event' : 'the time it describes'}, the other ${years(b.lagYears)} after`);
  }
  if (a.firmness > b.firmness) out.push('it is stated without hedging');
  return out;
}

function specificityWord(w: SideWeight): string {
  if (w.claims.every((c) => isQuantity(c.object))) return w.claims.every((c) => isQuantity(c.object) && c.object.approx) ? 'an approximate figure' : 'an exact figure';
  const best = w.claims.reduce((m, c) => Math.max(m, c.time ? PRECISION[c.time.granularity] : -1), -1);
  return best >= 0 ? (GRANULARITY_WORDS[best] ?? 'a date') : 'a date';
}

function years(y: number): string {
  if (y < 1 / 12) return 'within a month';
  if (y < 1) return `${Math.round(y * 12)} months`;
  const r = Math.round(y * 10) / 10;
  return `${r} year${r === 1 ? '' : 's'}`;
}

function updateVerdict(finding: Finding, weights: readonly SideWeight[], docs: ReadonlyMap<string, Document>): Verdict | undefined {
  const ranked = weights.map((w, i) => ({ w, i })).sort((a, b) => b.i - a.i);
  const latest = ranked[0];
  const likely = latest?.w.claims[0];
  if (!latest || !likely) return undefined;
  const value = sideValue(finding, latest.i);
  return { likely: likely.id, confidence: 0.7, why: `The values belong to different dates, so both can be right; ${value ? `${value} (${outletsOf(latest.w, docs)})` : outletsOf(latest.w, docs)} is the later one.` };
}

/** The value a side stands for, from the finding's data ('a' for the first side, 'b' for the second). */
function sideValue(finding: Finding, index: number): string | undefined {
  const key = index === 0 ? 'a' : index === 1 ? 'b' : undefined;
  const v = key ? finding.data[key] : undefined;
  return v === undefined || v === '' ? undefined : String(v);
}

function outletsOf(w: SideWeight, docs: ReadonlyMap<string, Document>): string {
  const names = [...new Set(w.claims.map((c) => docs.get(c.doc)?.outlet ?? docs.get(c.doc)?.title ?? c.doc))];
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

function publishedOf(doc: Document | undefined): { start: number; end: number } | undefined {
  const t = doc?.published ? timeOfDate(doc.published) : undefined;
  return t ? intervalOf(t) : undefined;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
