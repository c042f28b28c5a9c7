import type { Report } from '../types.js';
import { sidesOf, tally } from './describe.js';

const escape = (s: string): string => s.replace(/[|\\`*_[\]<>]/gu, (c) => `\\${c}`).replace(/\s+/gu, ' ');

/** The report as Markdown: a summary, then each finding with the quotes on each side. */
export function markdown(report: Report): string {
  const t = tally(report);
  const lines: string[] = [
    '# corroborate report',
    '',
    `${report.documents.length} documents · ${report.claims.length} claims · ${t.error} errors · ${t.warning} warnings · ${t.info} notes`,
    '',
  ];
  if (report.findings.length === 0) lines.push('No discrepancies found.', '');
  for (const f of report.findings) {
    lines.push(`## ${f.severity}: ${escape(f.message)}`, '', `Rule \`${f.rule}\` · finding \`${f.id}\``, '');
    for (const { claim, outlet } of sidesOf(report, f)) {
      lines.push(`- **${escape(outlet)}**: “${escape(claim.evidence.text)}”`);
    }
    if (f.verdict) lines.push('', `Verdict: ${escape(f.verdict.why)} (confidence ${f.verdict.confidence.toFixed(2)})`);
    lines.push('');
  }
  if (report.diagnostics.length > 0) {
    lines.push('## Diagnostics', '');
    for (const d of report.diagnostics) lines.push(`- ${d.severity}: ${escape(d.message)}`);
    lines.push('');
  }
  return lines.join('\n');
}
