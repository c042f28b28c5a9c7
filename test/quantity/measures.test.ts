import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/quantity/index.js';

// Power, energy and containers: the measures plants and ports are compared by, each in one unit.
describe('figures with a unit of measure', () => {
  const cases: readonly { name: string; text: string; value: number; unit: string }[] = [
    { name: 'megawatts by symbol', text: 'It now has 320 MW of installed capacity.', value: 320, unit: 'MW' },
    { name: 'megawatts as a hyphenated modifier', text: 'The 200-megawatt project is the largest.', value: 200, unit: 'MW' },
    { name: 'megawatts in words', text: 'Today two hundred megawatts are turning.', value: 200, unit: 'MW' },
    { name: 'gigawatts, in megawatts', text: 'A 1.5 GW pipeline of projects.', value: 1500, unit: 'MW' },
    { name: 'terawatt-hours, in megawatt-hours', text: 'It generated 3.2 TWh last year.', value: 3_200_000, unit: 'MWh' },
    { name: 'containers', text: 'The terminal handled 2.5 million TEU in 2023.', value: 2_500_000, unit: 'TEU' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const q = parseQuantities(c.text).find((x) => x.unit === c.unit);
      expect(q?.value).toBe(c.value);
      expect(q?.kind).toBe('count');
    });
  }

  it('a year before a unit is no figure', () => {
    expect(parseQuantities('By 2030 MW of new capacity will be needed.').filter((q) => q.unit === 'MW')).toEqual([]);
  });
});
