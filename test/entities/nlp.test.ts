import { describe, expect, it } from 'vitest';
import { analyzeSentence, nlpCanMatter } from '../../src/entities/nlp.js';

describe('the sentence gate: compromise runs only where its answer can change the names found', () => {
  const cases: readonly { name: string; sentence: string; matters: boolean }[] = [
    { name: 'no capital at all', sentence: 'revenue rose by a fifth.', matters: false },
    { name: 'a function word first and the only other capitals in a bank name', sentence: 'In 2019 the Orbit Bank opened a branch.', matters: false },
    { name: "'Bank of X' is an organization whatever compromise thinks of X", sentence: 'The Bank of Velora raised rates.', matters: false },
    { name: 'a title word first and a company with a legal suffix', sentence: 'Chairman of Sunrise Technology Co., Ltd. resigned.', matters: false },
    { name: 'a bare name inside the sentence may be a place or a person', sentence: 'In 2019 Velora opened a branch.', matters: true },
    { name: 'a capitalized first word that is no function word may be an ordinary word', sentence: 'Shares of Orbit Bank rose.', matters: true },
    { name: 'a person next to a bank name', sentence: 'The chairman of Orbit Bank, Zhang Wei, spoke.', matters: true },
    { name: 'an all-capital function word may be a name', sentence: 'THE Orbit Bank rose.', matters: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(nlpCanMatter(c.sentence)).toBe(c.matters);
    });
  }
  it('a gated sentence gets an empty answer', () => {
    const r = analyzeSentence('In 2019 the Orbit Bank opened a branch.');
    expect(r.hints).toEqual([]);
    expect(r.notNames.size + r.adjectives.size).toBe(0);
  });
  it('a sentence that passes still gets compromise’s people', () => {
    const r = analyzeSentence('In 2019 the bank hired John Smith as its chief.');
    expect(r.hints.some((h) => h.kind === 'person')).toBe(true);
  });
});
