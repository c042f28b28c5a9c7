/**
 * corroborate: checks news sources against each other. Load articles, analyze them into a
 * report of claims and findings, and format the report.
 */
export type * from './types.js';
export { loadCorpus, parseDocument, loadGazetteer, type LoadCorpusOptions, type LoadedCorpus } from './corpus/index.js';
export type { GazetteerEntry } from './entities/index.js';
export {
  analyze,
  extract,
  assembleReport,
  type AnalyzeOptions,
  type AssembleOptions,
  type ExtractOptions,
  type Extraction,
  type DocumentExtraction,
  type RuleOptions,
} from './pipeline.js';
export { splitText, type Sentence, type Paragraph, type Segmented } from './text/index.js';
export { parseTimes, inferPublished, type ParseTimesOptions, type PublishedInference } from './time/index.js';
export {
  parseQuantities,
  flattenQuantities,
  convert,
  convertQuantity,
  DEFAULT_RATE_TABLE,
  RATE_TABLE_INFO,
  type ParseQuantitiesOptions,
  type ConvertOptions,
  type RateTable,
} from './quantity/index.js';
export {
  defineRule,
  runRules,
  validateRulesConfig,
  RuleError,
  BUILTIN_RULES,
  BUILTIN_RULE_IDS,
  type Rule,
  type AnyRule,
  type RuleMeta,
  type RuleContext,
  type ClaimGroup,
  type RulesConfig,
  type RunRulesInput,
} from './rules/index.js';
export { resolveFindings } from './resolve/index.js';
export { PREDICATES, claimKey, type Predicate } from './claims/index.js';
export {
  format,
  formats,
  formatNames,
  filterFindings,
  failsOn,
  explainFinding,
  findFinding,
  claimsJsonl,
  fingerprintFinding,
  type FormatName,
  type FormatOptions,
  type FindingFilter,
  type FailOn,
} from './report/index.js';
export { loadConfig, validateConfig, configJsonSchema, type Config, type LoadConfigOptions, type LoadedConfig } from './config/index.js';
