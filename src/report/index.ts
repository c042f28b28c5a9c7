/**
 * Report: turns a `Report` into text. Each format is a pure function in one closed registry;
 * the CLI's `--format` choices come from it. Also here: keeping findings by rule and severity,
 * and the fingerprint that gives a finding the same identity across runs.
 */
export { format, formats, formatNames, isFormatName, type FormatName, type FormatOptions } from './registry.js';
export { filterFindings, failsOn, type FindingFilter, type FailOn } from './filter.js';
export { fingerprintFinding } from './fingerprint.js';
export { highlightClaim, type Segment } from './highlight.js';
export { timelines, type Timeline } from './timeline.js';
export { SEVERITIES } from './describe.js';
export { claimsJsonl } from './jsonl.js';
export { explainFinding, findFinding, type FindingLookup } from './explain.js';
