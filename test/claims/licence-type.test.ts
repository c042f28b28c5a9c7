import { describe, expect, it } from 'vitest';
import { licenceKinds } from '../../src/claims/licence-type.js';

describe('licenceKinds', () => {
  const cases: readonly { phrase: string; kinds: readonly string[] }[] = [
    { phrase: 'the mobile payment license', kinds: ['payment'] },
    { phrase: 'a third-party payment license', kinds: ['payment'] },
    { phrase: 'an online payment licence', kinds: ['payment'] },
    { phrase: 'a consumer finance license', kinds: ['consumer-finance'] },
    { phrase: 'the license of consumer finance and virtual banking', kinds: ['consumer-finance', 'virtual-banking'] },
    { phrase: 'its digital banking license', kinds: ['digital-banking'] },
    { phrase: 'a private banking license', kinds: ['private-banking'] },
    { phrase: 'a licence to issue credit cards', kinds: ['credit-card'] },
    { phrase: 'an insurance licence', kinds: ['insurance'] },
    { phrase: 'a securities brokerage licence', kinds: ['securities'] },
    { phrase: 'a licence', kinds: [] },
  ];
  for (const c of cases) {
    it(c.phrase, () => {
      expect(licenceKinds(c.phrase)).toEqual(c.kinds);
    });
  }
  it('kinds that must stay apart do not collapse into one', () => {
    const kinds = ['consumer finance', 'virtual banking', 'digital banking', 'private banking'].map((k) => licenceKinds(`a ${k} licence`)[0]);
    expect(new Set(kinds).size).toBe(4);
  });
});
