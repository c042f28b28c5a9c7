import { describe, it } from 'vitest';
import { readClaims, type ClaimCase, expectClaims } from './read-claims.js';

// Convention (vocabulary): a price's subject is the company bought, its qualifier the buyer, in
// every phrasing, so two reports of one deal share a key.
const CASES: readonly ClaimCase[] = [
  { name: 'buy X for $N (plan)', text: 'Budget carrier Wrenfield Air said on Monday it would buy regional operator Tallis Aviation for $310 million.', expect: [{ subject: 'Tallis Aviation', predicate: 'price', qualifier: 'Wrenfield Air', object: 310_000_000, hedged: true }], reject: [{ subject: 'Wrenfield Air', predicate: 'price' }] },
  { name: 'completed its takeover of X, paying $N for the carrier', text: 'Wrenfield Air has completed its takeover of Tallis Aviation, paying $450 million for the regional carrier.', expect: [{ subject: 'Tallis Aviation', predicate: 'price', qualifier: 'Wrenfield Air', object: 450_000_000 }, { subject: 'Wrenfield Air', predicate: 'acquired', object: 'Tallis Aviation' }], reject: [{ subject: 'Wrenfield Air', predicate: 'price' }] },
  { name: "a participle clause set off by commas is about the buyer, not an appositive of the company bought (', paying $N for the carrier, the company said')", text: 'Wrenfield Air has completed its takeover of Tallis Aviation, paying $450 million for the regional carrier, the company said on Wednesday.', expect: [{ subject: 'Tallis Aviation', predicate: 'price', qualifier: 'Wrenfield Air', object: 450_000_000 }], reject: [{ subject: 'Tallis Aviation', predicate: 'price', qualifier: undefined }] },
  { name: "'valuing it at $N' values the company bought, not the buyer", text: 'Halbeck Pharma agreed to buy Corvane Biologics, valuing it at $2 billion.', expect: [{ subject: 'Corvane Biologics', predicate: 'valuation', object: 2_000_000_000 }], reject: [{ subject: 'Halbeck Pharma', predicate: 'valuation' }] },
  { name: "'values X at $N' after another subject values X", text: 'The funding round values Corvane Biologics at $2 billion.', expect: [{ subject: 'Corvane Biologics', predicate: 'valuation', object: 2_000_000_000 }] },
  { name: 'a company that values its own stake is still the subject', text: 'Halbeck Pharma values its stake in Corvane Biologics at $2 billion.', reject: [{ subject: 'Corvane Biologics', predicate: 'valuation' }] },
  { name: 'completed its purchase of X for $N', text: 'Morrow Mining said it had completed its purchase of Quarry Peak Resources for A$95 million.', expect: [{ subject: 'Quarry Peak Resources', predicate: 'price', qualifier: 'Morrow Mining' }] },
  { name: 'X was sold to A for $N', text: 'Corvane Biologics was sold to Halbeck Pharma for $2.1 billion, the companies said.', expect: [{ subject: 'Corvane Biologics', predicate: 'price', qualifier: 'Halbeck Pharma', object: 2_100_000_000 }] },
  { name: 'X was acquired by A for $N', text: 'Corvane Biologics was acquired by Halbeck Pharma in 2022 for $2 billion.', expect: [{ subject: 'Corvane Biologics', predicate: 'price', qualifier: 'Halbeck Pharma' }] },
  { name: "A's $N acquisition of X", text: "Halbeck Pharma's $2.1 billion acquisition of Corvane Biologics closed in March.", expect: [{ subject: 'Corvane Biologics', predicate: 'price', qualifier: 'Halbeck Pharma', object: 2_100_000_000 }] },
  { name: 'the $N deal for X', text: 'Brightway Stores said the $800 million deal for Oakmere Grocers would close this year.', expect: [{ subject: 'Oakmere Grocers', predicate: 'price', object: 800_000_000 }] },
  { name: 'A paid $N for X', text: 'Halbeck Pharma paid $2 billion for Corvane Biologics.', expect: [{ subject: 'Corvane Biologics', predicate: 'price', qualifier: 'Halbeck Pharma' }] },
  { name: 'the seller is never the buyer: C sold X to A', text: 'Ostrow Capital sold Corvane Biologics to Halbeck Pharma for $2 billion.', expect: [{ subject: 'Corvane Biologics', predicate: 'price', qualifier: 'Halbeck Pharma' }], reject: [{ qualifier: 'Ostrow Capital', predicate: 'price' }] },
  { name: 'a seller parting with an unnamed unit stands for it', text: 'Ostrow Capital sold its drug unit to Halbeck Pharma for $2 billion.', expect: [{ subject: 'Ostrow Capital', predicate: 'price', qualifier: 'Halbeck Pharma' }] },
  { name: 'a deal for goods is no price of a company', text: 'Brightway Stores signed a $5 billion deal for 20 delivery trucks.', reject: [{ predicate: 'price' }] },
  { name: "'would buy' is a hedged acquisition", text: 'Morrow Mining said it would buy Quarry Peak Resources next year.', expect: [{ subject: 'Morrow Mining', predicate: 'acquired', object: 'Quarry Peak Resources', hedged: true }] },
  { name: "'a buy' rating is no acquisition", text: 'Analysts at Ostrow Capital rate Halbeck Pharma a buy.', reject: [{ predicate: 'acquired' }] },
  { name: 'an undated price of a named deal was paid before publication', text: 'Wrenfield Air has completed its takeover of Tallis Aviation, paying $450 million for the regional carrier.', published: '2025-09-02', expect: [{ subject: 'Tallis Aviation', predicate: 'price', mod: 'ON_OR_BEFORE', time: '2025-09-02' }] },
  { name: "'since 2019' after a price is a comparison, not the deal's date", text: "Halbeck Pharma's $2.1 billion acquisition of Corvane Biologics is its largest since 2019.", reject: [{ predicate: 'price', time: '2019' }] },
  { name: 'an offered price is not dated as paid', text: 'Tellmark Resources offered $1.2 billion for Kaldora Metals.', reject: [{ predicate: 'price', mod: 'ON_OR_BEFORE' }] },
  { name: 'a figure raised is no price', text: 'Corvane Biologics raised $200 million in a Series C round led by Ostrow Capital.', reject: [{ predicate: 'price' }] },
];

describe('deal prices: subject the target, qualifier the buyer', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const claims = readClaims(c.text, c.published);
      expectClaims(claims, c);
    });
  }
});
