/**
 * Resolve: for each finding, which side is more likely right and why (independent support,
 * specificity, closeness in time to the event, hedging, corroborating evidence such as a currency
 * conversion that fits one date), as a verdict with a confidence and a one-sentence reason.
 */
export { resolveFindings, type ResolveOptions } from './verdict.js';
export { sourcesOf, textSketch } from './independence.js';
