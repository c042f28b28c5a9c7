import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { expectFloor, scoreCorpus, type ScoredCorpus } from './score-corpus.js';

// A small corpus about a made-up company whose articles disagree on when its chief executive
// started, beside look-alikes that must stay quiet (the same year at another granularity, a
// re-election, another organization's post), scored with the same scorer as the default corpus.
// CORROBORATE_CLI points it at another bundle of the CLI than dist/cli.js.
const FLOOR = { conflicts: 1, claims: 7, maxFalseAlarms: 0 };

interface Finding {
  readonly rule: string;
  readonly severity: string;
  readonly sides?: readonly (readonly string[])[];
  readonly verdict?: { readonly likely: string };
}

describe('role start corpus', () => {
  let cached: ScoredCorpus | undefined;
  const run = (): ScoredCorpus => {
    cached ??= scoreCorpus('test/fixtures/role-start');
    return cached;
  };

  it('scores at or above the floor', () => {
    expectFloor(run(), FLOOR);
  });

  it('reports the start dates as two sides with a verdict, and nothing else loud', () => {
    const { reportFile } = run();
    const findings = (JSON.parse(readFileSync(reportFile, 'utf8')) as { findings: Finding[] }).findings;
    const loud = findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    expect(loud.map((f) => f.rule)).toEqual(['role-start-conflict']);
    const [finding] = loud;
    expect(finding?.sides).toHaveLength(2);
    expect(finding?.verdict?.likely).toBeDefined();
  });
});

// The same through the library, on pairs of short articles: the rule sees what the pipeline
// extracts from each phrasing, and look-alikes stay quiet.
interface ArticlePair {
  readonly name: string;
  readonly a: string;
  readonly b: string;
  /** The severity of the role-start-conflict finding expected, or none. */
  readonly loud?: 'error' | 'warning';
}
const LEAD = 'Brantley Cables makes undersea fibre. ';
const PAIRS: readonly ArticlePair[] = [
  { name: "'has been CEO since 2011' against 'became CEO in 2012' (adjacent years: warning)", a: `${LEAD}Owen Tarrant has been chief executive of Brantley Cables since 2011.`, b: `${LEAD}Owen Tarrant, who became Brantley Cables' chief executive in 2012, said orders rose.`, loud: 'warning' },
  { name: "'CEO since 2010' against 'was appointed CEO in March 2013'", a: `${LEAD}Owen Tarrant, chief executive since 2010, said orders rose.`, b: `${LEAD}Brantley Cables appointed Owen Tarrant as chief executive in March 2013.`, loud: 'error' },
  { name: "'has chaired Y since 2009' against 'was named chairman of Y in 2014'", a: 'Ruth Okafor has chaired Brantley Cables since 2009.', b: `${LEAD}Ruth Okafor was named chairwoman of Brantley Cables in 2014.`, loud: 'error' },
  { name: 'the same year at two granularities is quiet', a: `${LEAD}Owen Tarrant has been chief executive of Brantley Cables since 2011.`, b: `${LEAD}Owen Tarrant took over as chief executive of Brantley Cables in March 2011.` },
  { name: 'a re-appointment told as such is quiet', a: `${LEAD}Owen Tarrant has been chief executive of Brantley Cables since 2011.`, b: `${LEAD}Owen Tarrant was named chief executive of Brantley Cables again in 2014.` },
  { name: "a date that is not the start ('said in 2013 that') is quiet", a: `${LEAD}Owen Tarrant has been chief executive of Brantley Cables since 2011.`, b: `${LEAD}Owen Tarrant, chief executive of Brantley Cables, said in 2013 that orders would rise.` },
  { name: 'another person’s start in the post is not this rule’s', a: `${LEAD}Owen Tarrant has been chief executive of Brantley Cables since 2011.`, b: `${LEAD}Lena Marsh became chief executive of Brantley Cables in 2013.` },
  { name: 'another post of the same person is quiet', a: `${LEAD}Owen Tarrant has been chief executive of Brantley Cables since 2011.`, b: `${LEAD}Owen Tarrant became chairman of Brantley Cables in 2013.` },
];

describe('role start conflicts through the library', () => {
  for (const p of PAIRS) {
    it(p.name, async () => {
      const report = await analyze([
        { id: 'a', outlet: 'Alpha', published: '2016-05-10', text: p.a },
        { id: 'b', outlet: 'Beta', published: '2016-06-20', text: p.b },
      ]);
      const found = report.findings.filter((f) => f.rule === 'role-start-conflict' && f.severity !== 'info');
      if (p.loud) {
        expect(found.map((f) => f.severity), JSON.stringify(report.claims.filter((c) => c.kind === 'role'), null, 1)).toEqual([p.loud]);
        expect(found[0]?.sides).toHaveLength(2);
        expect(found[0]?.verdict).toBeDefined();
      } else expect(found.map((f) => f.message)).toEqual([]);
    });
  }
});
