import type { Report, Severity } from '../types.js';
import { entityIndex, isLikely, sideGroups, sideLabel, tally } from './describe.js';
import { highlightClaim } from './highlight.js';

const CODES = {
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
} as const;

/** Options for {@link stylish}. */
export interface StylishOptions {
  /** ANSI colours; the CLI turns them off under NO_COLOR or when standard output is not a terminal. */
  readonly color?: boolean;
}

/**
 * The report for a terminal: one block per finding with both sides' quotes, the values they
 * rest on highlighted (bold and underlined in colour, in [brackets] without), and the verdict.
 */
export function stylish(report: Report, options: StylishOptions = {}): string {
  const color = options.color === true;
  const paint = (style: keyof typeof CODES, s: string): string => (color ? `\u001b[${CODES[style][0]}m${s}\u001b[${CODES[style][1]}m` : s);
  const sev: Record<Severity, string> = { error: paint('red', 'error'), warning: paint('yellow', 'warning'), info: paint('blue', 'info') };
  const entities = entityIndex(report);
  const out: string[] = [];
  for (const f of report.findings) {
    out.push(`${sev[f.severity]}  ${paint('bold', f.message)}  ${paint('dim', f.rule)}`);
    out.push(`  ${paint('dim', `finding ${f.id}`)}`);
    sideGroups(report, f).forEach((group, i) => {
      const likely = group.some((s) => isLikely(f, s.claim)) ? ` ${paint('green', '← likely')}` : '';
      for (const { claim, document, outlet } of group) {
        const when = document?.published ? ` (${document.published})` : '';
        out.push(`  ${paint('bold', sideLabel(i))} ${paint('dim', `${outlet}${when}, ${claim.doc}:`)}${likely}`);
        const quote = highlightClaim(claim, entities)
          .map((s) => {
            const text = s.text.replace(/\s+/gu, ' ');
            if (!s.mark) return text;
            return color ? paint('bold', paint('underline', text)) : `[${text}]`;
          })
          .join('');
        out.push(`    “${quote.trim()}”`);
      }
    });
    if (f.verdict) out.push(`  ${paint('dim', 'verdict:')} ${f.verdict.why} (confidence ${f.verdict.confidence.toFixed(2)})`);
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
