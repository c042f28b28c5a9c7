import { describe, it } from 'vitest';
import { readClaims, type ClaimCase, expectClaims } from './read-claims.js';

// Readings that would put a wrong claim in front of the rules: a negation or hedge of a verb pinned
// on a figure named in a noun phrase, a past state read as the state at publication.
const CASES: readonly ClaimCase[] = [
  { name: "a price inside a noun phrase is not denied by the verb after it ('would not include')", text: 'Brightway Stores agreed to buy Oakmere Grocers. The $800 million deal for Oakmere Grocers would not include its warehouses.', expect: [{ subject: 'Oakmere Grocers', predicate: 'price', object: 800_000_000, negated: false, hedged: false }] },
  { name: "a price inside a noun phrase keeps the phrase's own hedge ('the proposed deal')", text: 'The proposed $800 million deal for Oakmere Grocers was delayed.', expect: [{ subject: 'Oakmere Grocers', predicate: 'price', hedged: true }] },
  { name: "a stake held 'before the deal' is past, not the stake at publication", text: 'Corvane Biologics was backed by Ostrow Capital, which held about 30% of the company before the deal.', expect: [{ predicate: 'stake', object: 30, tense: 'past' }], reject: [{ predicate: 'stake', tense: 'present' }] },
  { name: "a stake 'previously owned' is past", text: 'Ostrow Capital previously owned 25% of Morrow Mining.', expect: [{ subject: 'Morrow Mining', predicate: 'stake', tense: 'past' }], reject: [{ predicate: 'stake', tense: 'present' }] },
  { name: "reported speech alone does not make a stake past ('said it held')", text: 'Ostrow Capital said on Monday it held 25% of Morrow Mining.', reject: [{ predicate: 'stake', tense: 'past', time: undefined }] },
  { name: 'a speaker is not the buyer of what they report', text: 'Brightway Stores sells food. Rita Gomez, who has been chief executive of Oakmere Grocers since 2016, said the chain had completed its purchase of Fenwick Goods in 2023.', reject: [{ subject: 'Rita Gomez', predicate: 'acquired' }] },
  { name: 'a company named after the speech verb is the buyer', text: 'Rita Gomez said Oakmere Grocers had bought Fenwick Goods in 2023.', expect: [{ subject: 'Oakmere Grocers', predicate: 'acquired', object: 'Fenwick Goods', time: '2023' }], reject: [{ subject: 'Rita Gomez', predicate: 'acquired' }] },
  { name: "a pronoun for the speaker acts ('said she had bought')", text: 'Rita Gomez said she had bought Fenwick Goods in 2023.', expect: [{ subject: 'Rita Gomez', predicate: 'acquired', object: 'Fenwick Goods' }] },
  { name: "a stake 'still held' after a sale is present", text: 'Ostrow Capital, which sold part of its stake before the listing, still holds 15% of Morrow Mining.', expect: [{ subject: 'Morrow Mining', predicate: 'stake', object: 15, tense: 'present' }] },
];

describe('claims that would mislead the rules', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const claims = readClaims(c.text, c.published);
      expectClaims(claims, c);
    });
  }
});
