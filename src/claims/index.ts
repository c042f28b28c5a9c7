/**
 * Claims: turns sentences with their times, figures and entity mentions into claim frames
 * (events, roles, attributes) with modality (negated, hedged, attributed) and the time each one
 * holds at, from a vocabulary of predicates.
 */
export { extractClaims, type ClaimInput } from './extract.js';
export { PREDICATES, isPredicate, claimKey, type Predicate } from './vocabulary.js';
