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
  /** A JSON Schema URL for editors; ignored. */
  $schema: z.string().optional(),
  /** The report format. */
  format: z.enum(formatNames as [string, ...string[]]).optional(),
  /** Where to write the report. */
  out: z.string().min(1).optional(),
  /** Report only findings at least this severe. */
  minSeverity: z.enum(SEVERITY_NAMES).optional(),
  /** Exit 1 when a finding at least this severe remains; 'never' always exits 0. */
  failOn: z.enum(FAIL_ON_NAMES).optional(),
  /** Report only findings of these rules. */
  only: z.array(z.string().min(1)).optional(),
  /** How many documents to analyze at once. */
  jobs: z.int().min(1).max(256).optional(),
  /** Rule settings: severity, options, or 'off', by rule id. */
  rules: z.unknown().optional(),
});

/** The top-level keys a configuration may have, for 'did you mean' fixes. */
export const CONFIG_KEYS = Object.keys(configSchema.shape);
