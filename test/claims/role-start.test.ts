import { describe, it } from 'vitest';
import { readClaims, type ClaimCase, expectClaims } from './read-claims.js';

// When a post began, in the phrasings news uses for it: a held-since date (mod 'ON_OR_AFTER') or
// the date of a start ('became', 'was named', 'joined as', an appointment). Only the date the
// start phrase itself states counts: one that belongs to another verb or clause leaves the post
// dated at publication, so two sources are never set against each other over a date that is not
// a start.
const LEAD = 'Halbeck Pharma makes generic drugs. ';
const CEO = { subject: 'Halbeck Pharma', predicate: 'ceo', object: 'Nadia Rourke' } as const;
const CASES: readonly ClaimCase[] = [
  // held since a date
  { name: "'has served as' a title since a year", text: 'Nadia Rourke has served as chief executive of Halbeck Pharma since 2011.', expect: [{ ...CEO, time: '2011', mod: 'ON_OR_AFTER', tense: 'present' }] },
  { name: "'has been serving as' a title since a month", text: 'Nadia Rourke has been serving as chief executive of Halbeck Pharma since March 2011.', expect: [{ ...CEO, time: '2011-03', mod: 'ON_OR_AFTER' }] },
  { name: "appositive 'Y's title since a year'", text: "Nadia Rourke, Halbeck Pharma's chief executive since 2011, said sales rose.", expect: [{ ...CEO, time: '2011', mod: 'ON_OR_AFTER', hedged: false }] },
  { name: "'has led Y since a year' is the chief executive's post", text: 'Nadia Rourke has led Halbeck Pharma since 2011.', expect: [{ ...CEO, time: '2011', mod: 'ON_OR_AFTER' }] },
  { name: "'Y's title since a year, X,' before the name", text: `${LEAD}Halbeck Pharma's chief executive since 2011, Nadia Rourke, said sales rose.`, expect: [{ ...CEO, time: '2011', mod: 'ON_OR_AFTER' }] },
  { name: "'has chaired Y since a year' is the chairman's post", text: 'Tomas Ferreira has chaired Morrow Mining since 2014.', expect: [{ subject: 'Morrow Mining', predicate: 'chairman', object: 'Tomas Ferreira', time: '2014', mod: 'ON_OR_AFTER' }] },
  { name: "'has been at the helm of Y since a year'", text: 'Nadia Rourke, who has been at the helm of Halbeck Pharma since 2011, said sales rose.', expect: [{ ...CEO, time: '2011', mod: 'ON_OR_AFTER' }] },
  { name: "'has chaired the audit committee since' is no post at the company", text: `${LEAD}Priya Nand has chaired the audit committee since 2014.`, reject: [{ predicate: 'chairman' }] },
  { name: "'has been at the helm since a year', of the company the text is about", text: `${LEAD}Nadia Rourke has been at the helm since 2011.`, expect: [{ ...CEO, time: '2011', mod: 'ON_OR_AFTER' }] },
  { name: "'Y has been led by X since a year'", text: 'Morrow Mining has been led by Tomas Ferreira since 2011.', expect: [{ subject: 'Morrow Mining', predicate: 'ceo', object: 'Tomas Ferreira', time: '2011', mod: 'ON_OR_AFTER' }] },
  { name: "'the company has been led by X since a year'", text: `${LEAD}The company has been led by Nadia Rourke since 2011.`, expect: [{ ...CEO, time: '2011', mod: 'ON_OR_AFTER' }] },
  { name: "'has been led by X' without a date is no post", text: `${LEAD}The company has been led by Nadia Rourke through two recessions.`, reject: [{ ...CEO }] },
  // a start with its date
  { name: "'who became Y's title in a year'", text: "Nadia Rourke, who became Halbeck Pharma's chief executive in 2012, said sales rose.", expect: [{ ...CEO, time: '2012', tense: 'present' }] },
  { name: "'was named title of Y in a year'", text: 'Nadia Rourke, who was named chief executive of Halbeck Pharma in 2012, said sales rose.', expect: [{ ...CEO, time: '2012' }] },
  { name: "'was appointed CEO of Y in a month'", text: 'Nadia Rourke, who was appointed CEO of Halbeck Pharma in March 2012, said sales rose.', expect: [{ ...CEO, time: '2012-03' }] },
  { name: "'took over as CEO of Y in a year'", text: 'Nadia Rourke, who took over as CEO of Halbeck Pharma in 2012, said sales rose.', expect: [{ ...CEO, time: '2012' }] },
  { name: "'took the helm as CEO of Y in a year'", text: 'Nadia Rourke, who took the helm as CEO of Halbeck Pharma in 2012, said sales rose.', expect: [{ ...CEO, time: '2012' }] },
  { name: "'joined Y as CEO in a year'", text: 'Nadia Rourke, who joined Halbeck Pharma as CEO in 2012, said sales rose.', expect: [{ ...CEO, time: '2012', tense: 'present' }] },
  { name: "'joined Y as chief financial officer' gives the post it names", text: 'Tomas Ferreira joined Morrow Mining as chief financial officer in May 2019.', expect: [{ subject: 'Morrow Mining', predicate: 'cfo', object: 'Tomas Ferreira', time: '2019-05' }] },
  { name: "'who in a year became title of Y'", text: 'Nadia Rourke, who in 2012 became chief executive of Halbeck Pharma, said sales rose.', expect: [{ ...CEO, time: '2012' }] },
  { name: "'succeeded X as title of Y in a year'", text: 'Nadia Rourke succeeded Tomas Ferreira as chief executive of Halbeck Pharma in 2012.', expect: [{ ...CEO, time: '2012' }], reject: [{ predicate: 'ceo', object: 'Tomas Ferreira', time: '2012' }] },
  { name: "'Chief executive X, who took the job in a year'", text: `${LEAD}Chief executive Nadia Rourke, who took the job in 2012, said sales rose.`, expect: [{ ...CEO, time: '2012', tense: 'present' }] },
  { name: "'Chief executive X, who took the job after the merger in 2014' is no start date", text: `${LEAD}Chief executive Nadia Rourke, who took the job after the merger in 2014, said sales rose.`, expect: [{ ...CEO, time: '2021-06-15' }], reject: [{ ...CEO, time: '2014' }] },
  { name: 'a date opening the sentence before the one who became it', text: 'In 2012, Nadia Rourke became chief executive of Halbeck Pharma.', expect: [{ ...CEO, time: '2012' }] },
  { name: "'<date>, when X became <title>'", text: 'Sales doubled after 2012, when Nadia Rourke became chief executive of Halbeck Pharma.', expect: [{ ...CEO, time: '2012', tense: 'present' }], reject: [{ ...CEO, mod: 'AFTER' }] },
  { name: "'Last year, X became title' opening the sentence", text: `${LEAD}Last year, Nadia Rourke became chief executive of Halbeck Pharma.`, expect: [{ ...CEO, time: '2020' }] },
  { name: "a date ending another clause before the one who became it is not the start", text: `${LEAD}Sales fell last year, Nadia Rourke became chief executive.`, reject: [{ ...CEO, time: '2020' }] },
  { name: 'an appointment with a date gives the holder’s start', text: 'Halbeck Pharma appointed Nadia Rourke as CEO in March 2012.', expect: [{ ...CEO, time: '2012-03', tense: 'present' }] },
  { name: 'an appointment dated at the start of the sentence', text: 'In March 2012, Halbeck Pharma appointed Nadia Rourke as chief executive.', expect: [{ ...CEO, time: '2012-03' }] },
  { name: "'Y on Thursday appointed X as CEO': the day between the appointer and its verb", text: 'Halbeck Pharma on Thursday appointed Nadia Rourke as its chief executive.', published: '2023-05-12', expect: [{ ...CEO, time: '2023-05-11' }] },
  { name: "'Y last month named X as CEO'", text: 'Halbeck Pharma last month named Nadia Rourke as chief executive.', published: '2023-05-12', expect: [{ ...CEO, time: '2023-04' }] },
  { name: 'a start on a day', text: 'Brightway Stores named Priya Nand as its chairwoman on 3 March 2020.', expect: [{ subject: 'Brightway Stores', predicate: 'chairman', object: 'Priya Nand', time: '2020-03-03' }] },
  { name: "a start 'last year' resolves against publication", text: 'Nadia Rourke became chief executive of Halbeck Pharma last year.', published: '2021-06-15', expect: [{ ...CEO, time: '2020' }] },
  { name: "'joined as title in a year', at the company the text is about", text: `${LEAD}Nadia Rourke, who joined as chief executive in 2012, said sales rose.`, expect: [{ ...CEO, time: '2012' }] },
  { name: "'has held the post of title since a year'", text: `${LEAD}Nadia Rourke, who has held the post of chief executive since 2011, said sales rose.`, expect: [{ ...CEO, time: '2011', mod: 'ON_OR_AFTER' }] },
  { name: "'was named as title of Y in a year'", text: 'Nadia Rourke was named as chief executive of Halbeck Pharma in 2012.', expect: [{ ...CEO, time: '2012' }] },
  { name: "'was made title in a year'", text: `${LEAD}Nadia Rourke, who was made chief executive in 2012, said sales rose.`, expect: [{ ...CEO, time: '2012' }] },
  { name: "'took on the role of title in a year'", text: `${LEAD}Nadia Rourke took on the role of chief executive in 2012.`, expect: [{ ...CEO, time: '2012' }] },
  { name: "'took the helm at Y in a year' is a start of running it", text: `${LEAD}Nadia Rourke, who took the helm at Halbeck Pharma in 2012, said sales rose.`, expect: [{ ...CEO, time: '2012', tense: 'present' }] },
  { name: "'took the reins of the company in a month'", text: `${LEAD}Nadia Rourke took the reins of the company in March 2012.`, expect: [{ ...CEO, time: '2012-03' }] },
  { name: "'was appointed to the role of title in a year'", text: `${LEAD}Nadia Rourke was appointed to the role of chief executive in 2012.`, expect: [{ ...CEO, time: '2012' }] },
  { name: "'became Y CEO in a year' (the name as a modifier)", text: `${LEAD}Nadia Rourke became Halbeck Pharma CEO in 2012.`, expect: [{ ...CEO, time: '2012' }] },
  // dates that are not the start
  { name: "'CEO, said in 2012 that' dates the saying, not the post", text: 'Nadia Rourke, CEO of Halbeck Pharma, said in 2012 that sales would rise.', expect: [{ ...CEO, time: '2021-06-15' }], reject: [{ ...CEO, time: '2012' }] },
  { name: "'became CEO after the company listed in 2014': the date is the listing's", text: 'Nadia Rourke became chief executive of Halbeck Pharma after the company listed in 2014.', expect: [{ ...CEO, time: '2021-06-15' }], reject: [{ ...CEO, time: '2014' }] },
  { name: 'a date in the next clause is not the start', text: 'Nadia Rourke became chief executive of Halbeck Pharma, and the company listed in 2014.', reject: [{ ...CEO, time: '2014' }] },
  { name: "an appointment 'after the 2014 merger' is not dated 2014", text: 'Halbeck Pharma named Nadia Rourke as chief executive after the 2014 merger.', reject: [{ ...CEO, time: '2014' }] },
  { name: "'became CEO by 2012' is no start date", text: 'Nadia Rourke became chief executive of Halbeck Pharma by 2012.', reject: [{ ...CEO, time: '2012' }] },
  { name: 'a hire dated before another verb is not the start of the post', text: 'In 2010 Halbeck Pharma hired Nadia Rourke, who became chief executive.', reject: [{ ...CEO, time: '2010' }] },
  { name: "the appositive's title is not dated by what the sentence says later", text: `${LEAD}Halbeck Pharma's chief executive, Nadia Rourke, said in 2012 that sales rose.`, reject: [{ ...CEO, time: '2012' }] },
  { name: "a start in an unnamed unit ('chief executive of its Asian unit') is no start in the company", text: `${LEAD}Nadia Rourke became chief executive of its Asian unit in 2013.`, reject: [{ ...CEO }] },
  { name: "a post in 'the consumer health business' since a year is no post in the company", text: `${LEAD}Nadia Rourke has been president of the consumer health business since 2011.`, reject: [{ subject: 'Halbeck Pharma', predicate: 'president' }] },
  { name: "'chairwoman of the board' is the company's chair", text: `${LEAD}Nadia Rourke became chairwoman of the board in 2013.`, expect: [{ subject: 'Halbeck Pharma', predicate: 'chairman', object: 'Nadia Rourke', time: '2013' }] },
  { name: "'took the helm at Y after the merger in 2014' states no start, so no post", text: `${LEAD}Nadia Rourke took the helm at Halbeck Pharma after the merger in 2014.`, reject: [{ ...CEO }] },
  { name: "'has served as a top executive at A, B and C' is experience, not a post held now", text: 'Tomas Ferreira has served as chief financial officer at Morrow Mining, Halbeck Pharma and Brightway Stores, the company said.', reject: [{ kind: 'role', tense: 'present' }] },
  { name: "'for five years' states no start", text: 'Nadia Rourke has been chief executive of Halbeck Pharma for five years.', reject: [{ ...CEO, mod: 'ON_OR_AFTER' }] },
  { name: "'joined Y as CFO in 2015 and became CEO' is where a career began, not a CFO post held now", text: 'Tomas Ferreira joined Morrow Mining as chief financial officer in 2015 and became chief executive in 2018.', reject: [{ predicate: 'cfo', tense: 'present' }] },
  { name: "'joined Y in 2010 as CFO' does not make 2010 a CEO start", text: 'Nadia Rourke joined Halbeck Pharma in 2010 as chief financial officer.', reject: [{ ...CEO }] },
];

describe('when a post began', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const claims = readClaims(c.text, c.published);
      const roles = claims.filter((x) => x.kind === 'role');
      expectClaims(roles, c);
    });
  }
});
