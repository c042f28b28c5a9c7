import type { Report, Severity } from '../types.js';
import { sidesOf, tally } from './describe.js';

const CODES = { red: [31, 39], yellow: [33, 39], blue: [34, 39], dim: [2, 22], bold: [1, 22] } as const;

/** The report for a terminal: findings grouped one by one, each with the quotes of both sides. */
export function stylish(report: Report, options: { color?: boolean } = {}): string {
  const paint = (style: keyof typeof CODES, s: string): string =>
    options.color ? `\u001b[${CODES[style][0]}m${s}\u001b[${CODES[style][1]}m` : s;
  const sev: Record<Severity, string> = { error: paint('red', 'error'), warning: paint('yellow', 'warning'), info: paint('blue', 'info') };
  const out: string[] = [];
  for (const f of report.findings) {
    out.push(`${sev[f.severity]}  ${paint('bold', f.message)}  ${paint('dim', f.rule)}`);
    for (const { claim, outlet } of sidesOf(report, f)) {
      out.push(`    ${paint('dim', `${outlet}:`)} “${claim.evidence.text.replace(/\s+/gu, ' ')}”`);
    }
    if (f.verdict) out.push(`    ${paint('dim', 'verdict:')} ${f.verdict.why}`);
    out.push('');
  }
  for (const d of report.diagnostics) {
    if (d.severity !== 'info') out.push(`${sev[d.severity]}  ${d.message}`);
  }
  const t = tally(report);
  out.push(
    `${report.documents.length} documents, ${report.claims.length} claims: ${t.error} errors, ${t.warning} warnings, ${t.info} notes`,
  );
  return `${out.join('\n')}\n`;
}
