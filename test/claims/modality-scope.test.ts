import { describe, it } from 'vitest';
import { readClaims, type ClaimCase, expectClaims } from './read-claims.js';

// Hedges, negations and future wording reach their own clause, not a 'since'-clause, an 'and'-clause
// or a relative clause inside the same sentence.
const CASES: readonly ClaimCase[] = [
  {
    name: "a founding in a 'since'-clause after a planned purchase is not hedged",
    text: 'Budget carrier Wrenfield Air said on Monday it would buy regional operator Tallis Aviation for $310 million, its biggest acquisition since it was established in 2004.',
    expect: [{ subject: 'Wrenfield Air', predicate: 'founded', time: '2004', hedged: false, tense: 'past' }, { subject: 'Tallis Aviation', predicate: 'price', hedged: true }],
  },
  {
    name: "'said it would buy' is a deal announced, not done: its acquisition is in the future",
    text: 'Budget carrier Wrenfield Air said on Monday it would buy regional operator Tallis Aviation for $310 million.',
    expect: [{ subject: 'Wrenfield Air', predicate: 'acquired', tense: 'future' }],
  },
  {
    name: "'has completed its takeover' is done, not a plan",
    text: 'Wrenfield Air has completed its takeover of Tallis Aviation, paying $450 million for the regional carrier.',
    reject: [{ predicate: 'acquired', tense: 'future' }],
  },
  {
    name: "a founding before an 'and might' plan is not hedged",
    text: 'Brightway Stores, which was founded in 1987 and might list its shares next year, employs 40,000 people.',
    expect: [{ subject: 'Brightway Stores', predicate: 'founded', time: '1987', hedged: false }],
  },
  {
    name: 'a plan after a dated founding stays a plan',
    text: 'Halbeck Pharma was set up in 1998 and would open a plant in Ohio, the company said.',
    expect: [{ subject: 'Halbeck Pharma', predicate: 'founded', time: '1998', hedged: false }],
  },
  {
    name: "a founding in a 'when'-clause after a denial is not denied",
    text: 'Ferrovia Mining did not say when it was founded.',
    reject: [{ predicate: 'founded', negated: true }],
  },
  {
    name: "'denied that' still denies what follows",
    text: 'Brightway Stores denied that it had bought Oakmere Grocers in 2019.',
    expect: [{ subject: 'Brightway Stores', predicate: 'acquired', negated: true }],
  },
  {
    name: 'a hedge in the main clause still hedges the main event',
    text: 'Wrenfield Air is expected to buy Tallis Aviation, which was founded in 2005.',
    expect: [{ subject: 'Wrenfield Air', predicate: 'acquired', hedged: true }, { subject: 'Tallis Aviation', predicate: 'founded', time: '2005', hedged: false }],
  },
  {
    name: "a founding before ', adding that ... would' is neither hedged nor in the future",
    text: 'Kestrel Lending was founded in 2011 by Mara Quist, the company said on Monday, adding that its lending arm would open branches in three provinces next year.',
    expect: [{ subject: 'Kestrel Lending', predicate: 'founded', time: '2011', hedged: false, tense: 'past' }],
  },
  {
    name: "an acquisition before ', saying it may ...' is not hedged",
    text: 'Orbeline Foods bought Sallow Dairy in 2019, saying it may close two of its plants.',
    expect: [{ subject: 'Orbeline Foods', predicate: 'acquired', time: '2019', hedged: false, tense: 'past' }],
  },
  {
    name: "a plan inside the ', adding that' clause keeps its own future",
    text: 'Kestrel Lending reported a profit, adding that it would open a branch in Lagos next year.',
    expect: [{ subject: 'Kestrel Lending', predicate: 'opened', tense: 'future' }],
  },
  {
    name: "a post taken in a 'who'-clause is not hedged by the main clause's 'will'",
    text: 'Jane Roe, who became chief executive of Orbit Freight in 2015, will step down after the deal.',
    expect: [{ subject: 'Orbit Freight', predicate: 'ceo', object: 'Jane Roe', hedged: false }],
  },
  {
    name: "a founding in a participle phrase is not hedged by the ', may' after it",
    text: 'Baltic Ports, founded in 1994, may sell its Riga terminal.',
    expect: [{ subject: 'Baltic Ports', predicate: 'founded', time: '1994', hedged: false }],
  },
  {
    name: 'a future figure after a past one keeps its own tense',
    text: 'Morrow Mining earned $40 million in 2023, and it will invest $90 million next year.',
    expect: [{ subject: 'Morrow Mining', predicate: 'profit', hedged: false }, { subject: 'Morrow Mining', predicate: 'investment', hedged: true }],
  },
];

describe('modality scope', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const claims = readClaims(c.text, c.published);
      expectClaims(claims, c);
    });
  }
});
