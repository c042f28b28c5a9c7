import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadCorpus } from '../../src/index.js';
import type { Report } from '../../src/types.js';
import type { ClaimPattern, ConflictPattern } from '../../src/vitest/index.js';
import '../../src/vitest/index.js';

// The project's own use of corroborate/vitest: what a careful fact-checker finds in the default
// corpus (../shared/gold/seed-expectations.json), pinned with the matchers.
const TMTPOST = 'tmtpost-2016-12-xw-bank';
const TECHNODE = 'technode-2020-04-24-xiaomi-banker';
const PANDAILY = 'pandaily-2022-09-xiaomi-financial-map';
const EQUALOCEAN = 'equalocean-2020-10-18-airstar-digits';
const ANDROID = 'androidheadlines-2015-06-xiaomi-online-loans';

let report: Report;
beforeAll(async () => {
  const loaded = await loadCorpus(join(import.meta.dirname, '../../corpus'));
  report = await analyze(loaded.documents, { diagnostics: loaded.diagnostics });
});

describe('default corpus: claims', () => {
  const claims: [string, ClaimPattern][] = [
    ['TMTpost dates the online bank to 27 December 2015', { doc: TMTPOST, time: '2015-12-27', quote: 'On December 27th, 2015' }],
    ['TechNode says the bank was founded in 2016', { doc: TECHNODE, time: '2016', quote: 'Founded in 2016' }],
    ['TMTpost dates the payment licence to February 2014', { doc: TMTPOST, time: '2014-02', quote: 'February 2014' }],
    ['TechNode gives a 29.5% stake', { doc: TECHNODE, object: 29.5, unit: '%' }],
    ['EqualOcean dates the virtual bank launch to June 2020', { doc: EQUALOCEAN, time: '2020-06' }],
  ];
  for (const [name, pattern] of claims) it(name, () => expect(report).toContainClaim(pattern));
});

describe('default corpus: conflicts', () => {
  const conflicts: [string, ConflictPattern][] = [
    ['the bank founded in 2015 (TMTpost) or 2016 (TechNode)', { docs: [TMTPOST, TECHNODE], quotes: ['December 27th, 2015', 'Founded in 2016'] }],
    ['the payment licence in February 2014 (TMTpost) or January 2016 (Pandaily)', { docs: [TMTPOST, PANDAILY], quotes: ['February 2014', 'In January 2016'] }],
  ];
  for (const [name, pattern] of conflicts) it(name, () => expect(report).toHaveConflict(pattern));
});

describe('default corpus: not conflicts', () => {
  const agreements: [string, ConflictPattern][] = [
    ['the 29.5% stake, stated alike by TMTpost and TechNode', { docs: [TMTPOST, TECHNODE], quotes: ['29.5'] }],
    ['loan limits of different products (30,000 vs 1,000,000 yuan)', { docs: [ANDROID, TMTPOST], quotes: ['30,000', '1 million'] }],
    ['a figure and its stated dollar equivalent', { docs: [ANDROID], quotes: ['30,000 Yuan ($4,830)'] }],
    ['the virtual bank opening: 2020 (Pandaily) holds June 2020 (EqualOcean)', { docs: [PANDAILY, EQUALOCEAN], quotes: ['launched in June 2020', 'Airstar Bank'] }],
  ];
  for (const [name, pattern] of agreements) it(name, () => expect(report).not.toHaveConflict(pattern));
});
