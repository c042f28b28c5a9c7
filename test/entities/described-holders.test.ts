import { describe, expect, it } from 'vitest';
import { docs, canonicalOf } from './linked.js';

describe('holders known only by a description', () => {
  const found: readonly { name: string; text: string; holder: string; held: string }[] = [
    { name: "'the Gulf state's sovereign fund, which owns'", text: "Budget airline Wrenfield Air flies 40 routes. The Gulf state's sovereign fund, which owns 40 percent of Wrenfield Air, backed the purchase.", holder: 'sovereign fund', held: 'Wrenfield Air' },
    { name: "'a state investor, which holds a stake in'", text: 'A state investor, which holds a 12% stake in Halbeck Pharma, did not comment.', holder: 'state investor', held: 'Halbeck Pharma' },
    { name: "'the sovereign wealth fund holds ... in the airline' names the kind without 'wealth'", text: 'Budget airline Wrenfield Air flies 40 routes. The sovereign wealth fund holds a 35% stake in the airline.', holder: 'sovereign fund', held: 'Wrenfield Air' },
    { name: "'the state mining company holds a further stake in'", text: 'Copper miner Tellmark Resources bid for Kaldora Metals. The state mining company holds a further 10% stake in Kaldora Metals.', holder: 'state mining company', held: 'Kaldora Metals' },
    { name: "'its pension fund owns ... shares of'", text: 'Its pension fund owns 9% of the shares of Morrow Mining.', holder: 'pension fund', held: 'Morrow Mining' },
  ];
  for (const c of found) {
    it(c.name, () => {
      const [d] = docs({ a: c.text });
      const holder = d?.entities.find((e) => e.name === c.holder);
      expect(holder?.type).toBe('organization');
      expect(d?.anonymous).toContain(holder?.id);
      const held = d?.entities.find((e) => e.name === c.held);
      expect(d?.holdings?.[holder?.id ?? '']).toContain(held?.id);
    });
  }

  const none: readonly { name: string; text: string }[] = [
    { name: 'a fund that holds no stake is no holder', text: 'The sovereign fund backed the purchase of Tallis Aviation.' },
    { name: 'a fund that holds a meeting is no holder', text: 'The pension fund holds its annual meeting in May.' },
    { name: 'an investor named is no description', text: 'Ostrow Capital holds a 12% stake in Halbeck Pharma.' },
  ];
  for (const c of none) {
    it(c.name, () => {
      const [d] = docs({ a: c.text });
      expect(Object.keys(d?.holdings ?? {})).toEqual([]);
    });
  }

  it("a described holder is never 'the company' or the topic", () => {
    const [d] = docs({ a: 'Wrenfield Air flies 40 routes. The sovereign fund holds a 35% stake in Wrenfield Air. The company was founded in 2004.' });
    const holder = d?.entities.find((e) => e.name === 'sovereign fund');
    expect(d?.topics?.[2]).not.toBe(holder?.id);
    expect(d?.mentions.filter((m) => m.entity === holder?.id).map((m) => m.span.text)).toEqual(['sovereign fund']);
  });

  it('one kind of holder of one company in two articles is one holder', () => {
    const per = docs({
      a: "Budget airline Wrenfield Air flies 40 routes. The Gulf state's sovereign fund, which owns 40 percent of Wrenfield Air, backed the purchase.",
      b: 'Low-cost airline Wrenfield Air completed the deal. The sovereign fund holds a 35% stake in the airline.',
    });
    const a = canonicalOf(per, 'a', 'sovereign fund');
    expect(a).toBeDefined();
    expect(canonicalOf(per, 'b', 'sovereign fund')).toBe(a);
  });

  it('the joined holder has one id whatever the order of the articles', () => {
    const a = "Budget airline Wrenfield Air flies 40 routes. The Gulf state's sovereign fund, which owns 40 percent of Wrenfield Air, backed the purchase.";
    const b = 'Low-cost airline Wrenfield Air completed the deal. The sovereign fund holds a 35% stake in the airline.';
    const forward = canonicalOf(docs({ a, b }), 'b', 'sovereign fund');
    expect(canonicalOf(docs({ b, a }), 'b', 'sovereign fund')).toBe(forward);
  });

  it('one kind of holder of two different companies stays two holders', () => {
    const per = docs({
      a: 'The sovereign fund, which owns 40 percent of Wrenfield Air, backed the purchase.',
      b: 'The sovereign fund holds a 35% stake in Morrow Mining.',
    });
    expect(canonicalOf(per, 'b', 'sovereign fund')).not.toBe(canonicalOf(per, 'a', 'sovereign fund'));
  });

  it('two kinds of holder of one company stay apart', () => {
    const per = docs({
      a: 'The sovereign fund, which owns 40 percent of Wrenfield Air, backed the purchase.',
      b: 'A pension fund holds a 5% stake in Wrenfield Air.',
    });
    expect(canonicalOf(per, 'b', 'pension fund')).not.toBe(canonicalOf(per, 'a', 'sovereign fund'));
  });
});
