import type { Claim, Document, Entity, Finding, Severity, TimeValue } from '../types.js';
import { claimKey } from '../claims/vocabulary.js';
import { convert as defaultConvert } from '../quantity/index.js';
import { RuleError } from './errors.js';
import { findingId } from './finding-id.js';
import { renderMessage } from './message.js';
import { timeOfDate } from './intervals.js';
import { resolveRuleSet, type ActiveRule, type RulesConfig } from './config.js';
import type { AnyRule, ClaimGroup, Convert, Grade, RuleContext, RuleReport, RuleScope } from './rule.js';

/** What the engine runs over. */
export interface RunRulesInput {
  readonly claims: readonly Claim[];
  readonly entities: readonly Entity[];
  readonly documents: readonly Document[];
  /** The `rules` section of a configuration: severities, options, declarative rules. */
  readonly config?: RulesConfig | undefined;
  /** Rules written in code (`defineRule`) to run beside the built-in ones. */
  readonly rules?: readonly AnyRule[] | undefined;
  /** Currency conversion; the quantity stage's historical table when absent. */
  readonly convert?: Convert | undefined;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Runs every active rule over the claims and returns the findings, sorted (errors first, then by
 * rule and id) and free of duplicates. Claims are grouped by their comparison key with a hash map,
 * so only claims about the same subject, predicate and qualifier are ever compared; rules of scope
 * `document` get one article's claims at a time. Throws a {@link RuleError} tagged with the rule's
 * id when a rule crashes or returns something malformed, and when the configuration is invalid.
 */
export function runRules(input: RunRulesInput): Finding[] {
  return applyRules(resolveRuleSet(input.config, input.rules), input);
}

/**
 * Runs the given rules, already resolved to a severity and parsed options, over the claims: what
 * {@link runRules} does after reading the configuration, and what the RuleTester calls to run one
 * rule alone.
 */
export function applyRules(active: readonly ActiveRule[], input: Omit<RunRulesInput, 'config' | 'rules'>): Finding[] {
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const claims = [...input.claims].sort((a, b) => compare(a.id, b.id));
  const byId = new Map(claims.map((c) => [c.id, c]));
  const groups: Readonly<Record<RuleScope, readonly ClaimGroup[]>> = { key: groupByKey(claims), document: groupByDocument(claims) };
  const base = lookups(documents, entities, input.convert ?? defaultConvert);

  // The claim kinds in each group, as a set of bits: most rules read one or two kinds, and most
  // groups hold one, so a rule skips (or takes whole) a group without filtering its claims.
  const bits = new Map<string, number>();
  const bitOf = (kind: string): number => {
    let b = bits.get(kind);
    if (b === undefined) {
      b = bits.size < 30 ? 1 << bits.size : 0;
      bits.set(kind, b);
    }
    return b;
  };
  const kindsIn = new Map<ClaimGroup, number>();
  for (const scope of ['key', 'document'] as const) {
    for (const group of groups[scope]) {
      let mask = 0;
      for (const c of group.claims) mask |= bitOf(c.kind);
      kindsIn.set(group, mask);
    }
  }

  const findings = new Map<string, Finding>();
  for (const { rule, severity, options } of active) {
    const scope = rule.meta.scope ?? 'key';
    const context: RuleContext<unknown> = { ...base, options };
    let wanted = 0;
    for (const kind of rule.meta.kinds) wanted |= bitOf(kind);
    // A kind past the thirtieth has no bit of its own: such groups are always filtered.
    const exact = bits.size <= 30;
    for (const group of groups[scope]) {
      const present = kindsIn.get(group) ?? 0;
      if (exact && (present & wanted) === 0) continue;
      const relevant = exact && (present & ~wanted) === 0 ? group.claims : group.claims.filter((c) => rule.meta.kinds.includes(c.kind));
      if (relevant.length === 0) continue;
      const view: ClaimGroup = relevant.length === group.claims.length ? group : { ...group, claims: relevant };
      let reports: readonly RuleReport<string>[];
      try {
        reports = rule.check(view, context);
      } catch (cause) {
        if (cause instanceof RuleError) throw cause;
        throw new RuleError('rule-crashed', `crashed on the claims of '${group.key.split('\u0000').join(' ')}': ${(cause as Error)?.message ?? String(cause)}`, { rule: rule.id, cause });
      }
      for (const report of reports) {
        const finding = toFinding(rule, severity, report, view, byId, base.name);
        if (!findings.has(finding.id)) findings.set(finding.id, finding);
      }
    }
  }
  return [...findings.values()].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compare(a.rule, b.rule) || compare(a.id, b.id),
  );
}

function toFinding(
  rule: AnyRule,
  severity: Severity,
  report: RuleReport<string>,
  group: ClaimGroup,
  byId: ReadonlyMap<string, Claim>,
  name: (id: string) => string,
): Finding {
  const template = (rule.meta.messages as Readonly<Record<string, string>>)[report.messageId];
  if (template === undefined) {
    throw new RuleError('unknown-message', `reported messageId '${report.messageId}', which meta.messages lacks (it has ${Object.keys(rule.meta.messages).join(', ')})`, { rule: rule.id });
  }
  const sides = report.sides.map((side) => [...new Set(side)].sort(compare)).filter((side) => side.length > 0);
  const claimIds = [...new Set(sides.flat())];
  if (claimIds.length === 0) throw new RuleError('empty-report', `reported '${report.messageId}' without any claim`, { rule: rule.id });
  for (const id of claimIds) {
    if (!byId.has(id)) throw new RuleError('unknown-claim', `reported claim '${id}', which is not among the claims`, { rule: rule.id });
  }
  const first = byId.get(claimIds[0] ?? '');
  const subject = group.subject ?? sharedValue(claimIds.map((id) => byId.get(id)?.subject));
  const predicate = group.predicate ?? sharedValue(claimIds.map((id) => byId.get(id)?.predicate));
  const data: Record<string, string | number> = {};
  if (subject !== undefined) data['subject'] = name(subject);
  if (predicate !== undefined) data['predicate'] = predicate;
  for (const [k, v] of Object.entries(report.data ?? {})) data[k] = typeof v === 'string' ? name(v) : v;
  const message = renderMessage(template, data, rule.id);
  return {
    id: findingId(rule.id, claimIds),
    rule: rule.id,
    severity: severityOf(severity, report.grade ?? 'conflict'),
    message,
    messageId: report.messageId,
    data,
    ...(subject !== undefined ? { subject } : first ? { subject: first.subject } : {}),
    ...(predicate !== undefined ? { predicate } : {}),
    claims: sides.flat(),
    sides,
  };
}

/** The severity of a report: the configured one for a conflict, one step lower for a doubt, info for an update. */
export function severityOf(configured: Severity, grade: Grade): Severity {
  if (grade === 'update' || grade === 'note') return 'info';
  if (grade === 'doubt') return configured === 'error' ? 'warning' : 'info';
  return configured;
}

function sharedValue(values: readonly (string | undefined)[]): string | undefined {
  const first = values[0];
  return first !== undefined && values.every((v) => v === first) ? first : undefined;
}

function groupByKey(claims: readonly Claim[]): ClaimGroup[] {
  const map = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = claimKey(c);
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  }
  return [...map.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([key, list]) => {
      const head = list[0];
      return {
        scope: 'key' as const,
        key,
        ...(head ? { subject: head.subject, predicate: head.predicate } : {}),
        ...(head?.qualifier !== undefined ? { qualifier: head.qualifier } : {}),
        claims: list,
      };
    });
}

function groupByDocument(claims: readonly Claim[]): ClaimGroup[] {
  const map = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = map.get(c.doc);
    if (list) list.push(c);
    else map.set(c.doc, [c]);
  }
  return [...map.entries()].sort(([a], [b]) => compare(a, b)).map(([doc, list]) => ({ scope: 'document' as const, key: doc, doc, claims: list }));
}

/** The lookups every rule context shares. */
export function lookups(documents: ReadonlyMap<string, Document>, entities: ReadonlyMap<string, Entity>, convert: Convert): Omit<RuleContext<unknown>, 'options'> {
  const publishedCache = new Map<string, TimeValue | undefined>();
  return {
    document: (id) => documents.get(id),
    entity: (id) => entities.get(id),
    name: (id) => entities.get(id)?.name ?? id,
    outlet: (doc) => {
      const d = documents.get(doc);
      return d?.outlet ?? d?.title ?? doc;
    },
    published: (doc) => {
      if (!publishedCache.has(doc)) {
        const p = documents.get(doc)?.published;
        publishedCache.set(doc, p ? timeOfDate(p) : undefined);
      }
      return publishedCache.get(doc);
    },
    convert,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
