import type { Claim, Entity, Finding, Report, ReportDocument, Severity, TimeMod, TimeValue } from '../types.js';

/** One side of a finding: a claim, the document it came from, and a name for its source. */
export interface Side {
  readonly claim: Claim;
  readonly document: ReportDocument | undefined;
  /** The outlet, or the document id when the outlet is unknown. */
  readonly outlet: string;
}

interface ReportIndex {
  readonly claims: ReadonlyMap<string, Claim>;
  readonly documents: ReadonlyMap<string, ReportDocument>;
}

// Formats look claims up once per side of every finding; building the maps once per report keeps
// a large report linear. Reports are immutable data, so caching by identity is safe.
const indexes = new WeakMap<Report, ReportIndex>();

/** Claims and documents of a report by id, built once per report object. */
export function indexOf(report: Report): ReportIndex {
  let index = indexes.get(report);
  if (!index) {
    index = { claims: new Map(report.claims.map((c) => [c.id, c])), documents: new Map(report.documents.map((d) => [d.id, d])) };
    indexes.set(report, index);
  }
  return index;
}

/** Looks up what a finding is about, for the text formats; claims missing from the report are skipped. */
export function sidesOf(report: Report, finding: Finding): Side[] {
  const { claims, documents: docs } = indexOf(report);
  const out: Side[] = [];
  for (const id of finding.claims) {
    const claim = claims.get(id);
    if (!claim) continue;
    const document = docs.get(claim.doc);
    out.push({ claim, document, outlet: document?.outlet ?? claim.doc });
  }
  return out;
}

/**
 * A finding's sides as groups of claims that state the same value: the rule's own split when it
 * gives one (`finding.sides`), otherwise one group per claim. Claims the split leaves out, or that
 * are missing from the report, are handled as their own group or skipped.
 */
export function sideGroups(report: Report, finding: Finding): Side[][] {
  const all = sidesOf(report, finding);
  const byId = new Map(all.map((s) => [s.claim.id, s]));
  const groups: Side[][] = [];
  const placed = new Set<string>();
  for (const ids of finding.sides ?? []) {
    const group = ids.map((id) => byId.get(id)).filter((s): s is Side => s !== undefined && !placed.has(s.claim.id));
    for (const s of group) placed.add(s.claim.id);
    if (group.length > 0) groups.push(group);
  }
  for (const s of all) if (!placed.has(s.claim.id)) groups.push([s]);
  return groups;
}

/** A side's label: A, B, ... Z, then AA, AB, ... */
export function sideLabel(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${sideLabel(Math.floor(index / 26) - 1)}${letter}`;
}

/** Counts of findings by severity. */
export function tally(report: Report): Record<Severity, number> {
  const t = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) t[f.severity]++;
  return t;
}

/** Severities from most to least severe; a lower rank is more severe. */
export const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[];

/** The rank of a severity in {@link SEVERITIES}. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Entities by id, for naming subjects and objects. */
export function entityIndex(report: Report): Map<string, Entity> {
  return new Map(report.entities.map((e) => [e.id, e]));
}

/** A readable name for an entity id, or the id itself when it is not an entity. */
export function nameOf(id: string | undefined, entities: ReadonlyMap<string, Entity>): string {
  if (id === undefined) return '';
  return entities.get(id)?.name ?? id;
}

/** A claim's object in words: an entity's name, a title, or a figure with its unit. */
export function describeObject(claim: Claim, entities: ReadonlyMap<string, Entity>): string {
  if (typeof claim.object === 'string') return nameOf(claim.object, entities);
  if (!claim.object) return '';
  const q = claim.object;
  const unit = q.unit === 'count' ? ` ${q.noun ?? ''}` : q.unit === '%' ? '%' : ` ${q.unit}`;
  return `${q.approx ? `${q.approx.replace('-', ' ')} ` : ''}${q.value.toLocaleString('en-US')}${unit}`.trim();
}

/** A claim's value in words: its object (name, title or figure) and when. */
export function describeValue(claim: Claim, entities: ReadonlyMap<string, Entity>): string {
  return [describeObject(claim, entities), claim.time ? timeLabel(claim.time) : ''].filter((p) => p !== '').join(', ');
}

const MOD_WORDS: Record<TimeMod, string> = {
  EARLY: 'early',
  MID: 'mid',
  LATE: 'late',
  BEFORE: 'before',
  AFTER: 'after',
  ON_OR_BEFORE: 'by',
  ON_OR_AFTER: 'since',
  APPROX: 'about',
};

/** A time as a reader says it: its TIMEX3 value with the modifier in words ('by 2016-12', 'late 2015'). */
export function timeLabel(time: TimeValue): string {
  return time.mod ? `${MOD_WORDS[time.mod]} ${time.timex}` : time.timex;
}

/** When an entity went by which name, in words: 'Yonder Air until 2020 · Zeta Air from 2020'; empty when the text dates none. */
export function namesLabel(entity: Entity | undefined): string {
  return (entity?.names ?? [])
    .map((n) => [n.name, n.from ? `from ${timeLabel(n.from)}` : '', n.until ? `until ${timeLabel(n.until)}` : '', n.former && !n.until ? '(former)' : ''].filter((p) => p !== '').join(' '))
    .join(' · ');
}

/** The side a verdict favours, if any. */
export function isLikely(finding: Finding, claim: Claim): boolean {
  return finding.verdict?.likely === claim.id;
}
