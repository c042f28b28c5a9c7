import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Report } from '../../src/types.js';

/** The repository root. */
export const root = resolve(import.meta.dirname, '../..');

/** A hand-built report over three short articles in fixtures/articles: three findings, nine claims. */
export function fixtureReport(): Report {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/report.json'), 'utf8')) as Report;
}

/** A report with nothing in it. */
export const emptyReport: Report = { schemaVersion: 1, documents: [], entities: [], claims: [], findings: [], diagnostics: [] };
