/**
 * CLI: parses arguments, calls the library, writes a format. Thin on purpose: everything it
 * does is available from the library.
 */
export { run, type CliIO } from './run.js';
