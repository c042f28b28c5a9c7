import type { Report } from '../types.js';
import { entityIndex, isLikely, sideGroups, sideLabel, tally } from './describe.js';
import { highlightClaim } from './highlight.js';

const escape = (s: string): string => s.replace(/[|\\`*_[\]<>#]/gu, (c) => `\\${c}`).replace(/\s+/gu, ' ');

/** The report as Markdown: a summary, then each finding with the quotes of each side, values in bold. */
export function markdown(report: Report): string {
  const t = tally(report);
  const entities = entityIndex(report);
  const lines: string[] = [
    '# corroborate report',
    '',
    `${report.documents.length} documents · ${report.claims.length} claims · ${t.error} errors · ${t.warning} warnings · ${t.info} notes`,
    '',
  ];
  if (report.findings.length === 0) lines.push('No discrepancies found.', '');
  for (const f of report.findings) {
    lines.push(`## ${f.severity}: ${escape(f.message)}`, '', `Rule \`${f.rule}\` · finding \`${f.id}\``, '');
    for (const [i, group] of sideGroups(report, f).entries()) {
      const likely = group.some((s) => isLikely(f, s.claim)) ? ' *(likely)*' : '';
      for (const { claim, document, outlet } of group) {
        const quote = highlightClaim(claim, entities)
          .map((s) => (s.mark ? `**${escape(s.text).trim()}**` : escape(s.text)))
          .join('')
          .trim();
        const source = document?.url ? `[${escape(outlet)}](${document.url.replace(/[()\s]/gu, encodeURIComponent)})` : escape(outlet);
        const when = document?.published ? ` (${document.published})` : '';
        lines.push(`- ${sideLabel(i)} · **${source}**${when}${likely}: “${quote}”`);
      }
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
