import { describe, expect, it } from 'vitest';
import { insideQuotation, listedAfterPreposition } from '../../src/entities/index.js';

/** Whether the first occurrence of `word` in `text` is inside a quotation of the sentence starting at `sentence`. */
function quoted(text: string, sentence: string, word: string): boolean {
  const from = text.indexOf(sentence);
  return insideQuotation(text, from, text.indexOf(word, from));
}

describe('insideQuotation', () => {
  it.each([
    ['a name between straight quotes', 'He said "Acme will win" today.', 'He said', 'Acme', true],
    ['a name after a closed quotation', '"We will win," said Ana of Acme.', '"We', 'Acme', false],
    ['a name between curly quotes', 'He said “Acme will win” today.', 'He said', 'Acme', true],
    ['a sentence that closes a quotation opened a sentence earlier (straight)', '"We are 140 people. We cannot sell it in Ohio," chief executive Jan Krol told GameTrade.', 'We cannot', 'Ohio', true],
    ['the speaker after that closing mark', '"We are 140 people. We cannot sell it in Ohio," chief executive Jan Krol told GameTrade.', 'We cannot', 'GameTrade', false],
    ['a sentence that closes a quotation opened earlier (curly)', '“We are 140 people. We cannot sell it in Ohio,” Krol said.', 'We cannot', 'Ohio', true],
    ['a sentence with no quotation marks', 'Acme rose. Beta fell.', 'Beta', 'Beta', false],
    ['a sentence that opens a quotation after the name', 'Acme said: "We will grow."', 'Acme', 'Acme', false],
  ])('%s', (_name, text, sentence, word, want) => {
    expect(quoted(text, sentence, word)).toBe(want);
  });
});

describe('listedAfterPreposition', () => {
  const listed = (text: string, name: string): boolean => {
    const at = text.indexOf(name);
    return listedAfterPreposition(text, 0, at, at + name.length);
  };
  it.each([
    ['the second item of a list after a preposition', 'It launched on PC, PlayStation and Xbox.', 'PlayStation', true],
    ['the last item of that list', 'It launched on PC, PlayStation and Xbox.', 'Xbox', true],
    ['a subject after a prepositional phrase and a comma', 'According to Reuters, Globex plans to buy Initech.', 'Globex', false],
    ['a subject after a place and a comma', 'Established in 1987 in Hamamatsu, Kagayama builds robots.', 'Kagayama', false],
    ['the first item, right after the preposition (a preposition object, not a later item)', 'It launched on PC, PlayStation and Xbox.', 'PC', false],
  ])('%s', (_name, text, name, want) => {
    expect(listed(text, name)).toBe(want);
  });
});
