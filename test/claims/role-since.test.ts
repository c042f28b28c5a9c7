import { describe, it } from 'vitest';
import { readClaims, type ClaimCase, expectClaims } from './read-claims.js';

// A post held 'since' a date carries that date with mod 'ON_OR_AFTER' (vocabulary), so two reports
// of when one person took one post can be compared.
const LEAD = 'Budget airline Wrenfield Air flies 40 routes. ';
const CASES: readonly ClaimCase[] = [
  { name: 'has run the airline since a year', text: `${LEAD}Dana Whitfield has run the airline since 2012.`, expect: [{ subject: 'Wrenfield Air', predicate: 'ceo', object: 'Dana Whitfield', time: '2012', mod: 'ON_OR_AFTER', tense: 'present' }] },
  { name: 'had been chief executive since a year: a post that has ended (past perfect)', text: 'Nadia Rourke had been chief executive of Halbeck Pharma since 2011, and she said the company would not cut jobs.', expect: [{ subject: 'Halbeck Pharma', predicate: 'ceo', object: 'Nadia Rourke', tense: 'past', negated: false }] },
  { name: 'an appositive title since a year, at the company the text is about', text: `${LEAD}Marco Bellini, chief executive since 2015, said the deal would close by June.`, expect: [{ subject: 'Wrenfield Air', predicate: 'ceo', object: 'Marco Bellini', time: '2015', mod: 'ON_OR_AFTER', hedged: false }] },
  { name: "'who has led the company since' is not hedged by what the person then said", text: `${LEAD}Dana Whitfield, who has led the company since 2019, said integration would take a year.`, expect: [{ subject: 'Wrenfield Air', predicate: 'ceo', object: 'Dana Whitfield', time: '2019', mod: 'ON_OR_AFTER', hedged: false }] },
  { name: 'has been the chairman of a retailer since a month', text: 'Priya Nand has been the chairwoman of Brightway Stores since March 2020.', expect: [{ subject: 'Brightway Stores', predicate: 'chairman', object: 'Priya Nand', time: '2020-03', mod: 'ON_OR_AFTER' }] },
  { name: "'the company' after a sentence that names another company only as a modifier ('the X delivery app') is still the company the text is about", text: 'Larkfield Foods is renaming itself Pantry. The new brand will replace the Quickcart delivery app, which the group bought in 2023, the company said. The change was needed, said chief executive Dana Moss, who has led the company since 2019.', expect: [{ subject: 'Larkfield Foods', predicate: 'ceo', object: 'Dana Moss', time: '2019', mod: 'ON_OR_AFTER' }], reject: [{ subject: 'Quickcart', predicate: 'ceo' }] },
  { name: 'leading talks since a month is no post', text: `${LEAD}Dana Whitfield has led the talks since March.`, reject: [{ kind: 'role' }] },
  { name: 'a post ended with until keeps the past', text: 'Nadia Rourke had been chief executive of Halbeck Pharma since 2011 until she stepped down in May.', expect: [{ subject: 'Halbeck Pharma', predicate: 'ceo', tense: 'past', time: '2011' }], reject: [{ predicate: 'ceo', tense: 'present' }] },
  { name: "a past-perfect post with its start ('had been CEO since 2011') keeps the start and the past", text: `${LEAD}Omari Vance had been chief executive of Teller Air since 2011.`, expect: [{ subject: 'Teller Air', predicate: 'ceo', tense: 'past', mod: 'ON_OR_AFTER', time: '2011' }], reject: [{ predicate: 'ceo', tense: 'present' }] },
  // Held since the founding is held since the founding's date (this case once expected no start).
  { name: "'since the company was founded in 2004': the post is held since 2004, and the company was founded then", text: 'Tomas Ferreira has been chief executive of Morrow Mining since the company was founded in 2004.', expect: [{ subject: 'Morrow Mining', predicate: 'ceo', object: 'Tomas Ferreira', mod: 'ON_OR_AFTER', time: '2004' }, { subject: 'Morrow Mining', predicate: 'founded', time: '2004' }] },
  { name: "'since its founding in 2004' is a start too; 'since the talks began in 2004' is not", text: 'Tomas Ferreira has run Morrow Mining since its founding in 2004. Ana Lima has led Orla Metals since the talks began in 2004.', expect: [{ subject: 'Morrow Mining', predicate: 'ceo', time: '2004' }], reject: [{ subject: 'Orla Metals', predicate: 'ceo' }] },
  { name: 'a title without a date and without a company gives no post', text: `${LEAD}Marco Bellini, an analyst, said the deal would close by June.`, reject: [{ kind: 'role' }] },
];

describe('role start times', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const claims = readClaims(c.text, c.published);
      expectClaims(claims, c);
    });
  }
});
