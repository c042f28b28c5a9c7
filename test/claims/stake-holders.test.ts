import { describe, it } from 'vitest';
import { readClaims, type ClaimCase, expectClaims } from './read-claims.js';

// Stakes stated in relative clauses, by named holders and by holders known only by a description.
const CASES: readonly ClaimCase[] = [
  { name: "a described holder: 'the sovereign fund, which owns 40 percent of A'", text: "Budget airline Wrenfield Air flies 40 routes. The Gulf state's sovereign fund, which owns 40 percent of Wrenfield Air, backed the purchase.", expect: [{ subject: 'Wrenfield Air', predicate: 'stake', object: 40, qualifier: 'sovereign fund' }] },
  { name: "a described holder: 'a state investor, which holds a 12% stake in A'", text: 'A state investor, which holds a 12% stake in Halbeck Pharma, did not comment.', expect: [{ subject: 'Halbeck Pharma', predicate: 'stake', object: 12, qualifier: 'state investor', negated: false }] },
  { name: "a described holder in a main clause: 'the sovereign fund holds ... in the airline'", text: 'Budget airline Wrenfield Air flies 40 routes. The sovereign fund holds a 35% stake in the airline.', expect: [{ subject: 'Wrenfield Air', predicate: 'stake', object: 35, qualifier: 'sovereign fund' }] },
  { name: "a named holder: 'X, which holds a 40% stake in A,'", text: 'Ostrow Capital, which holds a 40% stake in Morrow Mining, backed the plan.', expect: [{ subject: 'Morrow Mining', predicate: 'stake', object: 40, qualifier: 'Ostrow Capital' }] },
  { name: "a named holder: 'A, in which X owns 40 percent,'", text: 'Halbeck Pharma, in which Ostrow Capital owns 40 percent, was founded in 1998.', expect: [{ subject: 'Halbeck Pharma', predicate: 'stake', object: 40, qualifier: 'Ostrow Capital' }, { subject: 'Halbeck Pharma', predicate: 'founded', time: '1998' }] },
  { name: 'the described holder is not the company a later sentence is about', text: 'Budget airline Wrenfield Air flies 40 routes. The sovereign fund, which owns 40 percent of Wrenfield Air, backed the deal. The company was founded in 2004.', expect: [{ subject: 'Wrenfield Air', predicate: 'founded', time: '2004' }], reject: [{ subject: 'sovereign fund', predicate: 'founded' }] },
  { name: "'the state mining company' is its own holder, not 'the company' the text is about", text: 'Copper miner Tellmark Resources bid for Kaldora Metals. The state mining company holds a further 10% stake in Kaldora Metals.', expect: [{ subject: 'Kaldora Metals', predicate: 'stake', object: 10, qualifier: 'state mining company' }], reject: [{ predicate: 'stake', qualifier: 'Tellmark Resources' }] },
  { name: 'a fund that backed a deal holds no stake', text: 'The sovereign fund backed the purchase of Tallis Aviation for $300 million.', reject: [{ predicate: 'stake' }] },
  { name: 'a market share is no stake of a described holder', text: 'The state investor said Morrow Mining holds 30% of the copper market.', reject: [{ predicate: 'stake' }] },
];

describe('stakes in relative clauses and described holders', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const claims = readClaims(c.text, c.published);
      expectClaims(claims, c);
    });
  }
});
