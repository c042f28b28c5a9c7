import { describe, expect, it } from 'vitest';
import { analyzeSentence, compromiseParses } from '../../src/entities/nlp.js';

/** How many times compromise parsed something while `read` ran. */
function parses(read: () => void): number {
  const before = compromiseParses.count;
  read();
  return compromiseParses.count - before;
}

describe('compromise is asked only where its answer is read and can matter', () => {
  const cases: readonly { name: string; sentence: string; read: 'hints' | 'first'; asked: boolean }[] = [
    { name: 'no capital at all: no names to ask about', sentence: 'revenue rose by a fifth in the quarter.', read: 'hints', asked: false },
    { name: 'a bank name is an organization whatever compromise thinks of it', sentence: 'In 2019 the Orbit Bank opened a branch.', read: 'hints', asked: false },
    { name: "'Bank of X' is an organization too", sentence: 'The Bank of Velora raised rates again.', read: 'hints', asked: false },
    { name: 'a bare name of a word compromise knows may be a person or a place', sentence: 'In 2019 Jordan opened a branch.', read: 'hints', asked: true },
    { name: 'a name of words compromise knows in no way gets no tag from it, so it is not asked', sentence: 'In 2019 Velora Kravitzki opened a branch.', read: 'hints', asked: false },
    { name: 'a surname-like ending is enough to ask', sentence: 'In 2019 Kvellingsson opened a branch.', read: 'hints', asked: true },
    // compromise reads 'Élise' as 'elise' and 'Søren' as 'soren'; so must the check before asking it.
    { name: 'a first name it knows, written with diacritics, is enough to ask', sentence: 'In 2019 Élise Vauterre opened a branch.', read: 'hints', asked: true },
    { name: 'another letter outside ASCII', sentence: 'In 2019 Søren Kvaalbakk opened a branch.', read: 'hints', asked: true },
    { name: 'a function word first is dropped from a name whatever its tag', sentence: 'The Orbit Bank rose.', read: 'first', asked: false },
    { name: 'a title word first is dropped too', sentence: 'Chairman Zhang Wei spoke.', read: 'first', asked: false },
    { name: 'an ordinary capitalized first word may or may not start a name', sentence: 'Shares of Orbit Bank rose.', read: 'first', asked: true },
    { name: 'an all-capital function word may be a name', sentence: 'THE Orbit Bank rose.', read: 'first', asked: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      // A fresh sentence each time, so the cache of earlier cases cannot hide a parse.
      const sentence = `${c.sentence} ${String(compromiseParses.count)}`;
      const r = analyzeSentence(sentence);
      const n = parses(() => (c.read === 'hints' ? r.hints : r.notNames.has(0)));
      if (c.asked) expect(n).toBeGreaterThan(0);
      else expect(n).toBe(0);
    });
  }

  it('nothing is parsed until an answer is read', () => {
    expect(parses(() => analyzeSentence('Meanwhile Quorvex hired Dana Whitfield as chief executive.'))).toBe(0);
  });

  it('asking about one name parses that name only, not the others of the sentence', () => {
    const sentence = 'Gertrude Okafor met Jordan Belfort and Marisol Quintero in Lagos.';
    const r = analyzeSentence(sentence);
    const start = sentence.indexOf('Marisol Quintero');
    let hint: ReturnType<typeof r.hintFor>;
    expect(parses(() => (hint = r.hintFor(start, start + 'Marisol Quintero'.length)))).toBe(1);
    expect(hint?.kind).toBe('person');
  });

  it('an answer is parsed once and then cached by its text', () => {
    const first = analyzeSentence('In 2020 the fund hired Gertrude Vashti.');
    expect(parses(() => first.hints)).toBeGreaterThan(0);
    const again = analyzeSentence('Later the bank hired Gertrude Vashti.');
    expect(parses(() => again.hints)).toBe(0);
  });
});

describe('what compromise says', () => {
  const cases: readonly { name: string; sentence: string; name_: string; kind: 'person' | 'place' | undefined }[] = [
    { name: 'a person it knows, with offsets into the sentence', sentence: 'In 2019 the bank hired John Smith as its chief.', name_: 'John Smith', kind: 'person' },
    { name: 'a city', sentence: 'The lender opened offices in Mumbai last year.', name_: 'Mumbai', kind: 'place' },
    { name: 'an unknown name is neither', sentence: 'In 2019 Velora opened a branch.', name_: 'Velora', kind: undefined },
    { name: 'a town name used mid-sentence as a company is read in its context, not alone', sentence: 'Globex holds 30%, while Larkspur and Tansy Group own 20% and 9.9%.', name_: 'Larkspur', kind: undefined },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = analyzeSentence(c.sentence);
      const start = c.sentence.indexOf(c.name_);
      const hint = r.hints.find((h) => h.start <= start && h.end >= start + c.name_.length);
      expect(hint?.kind).toBe(c.kind);
    });
  }

  const firsts: readonly { name: string; sentence: string; notName: boolean; adjective: boolean }[] = [
    { name: 'a verb opening the sentence is not a name', sentence: 'Founded in 2015, Velora sells loans.', notName: true, adjective: false },
    { name: 'a plural common noun is an ordinary word', sentence: 'Shares of Orbit Bank rose.', notName: false, adjective: true },
    { name: 'a name opening the sentence is neither', sentence: 'Velora said on Monday it would expand.', notName: false, adjective: false },
  ];
  for (const c of firsts) {
    it(c.name, () => {
      const r = analyzeSentence(c.sentence);
      expect(r.notNames.has(0)).toBe(c.notName);
      expect(r.adjectives.has(0)).toBe(c.adjective);
      expect(r.notNames.has(1)).toBe(false);
    });
  }
});
