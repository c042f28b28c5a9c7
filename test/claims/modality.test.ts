import { describe, expect, it } from 'vitest';
import { modalityOf, tenseOf } from '../../src/claims/modality.js';

describe('modalityOf', () => {
  const cases: readonly { name: string; clause: string; negated: boolean; hedged: boolean; attributedTo?: string }[] = [
    { name: 'a plain statement', clause: 'Acme opened a bank in 2019.', negated: false, hedged: false },
    { name: 'has not', clause: 'Acme has not opened a bank.', negated: true, hedged: false },
    { name: "hasn't", clause: "Acme hasn't opened a bank.", negated: true, hedged: false },
    { name: 'has yet to', clause: 'Acme has yet to obtain a licence.', negated: true, hedged: false },
    { name: 'has yet acquired (as written in some copy)', clause: 'The company, however, has yet acquired a licence.', negated: true, hedged: false },
    { name: 'lacks', clause: 'Acme lacks a banking licence.', negated: true, hedged: false },
    { name: 'no longer', clause: 'Acme no longer offers loans.', negated: true, hedged: false },
    { name: 'not only is no negation', clause: 'Acme is not only a lender but also a bank.', negated: false, hedged: false },
    { name: 'reportedly', clause: 'Acme reportedly bought Beta.', negated: false, hedged: true },
    { name: 'is said to', clause: 'Acme is said to be valued at $1 billion.', negated: false, hedged: true },
    { name: 'expected to', clause: 'Acme is expected to list next year.', negated: false, hedged: true },
    { name: 'plans to', clause: 'Acme plans to open a branch.', negated: false, hedged: true },
    { name: 'aims to', clause: 'Acme aims to reach 10 million users.', negated: false, hedged: true },
    { name: 'believes it can', clause: 'Acme believes it can lend $2 billion.', negated: false, hedged: true },
    { name: 'will', clause: 'Acme will open a branch.', negated: false, hedged: true },
    { name: 'May the month is no modal', clause: 'In May 2020, Acme opened a branch.', negated: false, hedged: false },
    { name: 'according to a named source', clause: 'Acme owns 30% of Beta, according to Reuters.', negated: false, hedged: false, attributedTo: 'Reuters' },
    { name: 'according to Mr. X', clause: 'The plan is new, according to Mr. Tan Wei.', negated: false, hedged: false, attributedTo: 'Mr. Tan Wei' },
    { name: 'it was reported that', clause: 'It was reported that Acme bought Beta.', negated: false, hedged: false, attributedTo: 'unnamed reports' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const m = modalityOf(c.clause);
      expect(m.negated).toBe(c.negated);
      expect(m.hedged).toBe(c.hedged);
      expect(m.attributedTo).toBe(c.attributedTo);
    });
  }
  it('a speaker is kept only when the clause has a speech verb', () => {
    expect(modalityOf('Acme said it opened a bank.', 'Acme').attributedTo).toBe('Acme');
    expect(modalityOf('Acme opened a bank.', 'Acme').attributedTo).toBeUndefined();
  });
});

describe('tenseOf', () => {
  const cases: readonly { clause: string; tense: 'past' | 'present' | 'future' }[] = [
    { clause: 'Acme will open a bank.', tense: 'future' },
    { clause: 'Acme plans to open a bank.', tense: 'future' },
    { clause: 'Previously, the chairman was Li.', tense: 'past' },
    { clause: 'Li is the chairman.', tense: 'present' },
  ];
  for (const c of cases) {
    it(c.clause, () => {
      expect(tenseOf(c.clause)).toBe(c.tense);
    });
  }
});
