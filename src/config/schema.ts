import { z } from 'zod';
import { formatNames } from '../report/registry.js';

/** Severities a threshold may name. */
export const SEVERITY_NAMES = ['error', 'warning', 'info'] as const;

/** Thresholds for `failOn`. */
export const FAIL_ON_NAMES = ['error', 'warning', 'info', 'never'] as const;

/**
 * The configuration file's shape. Every key is optional; command-line options override it. The
 * `rules` section is checked by the rules stage's own validator (see rules-section.ts), since its
 * meaning belongs to that stage.
 */
export const configSchema = z.strictObject({
  $schema: z.string().optional().describe('A JSON Schema for editors (node_modules/corroborate/schema/config.schema.json); ignored.'),
  format: z
    .enum(formatNames as [string, ...string[]])
    .optional()
    .describe('The report format (--format).'),
  out: z.string().min(1).optional().describe('Write the report to this file instead of standard output (--out).'),
  minSeverity: z.enum(SEVERITY_NAMES).optional().describe('Report only findings at least this severe (--min-severity).'),
  failOn: z.enum(FAIL_ON_NAMES).optional().describe("Exit 1 when a finding at least this severe is reported; 'never' always exits 0 (--fail-on)."),
  only: z.array(z.string().min(1)).optional().describe('Report only findings of these rules (--rule).'),
  jobs: z.int().min(1).max(256).optional().describe('Worker threads to analyze articles on (--jobs); by default the number of cores, one per 8 articles for a few.'),
  rules: z
    .unknown()
    .optional()
    .describe('Rule settings by rule id: "off", "error", "warning", "info", or [level, { options }]; or a declarative rule { "type": ..., "predicate": ... } under a new id. See docs/rules.'),
});

/** The configuration file's JSON Schema (draft-07), for editors; shipped as schema/config.schema.json. */
export function configJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configSchema, { target: 'draft-7' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'urn:corroborate:schema:config',
    title: 'corroborate configuration',
    description: 'corroborate.config.json: defaults for the command line (its options override them) and rule settings.',
    ...rest,
  };
}

/** The top-level keys a configuration may have, for 'did you mean' fixes. */
export const CONFIG_KEYS = Object.keys(configSchema.shape);
