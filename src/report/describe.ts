import type { Claim, Finding, Report } from '../types.js';

/** Looks up what a finding is about, for the text formats. */
export function sidesOf(report: Report, finding: Finding): { claim: Claim; outlet: string }[] {
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const out: { claim: Claim; outlet: string }[] = [];
  for (const id of finding.claims) {
    const claim = claims.get(id);
    if (!claim) continue;
    out.push({ claim, outlet: docs.get(claim.doc)?.outlet ?? claim.doc });
  }
  return out;
}

/** Counts of findings by severity. */
export function tally(report: Report): Record<'error' | 'warning' | 'info', number> {
  const t = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) t[f.severity]++;
  return t;
}
