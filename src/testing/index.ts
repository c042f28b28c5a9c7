/**
 * Testing: the RuleTester that runs named valid and invalid cases against a rule, and claim
 * builders, published as `corroborate/testing` so users test their own rules the same way the
 * built-in ones are tested.
 */
export {
  RuleTester,
  RuleTesterError,
  type ExpectedFinding,
  type InvalidCase,
  type RuleTestCase,
  type RuleTesterOptions,
  type RuleTests,
  type ValidCase,
} from './rule-tester.js';
export { attribute, claim, count, doc, entity, event, money, percent, role, time, type ClaimSpec, type QuantityExtra, type TimeExtra } from './builders.js';
