/**
 * Config: finds, loads and validates the configuration file (`corroborate.config.json`, `.js` or
 * `.ts`). Like the corpus loader, it reads files and never throws for a user's mistake: it returns
 * every problem, each with the file, the path inside it, and the fix.
 */
export { loadConfig, formatProblems, CONFIG_FILES, type LoadConfigOptions, type LoadedConfig } from './load.js';
export { validateConfig, type Config, type ConfigResult } from './validate.js';
export { formatProblem, type ConfigProblem } from './problem.js';
export { validateRulesSection, type RulesConfig } from './rules-section.js';
export { configJsonSchema } from './schema.js';
