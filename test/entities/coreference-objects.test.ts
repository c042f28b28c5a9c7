import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/types.js';
import { splitText } from '../../src/text/index.js';
import { extractEntities } from '../../src/entities/index.js';
import { readClaims, type ClaimCase, expectClaims } from '../claims/read-claims.js';

// A description that is the object of a verb or preposition ('paying $N for the carrier') is not
// the subject of its own clause: it goes to the most recent other company that fits. As the
// subject of a clause of its own ('X said the carrier would'), it may still be the subject.
function referent(text: string, reference: string): string | undefined {
  const doc: Document = { id: 'doc', text };
  const result = extractEntities(doc, splitText(text));
  const m = result.mentions.find((x) => x.via === 'reference' && x.span.text === reference);
  return m ? result.entities.find((e) => e.id === m.entity)?.name : undefined;
}

describe('a description as an object is not its clause’s subject', () => {
  const cases: readonly { name: string; text: string; reference: string; entity: string | undefined }[] = [
    { name: 'paying $N for the carrier → the company taken over', text: 'SkyReach Holdings has completed its takeover of Palmer Air, paying $450 million for the regional carrier.', reference: 'the regional carrier', entity: 'Palmer Air' },
    { name: 'X bought Y, paying $N for the retailer → Y', text: 'Acme Corp bought Beta Stores, paying $2 billion for the retailer.', reference: 'the retailer', entity: 'Beta Stores' },
    { name: "'it' stands for the subject: it paid for the carrier → the company bought", text: 'SkyReach has agreed to buy Palmer Air; it will pay $450 million for the carrier.', reference: 'the carrier', entity: 'Palmer Air' },
    { name: 'the company bought in the sentence before', text: 'Acme Corp agreed to buy Beta Stores. Acme will pay $2 billion for the company.', reference: 'the company', entity: 'Beta Stores' },
    { name: 'X, which acquired Y, said the lender → the one that lends', text: 'Acme Corp, which acquired Beta Bank last year, said the lender would grow.', reference: 'the lender', entity: 'Beta Bank' },
    { name: 'X agreed with Y to pay $N for the carrier → Y', text: 'SkyReach agreed with Palmer Air to pay $450 million for the regional carrier.', reference: 'the regional carrier', entity: 'Palmer Air' },
    { name: 'X is the largest shareholder in the company → not X', text: 'Beta Stores grew. Acme Corp is the largest shareholder in the company.', reference: 'the company', entity: 'Beta Stores' },
    { name: 'the latest venture from X → the company set up before, not X', text: 'Acme Corp is setting up an online lending company in Oslo. The latest venture from Acme Corp is backed by a $50 million loan from the company.', reference: 'The latest venture', entity: 'online lending company' },
    { name: '… and the company after it, in the venture’s clause, → X', text: 'Acme Corp is setting up an online lending company in Oslo. The latest venture from Acme Corp is backed by a $50 million loan from the company.', reference: 'the company', entity: 'Acme Corp' },
    { name: 'the holding company of X → not X', text: 'Gamma Foods grew. The holding company of Gamma Foods said sales rose.', reference: 'The holding company', entity: undefined },
    { name: 'X, which paid $N for the carrier → not X, the relative clause’s subject', text: 'SkyReach agreed to buy Palmer Air. SkyReach, which paid $450 million for the regional carrier, said it would keep the brand.', reference: 'the regional carrier', entity: 'Palmer Air' },
    { name: 'Y was bought by X, which paid $N for the carrier → Y', text: 'Palmer Air was bought by SkyReach, which paid $450 million for the carrier.', reference: 'the carrier', entity: 'Palmer Air' },
    { name: 'an object in a relative clause → the most recent company that fits', text: 'Tenmoon Holdings sold its stake in Velora Motors to Harbor Capital, which now controls the carmaker.', reference: 'the carmaker', entity: 'Velora Motors' },
    { name: 'X said it had appointed Y chief executive of the company → X', text: 'Tenmoon Holdings owns 5% of Velora Motors. Velora Motors said it had appointed Zhang Wei as chief executive of the company.', reference: 'the company', entity: 'Velora Motors' },
    // negatives: the description is the subject of a clause of its own, or sums up the subject's
    { name: 'X hired Y to run the company → X: the infinitive is Y’s', text: 'Beta Stores grew. Acme Corp hired Jane Doe to run the company.', reference: 'the company', entity: 'Acme Corp' },
    { name: 'X told investors the company would → X', text: 'Beta Stores grew. Acme Corp told investors the company would grow.', reference: 'the company', entity: 'Acme Corp' },
    { name: 'X said the carrier would → X', text: 'Acme Corp said the carrier would expand.', reference: 'the carrier', entity: 'Acme Corp' },
    { name: 'X bought Y; X said the retailer would → X, the speaker', text: 'Acme Corp bought Beta Stores last year. Acme said the retailer would keep its brand.', reference: 'the retailer', entity: 'Acme Corp' },
    { name: 'a noun phrase after a comma sums up the clause: a record for the company → X', text: 'Acme Corp posted its best year, a record for the company.', reference: 'the company', entity: 'Acme Corp' },
    { name: 'two banks: X, which acquired Y, said the lender → the speaker', text: 'Acme Bank, which acquired Beta Bank last year, said the lender would grow.', reference: 'the lender', entity: 'Acme Bank' },
    { name: 'the subject of a clause after a subordinator may be X', text: 'Acme Corp cut jobs after the carrier reported a loss.', reference: 'the carrier', entity: 'Acme Corp' },
    { name: 'no other company in reach: the object is nobody', text: 'Acme Corp will pay $2 billion for the retailer.', reference: 'the retailer', entity: undefined },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(referent(c.text, c.reference)).toBe(c.entity);
    });
  }
});

describe("'it' and 'its' in a deal sentence do not flip the parties", () => {
  const cases: readonly { name: string; text: string; reference: string; entity: string | undefined }[] = [
    { name: 'its takeover → the buyer', text: 'SkyReach Holdings has completed its takeover of Palmer Air, paying $450 million for the regional carrier.', reference: 'its', entity: 'SkyReach Holdings' },
    { name: 'it paid → the buyer of the sentence before', text: 'SkyReach Holdings has completed its takeover of Palmer Air. It paid $450 million for the regional carrier.', reference: 'It', entity: 'SkyReach Holdings' },
    { name: 'valuing it → the company bought, not the buyer', text: 'Acme Corp agreed to buy Beta Stores, valuing it at $2 billion.', reference: 'it', entity: 'Beta Stores' },
    { name: 'paid $N for it → the company bought', text: 'Acme Corp bought Beta Stores and paid $2 billion for it.', reference: 'it', entity: 'Beta Stores' },
    { name: 'it after a noun starts a clause: the user base it has → the subject', text: 'Acme Corp will lend to the clients of Beta Stores through the user base it already has.', reference: 'it', entity: 'Acme Corp' },
    { name: 'X said it would → X', text: 'Acme Corp said it would buy Beta Stores.', reference: 'it', entity: 'Acme Corp' },
    { name: 'X told reporters it would → X', text: 'Acme Corp told reporters it would buy Beta Stores.', reference: 'it', entity: 'Acme Corp' },
    { name: 'him, the object of X’s verb, is not X but the person before', text: 'Li Qiang spoke. Zhang Wei hired him.', reference: 'him', entity: 'Li Qiang' },
    { name: 'him after a reporting verb may be X', text: 'Zhang Wei said the board had appointed him.', reference: 'him', entity: 'Zhang Wei' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(referent(c.text, c.reference)).toBe(c.entity);
    });
  }
});

describe('deal prices stated about a description or a relative clause key on the deal', () => {
  const cases: readonly ClaimCase[] = [
    { name: 'paying $N for the regional carrier', text: 'SkyReach Holdings has completed its takeover of Palmer Air, paying $450 million for the regional carrier.', expect: [{ subject: 'Palmer Air', predicate: 'price', qualifier: 'SkyReach Holdings', object: 450_000_000 }], reject: [{ subject: 'SkyReach Holdings', predicate: 'price' }] },
    { name: 'it paid $N for the carrier, the sentence after the takeover', text: 'SkyReach Holdings has completed its takeover of Palmer Air. It paid $450 million for the regional carrier.', expect: [{ subject: 'Palmer Air', predicate: 'price', qualifier: 'SkyReach Holdings', object: 450_000_000 }], reject: [{ subject: 'SkyReach Holdings', predicate: 'price' }] },
    { name: 'the same key as A paid $N for B', text: 'SkyReach paid $450 million for Palmer Air.', expect: [{ subject: 'Palmer Air', predicate: 'price', qualifier: 'SkyReach', object: 450_000_000 }] },
    { name: 'B, which A bought for $N: the antecedent is the target', text: 'Palmer Air, which SkyReach Holdings bought for $450 million in March, will fly to Oslo.', expect: [{ subject: 'Palmer Air', predicate: 'price', qualifier: 'SkyReach Holdings', object: 450_000_000 }], reject: [{ subject: 'SkyReach Holdings', predicate: 'price' }] },
    { name: 'B, which A bought C for $N: the named object is the target', text: 'Palmer Air, which SkyReach Holdings bought Tern Air for $450 million, will fly to Oslo.', expect: [{ subject: 'Tern Air', predicate: 'price', qualifier: 'SkyReach Holdings' }], reject: [{ subject: 'Palmer Air', predicate: 'price' }] },
    { name: 'B, which A values at $N, is no price', text: 'Palmer Air, which SkyReach Holdings values at $450 million, will fly to Oslo.', reject: [{ subject: 'Palmer Air', predicate: 'price' }] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const claims = readClaims(c.text, c.published);
      expectClaims(claims, c);
    });
  }
});

describe('descriptions that name a kind of organization', () => {
  const cases: readonly { name: string; text: string; reference: string; entity: string | undefined }[] = [
    { name: 'the operator is never the regulator speaking', text: 'The National Spectrum and Communications Commission said on Monday that the operator, formerly known as SkyDish, had breached its licence.', reference: 'the operator', entity: undefined },
    { name: 'the company is never a council', text: 'Tembo Networks grew. Croydon Council said the company had applied for a licence.', reference: 'the company', entity: 'Tembo Networks' },
    { name: 'the fund → the one named a fund', text: 'Meridian Copper grew. Norvik Pension Fund bought shares. The fund now holds 15%.', reference: 'The fund', entity: 'Norvik Pension Fund' },
    { name: 'the club → the one named a club, not its buyer', text: 'Orrin Partners agreed to buy Halden Rovers FC. Orrin Partners said the club would keep its name.', reference: 'the club', entity: 'Halden Rovers FC' },
    { name: 'the ground → the stadium named before it', text: 'Halden Rovers play at the Nordwall Stadium. The 24,000-seat ground was renamed Keller Arena last July.', reference: 'The 24,000-seat ground', entity: 'Nordwall Stadium' },
    { name: 'the mine → nothing, when no name says mine', text: 'Meridian Copper runs the Cerro Azul operation. The mine opened in 2021.', reference: 'The mine', entity: undefined },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(referent(c.text, c.reference)).toBe(c.entity);
    });
  }
});
