import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { triggerGate, triggerKeys } from '../../src/claims/trigger-gate.js';
import { EVENT_TRIGGERS } from '../../src/claims/events.js';
import { MEASURE_TRIGGERS } from '../../src/claims/attributes.js';
import { MODALITY_TRIGGERS } from '../../src/claims/modality.js';

describe('triggerGate', () => {
  const cases: { name: string; text: string; keys: string[]; may: boolean }[] = [
    { name: 'no key in the sentence', text: 'The bank reported a profit.', keys: ['acquir', 'bought'], may: false },
    { name: 'no keys at all', text: 'Acme bought Beta.', keys: [], may: false },
    { name: 'a key inside a word', text: 'Acme was acquiring Beta.', keys: ['acquir'], may: true },
    { name: 'a key in capitals', text: 'ACME BOUGHT BETA.', keys: ['bought'], may: true },
    { name: 'a key of two words', text: 'Acme set up Beta.', keys: ['set up'], may: true },
    { name: 'two words that are not the key', text: 'Acme set a goal up there.', keys: ['set up'], may: false },
    { name: 'long s, which the i and u flags match as s', text: 'Acme ſold Beta.', keys: ['sold'], may: true },
    { name: 'a key with a character that is special in patterns', text: 'Acme (Beta) sold.', keys: ['(beta)'], may: true },
    { name: 'Kelvin sign, which the i and u flags match as k', text: 'Acme too\u212A over Beta.', keys: ['took over'], may: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(triggerGate(c.text)(triggerKeys(...c.keys))).toBe(c.may);
    });
  }
});

describe('trigger keys of the event frames, the figure measures and the modality', () => {
  // Every text a trigger matches must pass its gate, or the gate would drop a claim.
  for (const { pattern, keys } of [...EVENT_TRIGGERS, ...MEASURE_TRIGGERS, ...MODALITY_TRIGGERS]) {
    it(`every match of ${pattern.source.slice(0, 50)} holds a key`, () => {
      const once = new RegExp(pattern.source, pattern.flags.replace('g', ''));
      // fast-check generates from case-sensitive patterns without \\b or lookarounds only: the
      // case is mixed afterwards, and lookarounds become groups (so what they need is there).
      // Negative lookaheads are dropped: they only narrow what matches, which `once` checks.
      const source = pattern.source.replaceAll('\\b', '').replaceAll('(?<=', '(?:').replaceAll('(?=', '(?:').replace(/\(\?![^()]*\)/gu, '');
      const generator = new RegExp(source, pattern.flags.replace(/[gi]/gu, ''));
      let matched = 0;
      fc.assert(
        fc.property(pattern.flags.includes('i') ? fc.mixedCase(fc.stringMatching(generator)) : fc.stringMatching(generator), (text) => {
          if (!once.test(text)) return;
          matched++;
          expect(triggerGate(text)(keys)).toBe(true);
        }),
        { numRuns: 1000 },
      );
      expect(matched).toBeGreaterThan(20);
    });
  }
  it('a sentence without any key matches no trigger', () => {
    const text = 'The company reported revenue of 3 billion yuan in the first quarter.';
    for (const { pattern, keys } of EVENT_TRIGGERS) {
      expect(triggerGate(text)(keys)).toBe(false);
      expect(new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text)).toBe(false);
    }
  });
});
