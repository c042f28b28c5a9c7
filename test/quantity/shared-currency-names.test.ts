import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/quantity/index.js';

// 'pesos', 'shillings', 'rupees', 'dinars', 'kroner': the currency of the country the document
// names most among those that use the name; with none named, the most traded one.
describe('currency names several countries use', () => {
  const cases: readonly { name: string; text: string; unit: string }[] = [
    { name: 'pesos with no country named are Mexican', text: 'Revenue rose to 12 billion pesos.', unit: 'MXN' },
    { name: 'pesos in an article about Colombia', text: 'BOGOTÁ — The Colombian developer was fined 2.1 billion pesos.', unit: 'COP' },
    { name: 'pesos in an article about the Philippines', text: 'MANILA — The lender raised 5 billion pesos, the biggest bond sale in the Philippines this year.', unit: 'PHP' },
    { name: 'pesos where two countries are named: the one named most', text: 'The Chilean miner, which also sells to Mexico, earned 80 billion pesos in Chile and Peru. Chile takes most of it.', unit: 'CLP' },
    { name: 'shillings in an article about Uganda', text: 'KAMPALA — The Ugandan telecom paid 40 billion shillings.', unit: 'UGX' },
    { name: 'rupees in an article about Pakistan', text: 'KARACHI — The Pakistani bank lent 3 billion rupees.', unit: 'PKR' },
    { name: 'kroner in an article about Denmark', text: 'COPENHAGEN — The Danish utility paid 2 billion kroner.', unit: 'DKK' },
    { name: 'kroner with no country named are Norwegian', text: 'The fund paid 2 billion kroner.', unit: 'NOK' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(parseQuantities(c.text).find((q) => q.kind === 'money')?.unit).toBe(c.unit);
    });
  }
});
