import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { expectFloor, scoreCorpus, type ScoredCorpus } from './score-corpus.js';

// A small corpus about a made-up airline that was renamed and taken over, written for this
// project and scored with the same scorer as the default corpus: each name keeps when it was
// used, and a price stated about 'the regional carrier' belongs to the company bought.
const FLOOR = { conflicts: 2, claims: 9, maxFalseAlarms: 0 };

describe('aliases corpus', () => {
  let scored: ScoredCorpus;
  let report: Report;

  beforeAll(() => {
    scored = scoreCorpus('test/fixtures/aliases');
    report = JSON.parse(scored.stdout) as Report;
  });

  it('scores at or above the floor', () => {
    expectFloor(scored, FLOOR);
  });

  it('keeps the old name, with when each name was used, on one entity', () => {
    const airline = report.entities.find((e) => e.name === 'Tarn Airlines');
    expect(airline?.aliases).toContain('Tarnfield Air Services');
    const names = (airline?.names ?? []).map((n) => `${n.name} ${n.from?.timex ?? ''}..${n.until?.timex ?? ''}${n.former ? ' former' : ''}`);
    expect(names).toContain('Tarnfield Air Services 2009..2016 former');
    // the outlets disagree on the year of the change, and the names say so
    expect(names).toContain('Tarn Airlines 2016..');
    expect(names).toContain('Tarn Airlines 2017..');
  });

  it('states the price paid for the regional carrier about the company bought, by its buyer', () => {
    const price = report.claims.find((c) => c.doc === 'wire-2024-03-corvel' && c.predicate === 'price');
    const name = (id: string | undefined): string | undefined => report.entities.find((e) => e.id === id)?.name;
    expect(name(price?.subject)).toBe('Tarn Airlines');
    expect(name(price?.qualifier)).toBe('Corvel Aviation Group');
  });
});
