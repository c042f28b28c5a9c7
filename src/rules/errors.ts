/** What went wrong inside the rule engine: a bug in a rule, or a configuration that slipped past validation. */
export type RuleErrorCode =
  | 'rule-crashed'
  | 'unknown-message'
  | 'missing-message-data'
  | 'unknown-claim'
  | 'empty-report'
  | 'invalid-options'
  | 'invalid-rules-config'
  | 'duplicate-rule';

/** A typed error from the rule engine, tagged with the rule it came from. */
export class RuleError extends Error {
  /** What kind of failure this is. */
  readonly code: RuleErrorCode;
  /** The id of the rule at fault, when one is. */
  readonly rule: string | undefined;

  constructor(code: RuleErrorCode, message: string, options: { readonly rule?: string; readonly cause?: unknown } = {}) {
    super(options.rule ? `rule '${options.rule}': ${message}` : message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RuleError';
    this.code = code;
    this.rule = options.rule;
  }
}
