import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, validateConfig } from '../../src/config/index.js';

// schema/config.schema.json is generated from the zod schema; this keeps the two in step.
// Regenerate it with CORROBORATE_UPDATE_SCHEMA=1 npx vitest run test/config/json-schema.test.ts
const file = resolve(import.meta.dirname, '../../schema/config.schema.json');
const generated = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
if (process.env['CORROBORATE_UPDATE_SCHEMA'] === '1') writeFileSync(file, generated);
const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(file, 'utf8')) as object);

describe('schema/config.schema.json', () => {
  it('is what the zod schema generates', () => expect(readFileSync(file, 'utf8')).toBe(generated));
  const cases: [string, unknown][] = [
    ['an empty configuration', {}],
    ['every key', { $schema: './node_modules/corroborate/schema/config.schema.json', format: 'sarif', out: 'r.sarif', minSeverity: 'info', failOn: 'warning', only: ['event-date-conflict'], jobs: 2, rules: { 'event-date-conflict': 'warning' } }],
    ['a misspelt key', { fromat: 'html' }],
    ['an unknown format', { format: 'pdf' }],
    ['jobs as a fraction', { jobs: 1.5 }],
    ['an empty rule id in only', { only: [''] }],
  ];
  for (const [name, value] of cases) {
    it(`agrees with validateConfig on ${name}`, () => expect(validate(value)).toBe(validateConfig(value).ok));
  }
});
