import type { Report } from '../types.js';

/** The report as JSON, keys in a fixed order, so two runs give the same bytes. */
export function json(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
