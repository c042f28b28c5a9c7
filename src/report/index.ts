/**
 * Report: turns a `Report` into text. Each format is a pure function in one closed registry;
 * the CLI's `--format` choices come from it.
 */
export { format, formats, type FormatName } from './registry.js';
