import { describe, it } from 'vitest';
import { expectFloor, scoreCorpus } from './score-corpus.js';

// Corpora about made-up companies, scored with the same scorer as the default corpus, so nothing
// works only on the default corpus's entities and phrasings. The first is our own; the other four
// (a drugmaker bought by a larger one, an electric-scooter maker renamed and funded, a lithium
// miner, a grocer) were written for this project by someone who had not read the code, each with
// two real disagreements and two look-alikes. The floors are what the pipeline reaches today; the
// miner and the grocer were scored once before any change they prompted (0/2 conflicts with 4/8
// and 5/8 claims), and their misses are the weak spots: 'the mine' and 'the company' resolved to
// the wrong antecedent, a stake change in a described holder's own words, a deal sentence whose
// parties are in the sentences before it. The satellite operator and the football club came in
// the fifth session, from two more such writers: scored first at 1/3 conflicts, 11/14 claims and
// 0/3, 9/15 (0 false alarms), before the fixes they prompted. The club's two missed conflicts need
// a deal's value read from 'a naming-rights deal with X worth N' and a start told as 'joined in
// 2014 and was promoted to the top job three years later'. The wind-farm developer (same session,
// a third writer) first scored 0/3 conflicts, 6/16 claims and one false warning ('pesos' read as
// Mexican in an article about Colombia); what it still misses is a founding year told of 'the
// developer' in a text that calls a region by its name only, and a chairman replaced and then
// quoted as chairman. The quick-commerce start-up (a fourth
// writer) first scored 2/3 conflicts and 12/16 claims, the same before and after this session's
// other changes; a stake bought 'in quick-commerce startup X', a stake bought with no company
// named, and an IPO's size brought it to 3/3 and 15/16. The ports group (a fifth writer) was
// scored only after every change of the session, never tuned on: 1/3 conflicts, 12/17 claims, no
// false alarm (the session's first build: 1/3, 10/17); 'X, 46, took over as CEO' then made it
// 13/17. Its misses: 'the terminal, which opened in
// 2019' against 'X opened its terminal' (the opening is the actor's there), and a price told in a
// relative clause ('the forwarder that X bought last year for $400 million') without its buyer.
// The sixth session added three more (a Vietnamese low-cost airline, a German newspaper group, a
// Brazilian farm lender), written by three more writers and scored before any change: 0/3, 5/18
// (one article skipped for a headline with an unquoted colon); 0/3, 8/18; 2/3, 9/18, with two false
// founding-year warnings. The newspaper group is the hardest: a company named after two families
// ('Quast Hinrichs') reads as a person, and 'the group' after a buyer and a target often means the
// wrong one. Two more (an industrial-robot maker taken over, a cement maker) were written and
// scored after every other change of the session: 0/3, 8/18 and 1/3, 8/18, no false alarm; their
// fixes followed (a company named after its founder, a stake's price without its company named,
// bonds in two currencies, 'its plant in X, which opened in 2020').
// The seventh session added four (a Nigerian tower operator, a Chilean salmon farmer, a Polish
// games studio, an Indian hospital chain), by four more writers, scored before any change: 0/3,
// 10/18; 1/3, 10/18; 0/3, 7/18; 1/3, 6/18, no false alarm. Their fixes (listings told as nouns,
// loans, 'the studio', products by appositive, a post taken 'on April 1' after one vacated,
// people by pronoun, prices for a share of 'the company') brought them to 3/3, 2/3, 3/3 and 3/3.
// Many of their unmatched claims are dated to the month by the writer where we give the day.
// Three more (a Canadian cannabis producer, a French fashion house, an Egyptian ride-hailing
// start-up) came last, written and scored after every other change of the session: 0/3, 5/18;
// 0/3, 10/18; 0/3, 7/18, one false warning. They are the honest measure of where the session left
// generality; their first fixes brought them to 2/3 7/18, 1/3 15/18 and 3/3 9/18.
// Five more in the eighth session (a Turkish drone maker, a Vietnamese container line, a Mexican
// hotel chain, a Korean comics platform, a Kenyan microinsurer), scored before any change of the
// session but the first (accented names asked of compromise): 1/3, 8/18; 1/3, 7/18; 1/3, 9/18;
// 3/3, 10/18; 0/3, 7/18, no false alarm. Their fixes (surname-first names, stakes and prices
// described by a nationality, the share a price bought, licences from the grantor's side, sums
// joined by 'and') brought them to 2/3, 2/3, 3/3, 3/3 and 1/3 (insurer 2/3 later).
// Four more (a Brazilian meatpacker, a Nigerian payments company, a German solar-panel maker, an
// Indian education start-up) came after those fixes, written and scored after every other change
// but the last few: 1/3, 9/18; 1/3, 10/18 and six false founding conflicts from 'now' and a date
// after a colon; 1/3, 12/18; 3/3, 10/18. The same scores as the session's first build: the
// session's earlier fixes did not carry over to them. Their own fixes brought them to 2/3, 2/3,
// 2/3 and 3/3, with no false alarm.
// Three last ones (a Saudi logistics company, a Polish marketplace, an Argentine digital wallet),
// written and scored after every other change of the session: 1/3, 10/17; 1/3, 11/18; 1/3, 12/18,
// no false alarm, and again the same as the session's first build. Their fixes ('for Dubai-based
// X', a launch keyed by its country, 'Founder and chairman X') brought them to 3/3, 1/3 and 2/3.
const CORPORA: readonly { name: string; folder: string; conflicts: number; claims: number; maxFalseAlarms: number }[] = [
  { name: 'a payments bank (our own writing)', folder: 'test/fixtures/generality', conflicts: 3, claims: 13, maxFalseAlarms: 0 },
  { name: 'a drugmaker: founding year and approval date disagree; revenue of two years, an agreed price completed as agreed', folder: 'test/fixtures/pharma', conflicts: 2, claims: 8, maxFalseAlarms: 0 },
  { name: 'a scooter maker: Series B amount and rename year disagree; a valuation in two currencies, units sold in two years', folder: 'test/fixtures/ev', conflicts: 2, claims: 8, maxFalseAlarms: 0 },
  { name: 'a lithium miner: listing year and mine opening disagree; output of two years, a stake the text says changed', folder: 'test/fixtures/mining', conflicts: 1, claims: 6, maxFalseAlarms: 0 },
  { name: 'a grocer: store count and a CEO start year disagree; an agreed price completed, revenue in two currencies', folder: 'test/fixtures/retail', conflicts: 1, claims: 6, maxFalseAlarms: 0 },
  { name: 'a satellite operator: licence date, a chief executive in August 2023 and a stake disagree; subscribers over time, a valuation in two currencies', folder: 'test/fixtures/satellite', conflicts: 3, claims: 14, maxFalseAlarms: 0 },
  { name: 'a football club: stadium opening year, naming-rights value and a managing director start disagree; a stake raised over time, an agreed price completed', folder: 'test/fixtures/football', conflicts: 1, claims: 10, maxFalseAlarms: 0 },
  { name: 'a wind-farm developer: founding year, a farm start and a chairman in 2023 disagree; capacity before and after an expansion, a bond in two currencies', folder: 'test/fixtures/energy', conflicts: 2, claims: 14, maxFalseAlarms: 0 },
  { name: 'a quick-commerce start-up: founding year, a Series B size and a stake disagree; dark stores over time, revenue of two fiscal years', folder: 'test/fixtures/quickcommerce', conflicts: 3, claims: 15, maxFalseAlarms: 0 },
  { name: 'a ports group: founding year, a terminal opening and an acquisition price disagree; a fund stake raised over time, a chief executive succeeded', folder: 'test/fixtures/ports', conflicts: 1, claims: 14, maxFalseAlarms: 0 },
  { name: 'a low-cost airline: founding year, the price of a stake and the IPO size disagree; a stake raised over time, a chief executive succeeded', folder: 'test/fixtures/airline', conflicts: 3, claims: 12, maxFalseAlarms: 0 },
  { name: 'a newspaper group: founding year, a purchase price and a chairman disagree; a chief executive succeeded, a fund stake raised', folder: 'test/fixtures/publisher', conflicts: 2, claims: 11, maxFalseAlarms: 0 },
  { name: 'a farm lender: founding year, a Series A size and a fine disagree; a bank stake raised, a chief executive succeeded', folder: 'test/fixtures/agritech', conflicts: 3, claims: 14, maxFalseAlarms: 0 },
  { name: 'a robot maker: founding year, a plant opening and a tender price per share disagree; a president succeeded, a bid in yen and won', folder: 'test/fixtures/robotics', conflicts: 3, claims: 10, maxFalseAlarms: 0 },
  { name: 'a cement maker: founding year, the price of a stake and a CEO start disagree; a stake raised, a peso bond told in dollars', folder: 'test/fixtures/cement', conflicts: 3, claims: 13, maxFalseAlarms: 0 },
  { name: 'a tower operator: founding year, the price of a stake and a loan size disagree; a fund stake raised, a chief executive succeeded', folder: 'test/fixtures/towers', conflicts: 3, claims: 14, maxFalseAlarms: 0 },
  { name: 'a salmon farmer: founding year, a purchase price and the listing year disagree; a stake raised, a chief executive succeeded', folder: 'test/fixtures/salmon', conflicts: 2, claims: 13, maxFalseAlarms: 0 },
  { name: 'a games studio: founding year, the IPO size and the chief executive in 2021 disagree; a fund stake diluted, a round in two currencies', folder: 'test/fixtures/games', conflicts: 3, claims: 11, maxFalseAlarms: 0 },
  { name: 'a hospital chain: founding year, the price of a stake and the IPO size disagree; a stake raised, a chief executive succeeded', folder: 'test/fixtures/hospitals', conflicts: 3, claims: 8, maxFalseAlarms: 0 },
  { name: 'a cannabis producer: founding year, a purchase price and a chief executive start disagree; a stake raised and cut, an investment in two currencies', folder: 'test/fixtures/cannabis', conflicts: 2, claims: 7, maxFalseAlarms: 0 },
  { name: 'a fashion house: founding year, a purchase price and a chairman start disagree; a family stake raised, a chief executive succeeded', folder: 'test/fixtures/fashion', conflicts: 1, claims: 15, maxFalseAlarms: 0 },
  { name: 'a ride-hailing start-up: founding year, a purchase price and a Series A size disagree; a chief executive succeeded, an investment in two currencies', folder: 'test/fixtures/ridehail', conflicts: 3, claims: 9, maxFalseAlarms: 0 },
  { name: 'a drone maker: founding year, the price of a state fund stake and a plant opening disagree; the stake raised, a chief executive succeeded', folder: 'test/fixtures/drones', conflicts: 2, claims: 9, maxFalseAlarms: 0 },
  { name: 'a container line: founding year, the IPO proceeds and a newbuild price disagree; a chairman succeeded, a fund stake raised', folder: 'test/fixtures/shipping', conflicts: 2, claims: 7, maxFalseAlarms: 0 },
  { name: 'a budget hotel chain: founding year, the price of a stake and a dollar bond tranche disagree; the stake raised, a chief executive succeeded', folder: 'test/fixtures/hotels', conflicts: 3, claims: 11, maxFalseAlarms: 0 },
  { name: 'a comics platform: founding year, a purchase price and the rename year disagree; a stake that grew to all of the rival, a chief executive succeeded', folder: 'test/fixtures/webtoon', conflicts: 3, claims: 11, maxFalseAlarms: 0 },
  { name: 'a microinsurer: founding year, the price of a stake and a market entry disagree; the stake raised, a managing director succeeded', folder: 'test/fixtures/insurer', conflicts: 2, claims: 9, maxFalseAlarms: 0 },
  { name: 'a meatpacker: founding year, a purchase price and a chief executive start disagree; a state bank stake diluted, IPO proceeds in two currencies', folder: 'test/fixtures/meat', conflicts: 2, claims: 10, maxFalseAlarms: 0 },
  { name: 'a payments company: founding year, the price of a stake and a Series A size disagree; the stake raised, a Series B in two currencies', folder: 'test/fixtures/payments', conflicts: 2, claims: 12, maxFalseAlarms: 0 },
  { name: 'a solar-panel maker: founding year, a factory opening and a chief executive start disagree; a rescue stake raised, its price in two currencies', folder: 'test/fixtures/solar', conflicts: 2, claims: 12, maxFalseAlarms: 0 },
  { name: 'an education start-up: founding year, a purchase price and a Series A size disagree; a fund stake diluted, a Series B in two currencies', folder: 'test/fixtures/edtech', conflicts: 3, claims: 10, maxFalseAlarms: 0 },
  { name: 'a logistics company: founding year, a purchase price and the chairman in 2023 disagree; a state fund stake diluted and raised, IPO proceeds in two currencies', folder: 'test/fixtures/logistics', conflicts: 3, claims: 10, maxFalseAlarms: 0 },
  { name: 'a marketplace: founding year, a purchase price and the chief executive at the IPO disagree; a fund stake cut over time, IPO proceeds in two currencies', folder: 'test/fixtures/marketplace', conflicts: 1, claims: 11, maxFalseAlarms: 0 },
  { name: 'a digital wallet: founding year, a Series C size and the Brazil launch disagree; a fund stake diluted, a chief executive succeeded', folder: 'test/fixtures/wallet', conflicts: 2, claims: 13, maxFalseAlarms: 0 },
];

describe('corpora about other companies score at or above their floors', () => {
  for (const c of CORPORA) {
    it(c.name, () => {
      expectFloor(scoreCorpus(c.folder), c);
    });
  }
});
