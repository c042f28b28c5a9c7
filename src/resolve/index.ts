/**
 * Resolve: for each finding, which side is more likely right and why (independent support,
 * specificity, closeness in time to the event, hedging, corroborating evidence).
 */
export { resolveFindings } from './verdict.js';
