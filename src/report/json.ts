import type { Report } from '../types.js';

/**
 * The report as JSON, with keys in the order the pipeline built them, so two runs give the same
 * bytes. Its shape is described by `schema/report.schema.json`, shipped in the package.
 */
export function json(report: Report, _options?: object): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
