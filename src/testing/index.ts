/**
 * Testing: the RuleTester that runs named valid and invalid cases against a rule, and claim
 * builders, published as `corroborate/testing`.
 */
export { RuleTester } from './rule-tester.js';
