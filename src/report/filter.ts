import type { Report, Severity } from '../types.js';
import { severityRank } from './describe.js';

/** Which findings to keep. */
export interface FindingFilter {
  /** Keep only findings of these rules; all rules when absent or empty. */
  readonly rules?: readonly string[];
  /** Keep only findings at least this severe. */
  readonly minSeverity?: Severity;
}

/** The report with only the findings the filter keeps; claims, documents and diagnostics stay whole. */
export function filterFindings(report: Report, filter: FindingFilter): Report {
  const rules = filter.rules && filter.rules.length > 0 ? new Set(filter.rules) : undefined;
  const limit = filter.minSeverity ? severityRank(filter.minSeverity) : Number.POSITIVE_INFINITY;
  const findings = report.findings.filter((f) => (!rules || rules.has(f.rule)) && severityRank(f.severity) <= limit);
  return findings.length === report.findings.length ? report : { ...report, findings };
}

/** When a run counts as failed: at least one finding at or above this severity, or never. */
export type FailOn = Severity | 'never';

/** Whether a report fails under the given threshold. */
export function failsOn(report: Report, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const limit = severityRank(failOn);
  return report.findings.some((f) => severityRank(f.severity) <= limit);
}
