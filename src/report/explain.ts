import type { Claim, Entity, Finding, Report, TimeValue } from '../types.js';
import { describeValue, entityIndex, isLikely, nameOf, sideGroups, sideLabel } from './describe.js';
import { fingerprintFinding } from './fingerprint.js';
import { highlightClaim } from './highlight.js';

/** The finding an id names: exactly, or as the only finding whose id starts with it. */
export type FindingLookup =
  | { readonly ok: true; readonly finding: Finding }
  | { readonly ok: false; readonly reason: 'none' | 'ambiguous'; readonly candidates: readonly string[] };

/** Finds a finding by its id or an unambiguous prefix of it. */
export function findFinding(report: Report, id: string): FindingLookup {
  const exact = report.findings.find((f) => f.id === id);
  if (exact) return { ok: true, finding: exact };
  const prefixed = id.length > 0 ? report.findings.filter((f) => f.id.startsWith(id)) : [];
  const [only, ...more] = prefixed;
  if (only && more.length === 0) return { ok: true, finding: only };
  if (prefixed.length > 1) return { ok: false, reason: 'ambiguous', candidates: prefixed.map((f) => f.id) };
  return { ok: false, reason: 'none', candidates: report.findings.map((f) => f.id) };
}

/**
 * One finding in full, for `corroborate explain`: what the rule found, each side's quote with
 * its values marked, how each value was normalized (the interval a date covers, whether parts
 * were filled in, the range a figure stands for), the modality, and the verdict.
 */
export function explainFinding(report: Report, finding: Finding, options: { readonly color?: boolean } = {}): string {
  const bold = (s: string): string => (options.color ? `\u001b[1m${s}\u001b[22m` : s);
  const mark = (s: string): string => (options.color ? `\u001b[1m\u001b[4m${s}\u001b[24m\u001b[22m` : `[${s}]`);
  const entities = entityIndex(report);
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const lines: string[] = [
    bold(finding.message),
    '',
    `  finding      ${finding.id}`,
    `  rule         ${finding.rule} (${finding.messageId})`,
    `  severity     ${finding.severity}`,
  ];
  if (finding.subject) lines.push(`  about        ${nameOf(finding.subject, entities)}${finding.predicate ? `, ${finding.predicate}` : ''}`);
  lines.push(`  fingerprint  ${fingerprintFinding(finding, claims)}`);
  const data = Object.entries(finding.data);
  if (data.length > 0) lines.push(`  data         ${data.map(([k, v]) => `${k}=${String(v)}`).join(', ')}`);
  const groups = sideGroups(report, finding);
  const sides = groups.flat();
  groups.forEach((group, i) => {
    const likely = group.some((s) => isLikely(finding, s.claim)) ? ' (likely)' : '';
    for (const { claim, document, outlet } of group) {
      lines.push('', bold(`Side ${sideLabel(i)}: ${outlet}${document?.published ? `, ${document.published}` : ''}${likely}`));
      const where = document?.path ?? document?.url ?? claim.doc;
      lines.push(`  ${where}, characters ${claim.evidence.start}-${claim.evidence.end} of its text, sentence ${claim.evidence.sentence + 1}`);
      const quote = highlightClaim(claim, entities)
        .map((s) => (s.mark ? mark(s.text) : s.text))
        .join('')
        .replace(/\s+/gu, ' ')
        .trim();
      lines.push(`  “${quote}”`);
      lines.push(...normalized(claim, entities).map((l) => `  ${l}`));
    }
  });
  const missing = finding.claims.filter((id) => !claims.has(id));
  if (missing.length > 0) lines.push('', `  claims not in the report: ${missing.join(', ')}`);
  lines.push('');
  if (finding.verdict) {
    const side = sides.find((s) => s.claim.id === finding.verdict?.likely);
    lines.push(bold('Verdict'), `  likely ${side ? `${side.outlet}: ${describeValue(side.claim, entities)}` : finding.verdict.likely} (confidence ${finding.verdict.confidence.toFixed(2)})`, `  ${finding.verdict.why}`);
  } else {
    lines.push(bold('Verdict'), '  none: the sides could not be weighed against each other.');
  }
  return `${lines.join('\n')}\n`;
}

function normalized(claim: Claim, entities: ReadonlyMap<string, Entity>): string[] {
  const out = [`claim ${claim.id}: ${claim.kind} ${nameOf(claim.subject, entities)} ${claim.predicate}${claim.qualifier ? ` (${nameOf(claim.qualifier, entities)})` : ''}`];
  if (typeof claim.object === 'string') out.push(`object: ${nameOf(claim.object, entities)}`);
  else if (claim.object) {
    const q = claim.object;
    const range = q.low === q.high ? `${q.value}` : `${q.value} (between ${q.low} and ${q.high})`;
    out.push(`figure: ${range} ${q.unit}${q.noun ? ` ${q.noun}` : ''}${q.approx ? `, ${q.approx}` : ''}`);
  }
  if (claim.time) out.push(`time: ${describeTime(claim.time)}`);
  if (claim.tense) out.push(`tense: ${claim.tense}`);
  const m = claim.modality;
  const modality = [m.negated ? 'negated' : '', m.hedged ? 'hedged' : '', m.attributedTo ? `attributed to ${m.attributedTo}` : ''].filter(Boolean);
  if (modality.length > 0) out.push(`modality: ${modality.join(', ')}`);
  return out;
}

function describeTime(t: TimeValue): string {
  const interval = t.start === t.end ? t.start : `${t.start} to ${t.end}`;
  const implied = t.implied.length > 0 ? `; ${t.implied.join(' and ')} filled in from context` : '';
  return `${t.timex}${t.mod ? ` ${t.mod}` : ''} = ${interval} (${t.granularity}, resolved ${t.anchor}${implied})`;
}
