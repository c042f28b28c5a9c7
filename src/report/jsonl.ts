import type { Report } from '../types.js';

/** The claims of a report as JSON Lines: one claim per line, in report order, for `grep` and `jq`. */
export function claimsJsonl(report: Report): string {
  return report.claims.map((c) => `${JSON.stringify(c)}\n`).join('');
}
