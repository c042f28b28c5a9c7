import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as testing from '../src/testing/index.js';

// The public API is a promise to users: adding to it or taking from it is a decision, made here.
describe('public exports', () => {
  it('of corroborate', () => {
    expect(Object.keys(api).sort()).toEqual([
      'BUILTIN_RULES', 'BUILTIN_RULE_IDS', 'DEFAULT_RATE_TABLE', 'PREDICATES', 'RATE_TABLE_INFO', 'RuleError',
      'analyze', 'assembleReport', 'claimKey', 'claimsJsonl', 'configJsonSchema', 'convert', 'convertQuantity',
      'defineRule', 'explainFinding', 'extract', 'failsOn', 'filterFindings', 'findFinding', 'fingerprintFinding',
      'flattenQuantities', 'format', 'formatNames', 'formats', 'inferPublished', 'loadConfig', 'loadCorpus',
      'loadGazetteer', 'parseDocument', 'parseQuantities', 'parseTimes', 'resolveFindings', 'runRules', 'splitText',
      'validateConfig', 'validateRulesConfig',
    ]);
  });
  it('of corroborate/testing', () => {
    expect(Object.keys(testing)).toContain('RuleTester');
    for (const builder of ['event', 'role', 'attribute', 'time', 'money', 'percent', 'count', 'doc', 'entity']) expect(Object.keys(testing)).toContain(builder);
  });
});
