import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { formats } from '../../src/report/index.js';
import type { Report } from '../../src/types.js';
import { emptyReport, fixtureReport, root } from './fixture.js';

// The schema shipped in the package (schema/report.schema.json) must describe what `json` prints.
const schema = JSON.parse(readFileSync(join(root, 'schema/report.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const report = fixtureReport();

const valid: [string, Report][] = [
  ['the fixture report', report],
  ['an empty report', emptyReport],
  [
    'a report whose entity dates its names',
    {
      ...report,
      entities: [
        {
          id: 'org:zeta-air',
          name: 'Zeta Air',
          type: 'organization',
          aliases: ['Yonder Air'],
          names: [
            { name: 'Yonder Air', until: { timex: '2020', start: '2020-01-01', end: '2020-12-31', granularity: 'year', anchor: 'absolute', implied: [] }, former: true, docs: ['a'] },
            { name: 'Zeta Air', from: { timex: '2020', start: '2020-01-01', end: '2020-12-31', granularity: 'year', anchor: 'absolute', implied: [], span: { start: 30, end: 34, text: '2020' } }, docs: ['a', 'b'] },
          ],
        },
      ],
    },
  ],
];
const invalid: [string, unknown][] = [
  ['a report of another schema version', { ...report, schemaVersion: 2 }],
  ['a report without diagnostics', { ...report, diagnostics: undefined }],
  ['a finding with an unknown severity', { ...report, findings: [{ ...report.findings[0], severity: 'fatal' }] }],
  ['a claim without evidence', { ...report, claims: [{ ...report.claims[0], evidence: undefined }] }],
  ['a time whose start is not an ISO date', { ...report, claims: [{ ...report.claims[0], time: { ...report.claims.find((c) => c.time)?.time, start: 'Dec 2015' } }] }],
  ['a document with an unknown field', { ...report, documents: [{ ...report.documents[0], text: 'the text is not in the report' }] }],
  ['an entity name without its name', { ...report, entities: [{ id: 'org:x', name: 'X', type: 'organization', aliases: [], names: [{ former: true }] }] }],
  ['an entity name whose date is no time value', { ...report, entities: [{ id: 'org:x', name: 'X', type: 'organization', aliases: [], names: [{ name: 'X', from: '2020' }] }] }],
  ['a quantity of an unknown kind', { ...report, claims: [{ ...report.claims.find((c) => typeof c.object === 'object'), object: { kind: 'weight', value: 1, low: 1, high: 1, unit: 'kg' } }] }],
];

describe('schema/report.schema.json', () => {
  for (const [name, r] of valid) {
    it(`accepts ${name} as printed by the json format`, () => {
      const ok = validate(JSON.parse(formats.json(r)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }
  for (const [name, r] of invalid) {
    it(`rejects ${name}`, () => expect(validate(JSON.parse(JSON.stringify(r)))).toBe(false));
  }
});

describe('schema/report.schema.json on the default corpus', () => {
  it('accepts the report the pipeline gives for the default corpus', async () => {
    const { analyze, loadCorpus } = await import('../../src/index.js');
    const loaded = await loadCorpus(join(root, 'corpus'));
    const corpus = await analyze(loaded.documents, { diagnostics: loaded.diagnostics });
    const ok = validate(JSON.parse(formats.json(corpus)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});
