import { describe, expect, it } from 'vitest';
import { parseTimes } from '../../src/time/index.js';

interface Case {
  readonly name: string;
  readonly text: string;
  readonly reference?: string;
  /** The expression and the timex it must get; the first value whose span contains `expr` is checked. */
  readonly expr: string;
  readonly timex: string;
  readonly mod?: string;
  readonly granularity?: string;
}

interface Negative {
  readonly name: string;
  readonly text: string;
  readonly reference?: string;
  /** No value may have a span overlapping this text. */
  readonly notDate: string;
}

const families: Readonly<Record<string, { positive: readonly Case[]; negative: readonly Negative[] }>> = {
  years: {
    positive: [
      { name: 'year after in', text: 'The bank was founded in 2016.', expr: '2016', timex: '2016' },
      { name: 'since a year', text: 'He has led it since 2013.', expr: '2013', timex: '2013', mod: 'ON_OR_AFTER' },
      { name: 'by a year', text: 'It hopes to list by 2017.', expr: '2017', timex: '2017', mod: 'ON_OR_BEFORE' },
      { name: 'year range, first', text: 'Sales fell in 2009-2010.', expr: '2009', timex: '2009' },
      { name: 'year range, second', text: 'Sales fell in 2009-2010.', expr: '2010', timex: '2010' },
      { name: 'decade', text: 'It grew fast in the 1990s.', expr: 'the 1990s', timex: '199', granularity: 'decade' },
      { name: 'century', text: 'A 21st century gold rush.', expr: '21st century', timex: '20' },
      { name: 'decade in words', text: 'Numbers fell through the nineties.', expr: 'the nineties', timex: '199' },
      { name: 'a year as adjective before a plural subject', text: 'Leaders of the 1992 protests have moved away.', expr: '1992', timex: '1992' },
      { name: 'a year with a side', text: 'The post-1959 politics split families.', expr: '1959', timex: '1959', mod: 'AFTER' },
      { name: 'spelled-out year', text: 'He was convicted in nineteen ninety-one.', expr: 'nineteen ninety-one', timex: '1991' },
      { name: 'fiscal year', text: 'In fiscal 1989, the company earned more.', expr: 'fiscal 1989', timex: '1989' },
    ],
    negative: [
      { name: 'a count with a comma', text: 'It serves 3,000 businesses.', notDate: '3,000' },
      { name: 'a count of nouns', text: 'It hired 2000 employees last month.', reference: '2020-05-01', notDate: '2000' },
      { name: 'a count before a plural subject', text: 'Some 2000 workers have left.', notDate: '2000' },
      { name: 'an amount of money', text: 'It paid $2018 for the licence.', notDate: '2018' },
      { name: 'a stock code', text: "Xiaomi's (01810:HK) shares rose.", notDate: '01810' },
      { name: 'a phone number', text: 'Call 010-6273-2016 for details.', notDate: '2016' },
      { name: 'a number with a dash after', text: 'Call 2016-1234 for details.', notDate: '2016' },
      { name: 'a resolution number', text: 'Under Resolution 1973, the council acted.', notDate: '1973' },
    ],
  },
  quarters: {
    positive: [
      { name: 'ordinal quarter of a year', text: 'Profit rose in the second quarter of 2021.', expr: 'second quarter', timex: '2021-Q2' },
      { name: 'hyphenated quarter, placed in the past', text: 'It posted a third-quarter loss.', reference: '1989-11-02', expr: 'third-quarter', timex: '1989-Q3' },
      { name: 'Q3 with year', text: 'Revenue in Q3 2021 was flat.', expr: 'Q3 2021', timex: '2021-Q3' },
      { name: 'first half of a year', text: 'Net loss in the first half of 2022 widened.', expr: 'first half of 2022', timex: '2022-H1' },
      { name: 'H1', text: 'H1 2022 revenue grew.', expr: 'H1 2022', timex: '2022-H1' },
      { name: 'the latest quarter', text: 'Sales fell in the latest quarter.', reference: '1989-11-02', expr: 'the latest quarter', timex: '1989-Q3' },
      { name: 'a year earlier keeps the quarter', text: 'Third-quarter sales dropped to $1.27 billion from $1.43 billion a year ago.', reference: '1989-10-26', expr: 'a year ago', timex: '1988-Q3' },
      { name: 'the corresponding period last year', text: 'Net income compares with $1.8 million for the corresponding period last year.', reference: '1989-11-01', expr: 'corresponding period last year', timex: '1988-Q3' },
      { name: 'the year-ago quarter', text: 'In the year-ago quarter, it earned $1.9 million.', reference: '1989-11-02', expr: 'year-ago quarter', timex: '1988-Q3' },
      { name: 'figures a year earlier are the latest quarter a year back', text: 'Revenue declined 8% to $85.7 million, from $93.3 million a year earlier.', reference: '1989-11-02', expr: 'a year earlier', timex: '1988-Q3' },
      { name: 'per-share figures a year ago', text: 'It earned $1.1 million, or four cents a share, a year ago.', reference: '1989-11-01', expr: 'a year ago', timex: '1988-Q3' },
      { name: 'figures a year earlier after a stated year', text: 'In 1987 it earned $5 million, up from $4 million a year earlier.', expr: 'a year earlier', timex: '1986' },
      { name: 'a quarter ended in a month is the calendar quarter it mostly covers', text: 'In the quarter ended July 31, it had 5.6 million shares outstanding.', reference: '1989-10-30', expr: 'the quarter', timex: '1989-Q2' },
      { name: 'a quarter ended at a calendar quarter end', text: 'For the quarter ended Sept. 30, it posted net income.', reference: '1989-10-30', expr: 'the quarter', timex: '1989-Q3' },
      { name: 'a quarter ended in January is over, a year back', text: 'Sales rose in the quarter ended Jan. 31.', reference: '1989-10-30', expr: 'the quarter', timex: '1988-Q4' },
      { name: 'negative: a quarter ending ahead in future wording stays ahead', text: 'Sales will rise in the quarter ending Dec. 31.', reference: '1989-10-30', expr: 'the quarter', timex: '1989-Q4' },
      { name: 'negative: a quarter that ended badly is the latest reported', text: 'The quarter ended badly for the firm.', reference: '1989-10-30', expr: 'The quarter', timex: '1989-Q3' },
      { name: 'the year-ago quarter takes the number of the quarter in apposition', text: 'In the comparable year-ago quarter, the second quarter ended Oct. 31, it had a loss.', reference: '1989-10-27', expr: 'year-ago quarter', timex: '1988-Q2' },
      { name: 'a numbered quarter in apposition to the year-ago quarter is last year\'s', text: 'In the comparable year-ago quarter, the second quarter ended Oct. 31, it had a loss.', reference: '1989-10-27', expr: 'second quarter', timex: '1988-Q2' },
      { name: "this quarter's reported loss is the latest closed quarter", text: "This quarter's loss includes pretax charges of $4.9 million.", reference: '1989-11-01', expr: 'This quarter', timex: '1989-Q3' },
      { name: "negative: this quarter's results ahead are the current quarter", text: "This quarter's results will be weak.", reference: '1989-11-01', expr: 'This quarter', timex: '1989-Q4' },
      { name: 'negative: this quarter without reported figures is the current quarter', text: 'Sales this quarter are up.', reference: '1989-11-01', expr: 'this quarter', timex: '1989-Q4' },
      { name: 'negative: a numbered quarter not in apposition keeps its own year', text: 'Compared with the year-ago quarter, the company said second-quarter sales rose.', reference: '1989-10-27', expr: 'second-quarter', timex: '1989-Q2' },
    ],
    negative: [
      { name: 'a quarter of the shares', text: 'It sold a quarter of its shares.', reference: '2020-01-01', notDate: 'quarter' },
      { name: 'half of the staff', text: 'Half of the staff left.', reference: '2020-01-01', notDate: 'Half' },
      { name: 'the first half of a match', text: 'He scored in the first half of the match.', reference: '2020-01-01', notDate: 'first half' },
    ],
  },
  'figures compared a year back, not a quarter': {
    positive: [
      { name: 'figures for nine months', text: 'For the nine months, it earned $18.9 million, compared with a loss of $9.7 million a year earlier.', reference: '1989-10-26', expr: 'a year earlier', timex: '1988' },
      { name: 'a count a year ago', text: 'It has 13 plants, up from seven a year ago.', reference: '1989-11-01', expr: 'a year ago', timex: '1988' },
      { name: 'the year-stated period after nine months', text: 'In the first nine months, net was $306 million, compared with a loss of $195 million in the 1988 period.', reference: '1989-11-02', expr: 'the 1988 period', timex: '1988' },
      { name: 'a year earlier than six months ended on a day is that day a year back', text: 'For the six months ended Aug. 12, it posted net income of C$6.5 million, compared with C$18.1 million, or 21 cents a share, a year earlier.', reference: '1989-10-26', expr: 'a year earlier', timex: '1988-08-12' },
      { name: 'a year earlier than a quarter ended on a day is that day a year back', text: 'For the quarter ended Sept. 30, it posted net income of $133.1 million, up from $100 million, or $2.03 a share, a year earlier.', reference: '1989-10-26', expr: 'a year earlier', timex: '1988-09-30' },
      { name: 'negative: a year earlier after a plain day keeps the reported quarter', text: 'On Oct. 12, net rose to $5 million from $4 million a year earlier.', reference: '1989-10-26', expr: 'a year earlier', timex: '1988-Q3' },
      { name: 'negative: the year-stated period in a quarterly story is the quarter', text: 'In the 1989 period also, interest expense was lower.', reference: '1989-11-01', expr: 'the 1989 period', timex: '1989-Q3' },
      { name: 'a year ago without figures', text: 'A year ago, it had no plants.', reference: '1989-11-01', expr: 'A year ago', timex: '1988' },
    ],
    negative: [],
  },
  'an elided period after a comparison': {
    positive: [
      { name: 'this year as last', text: 'The gain would mean nearly twice as high a dividend this year as last.', reference: '1989-10-27', expr: 'last', timex: '1988' },
      { name: 'this month than last', text: 'Sales rose more this month than last.', reference: '1989-10-27', expr: 'last', timex: '1989-09' },
    ],
    negative: [
      { name: 'as last reported', text: 'The figure rose as last reported.', reference: '1989-10-27', notDate: 'last' },
      { name: 'the same as last, with no period before', text: 'It was the same as last.', reference: '1989-10-27', notDate: 'last' },
      { name: 'than last, with no period before', text: 'Turnout was higher than last.', reference: '1989-10-27', notDate: 'last' },
    ],
  },
  'bare months in past tense': {
    positive: [
      { name: 'In January, earlier in the year', text: 'In January, regulators approved it.', reference: '2020-04-24', expr: 'January', timex: '2020-01' },
      { name: 'In March in a June article', text: 'It had already launched in March.', reference: '2015-06', expr: 'March', timex: '2015-03' },
      { name: 'last May', text: 'It was set up last May.', reference: '1998-02-27', expr: 'last May', timex: '1997-05' },
      { name: 'June last year', text: 'It got the licence in June last year.', reference: '2016-12', expr: 'June last year', timex: '2015-06' },
      { name: 'month and day in a month article', text: 'On September 14, he stepped down.', reference: '2022-09', expr: 'September 14', timex: '2022-09-14' },
      { name: 'a month just ahead in future wording', text: 'The mission will fly in December.', reference: '1998-03-04', expr: 'December', timex: '1998-12' },
      { name: 'a month just ahead', text: 'The deal closes in December.', reference: '1989-11-02', expr: 'December', timex: '1989-12' },
      { name: 'a month as an adjective', text: 'It is bound by a June agreement.', reference: '1989-10-27', expr: 'June', timex: '1989-06' },
      { name: 'a month in a past clause stays behind', text: 'In January, the hospital chain brought in a new chief executive.', reference: '1989-10-27', expr: 'January', timex: '1989-01' },
      { name: 'a month after a past verb stays behind', text: 'The operator changed to a calendar year in December.', reference: '1989-10-27', expr: 'December', timex: '1988-12' },
      { name: 'a month after an infinitive may be ahead', text: 'It announced an agreement to acquire the bank in January.', reference: '1989-10-30', expr: 'January', timex: '1990-01' },
      { name: 'a month after a reported modal may be ahead', text: 'It said it would close the plant in January.', reference: '1989-10-27', expr: 'January', timex: '1990-01' },
      { name: 'a month far into a modal clause is ahead', text: 'Qantas will almost double its flights between Australia and India by August.', reference: '1998-02-13', expr: 'August', timex: '1998-08' },
      { name: 'a sentence placed ahead stays ahead', text: 'Flights would leave from March 30, with the third departing each Thursday from August 6.', reference: '1998-02-13', expr: 'August 6', timex: '1998-08-06' },
      { name: 'a day in a sentence with an earlier weekday', text: 'The agency ruled Wednesday that he must return by Jan. 14.', reference: '2000-01-06', expr: 'Jan. 14', timex: '2000-01-14' },
      { name: 'the first month of a range takes its year', text: 'It ran from May to July 2016.', reference: '2020-01-01', expr: 'May', timex: '2016-05' },
      { name: 'full date with ordinal', text: 'On December 27th, 2015, it was reported.', expr: 'December 27th, 2015', timex: '2015-12-27' },
      { name: 'byline date and time', text: 'Oct 18, 2020 04:41 PM (GMT+8)', expr: 'Oct 18, 2020', timex: '2020-10-18' },
    ],
    negative: [
      { name: 'May as a name', text: 'Theresa May said so.', reference: '2019-01-01', notDate: 'May' },
      { name: 'April as a name', text: 'April Smith joined the board.', reference: '2019-01-01', notDate: 'April' },
      { name: 'Jun in a Chinese name', text: 'Lei Jun, founder of the company, spoke.', reference: '2019-01-01', notDate: 'Jun' },
      { name: 'may as a verb', text: 'Prices may march higher.', reference: '2019-01-01', notDate: 'may' },
      { name: 'a month without reference is left out', text: 'In January, regulators approved it.', notDate: 'January' },
    ],
  },
  'narrative year for undated months': {
    positive: [
      { name: 'a month after a month of a stated year', text: 'In May 2015 it launched a phone. In September, it launched a laptop.', reference: '2016-12-01', expr: 'September', timex: '2015-09' },
      { name: 'a month two sentences on', text: 'In May 2015 it launched a phone. Sales were slow. In September, it cut prices.', reference: '2016-12-01', expr: 'September', timex: '2015-09' },
      { name: 'a day after a stated month', text: 'In May 2015 it launched a phone. On Sept. 14, it cut prices.', reference: '2016-12-01', expr: 'Sept. 14', timex: '2015-09-14' },
      { name: 'a month in a sentence opened by a year', text: 'In 2015, it raised funds in March and launched in September.', reference: '2016-12-01', expr: 'September', timex: '2015-09' },
      { name: 'a quarter-framed sentence', text: 'In the comparable year-ago quarter, the second quarter ended Oct. 31, it had a loss.', reference: '1989-10-27', expr: 'Oct. 31', timex: '1988-10-31' },
      { name: 'an earlier month than the stated one is not narrative', text: 'In May 2015 it launched a phone. In February, it cut prices.', reference: '2016-12-01', expr: 'February', timex: '2016-02' },
      { name: 'future wording keeps the publication year', text: 'In May 2015 it launched a phone. It will launch a laptop in September.', reference: '2016-08-01', expr: 'September', timex: '2016-09' },
      { name: 'a year named in passing does not frame', text: 'The firm, founded in 1998, said in January that it had merged.', reference: '2016-04-01', expr: 'January', timex: '2016-01' },
      { name: 'a stated date long before does not carry', text: 'In May 2015 it launched a phone. Sales were slow. Prices fell. Rivals grew. In September, it cut prices.', reference: '2016-12-01', expr: 'September', timex: '2016-09' },
      { name: 'a narrative year never lands after publication', text: 'In May 2016 it launched a phone. In September, it cut prices.', reference: '2016-06-15', expr: 'September', timex: '2015-09' },
    ],
    negative: [],
  },
  modifiers: {
    positive: [
      { name: 'at the beginning of a year', text: 'At the beginning of 2017, he announced it.', expr: 'beginning of 2017', timex: '2017', mod: 'EARLY' },
      { name: 'early year', text: 'It opened in early 2017.', expr: 'early 2017', timex: '2017', mod: 'EARLY' },
      { name: 'mid-year', text: 'It opened in mid-2020.', expr: 'mid-2020', timex: '2020', mod: 'MID' },
      { name: 'late last year', text: 'It was hired late last year.', reference: '2020-04-24', expr: 'late last year', timex: '2019', mod: 'LATE' },
      { name: 'since year-end is the last year-end passed', text: 'The percentage change is since year-end.', reference: '1989-10-30', expr: 'year-end', timex: '1988', mod: 'LATE' },
      { name: 'by year-end is this year', text: 'It expects to complete the deal by year-end.', reference: '1989-11-02', expr: 'year-end', timex: '1989' },
      { name: 'the end of August', text: 'The report at the end of August showed it.', reference: '2022-09', expr: 'end of August', timex: '2022-08', mod: 'LATE' },
    ],
    negative: [{ name: 'the end of the road', text: 'It was the end of the road for them.', reference: '2020-01-01', notDate: 'end' }],
  },
  seasons: {
    positive: [
      { name: 'this summer', text: 'It will open this summer.', reference: '1998-03-22', expr: 'this summer', timex: '1998-SU', granularity: 'season' },
      { name: 'last fall', text: 'It closed last fall.', reference: '1998-02-06', expr: 'last fall', timex: '1997-FA' },
      { name: 'the winter of a year', text: 'Prices fell in the winter of 1994.', expr: 'winter of 1994', timex: '1994-WI' },
      { name: 'a month before a spelled-out year', text: 'January nineteen ninety-seven.', expr: 'January nineteen ninety-seven', timex: '1997-01' },
      { name: 'the winter of a spelled-out year', text: 'Prices fell in the winter of nineteen ninety-four.', expr: 'winter of nineteen ninety-four', timex: '1994-WI' },
    ],
    negative: [
      { name: 'fall as a verb', text: 'Prices could fall further.', reference: '2020-01-01', notDate: 'fall' },
      { name: 'a name before a spelled-out count', text: 'April twenty dollars were paid.', reference: '2020-01-01', notDate: 'April' },
      { name: 'the fall of a company', text: 'The fall of the company shocked investors.', reference: '2020-01-01', notDate: 'fall' },
    ],
  },
  weeks: {
    positive: [
      { name: 'this week', text: 'Talks resumed this week.', reference: '1990-08-16', expr: 'this week', timex: '1990-W33', granularity: 'week' },
      { name: 'last week', text: 'He resigned last week.', reference: '1998-03-04', expr: 'last week', timex: '1998-W09' },
      { name: 'over the weekend', text: 'Officials said over the weekend that it was over.', reference: '1990-08-13', expr: 'the weekend', timex: '1990-W32-WE' },
    ],
    negative: [{ name: 'week without reference', text: 'Talks resumed this week.', notDate: 'week' }],
  },
  'REF words': {
    positive: [
      { name: 'now', text: 'The bank is now profitable.', reference: '2020-01-01', expr: 'now', timex: 'PRESENT_REF' },
      { name: 'currently', text: 'It currently has 5 branches.', reference: '2020-01-01', expr: 'currently', timex: 'PRESENT_REF' },
      { name: 'recently', text: 'It recently raised money.', reference: '2020-01-01', expr: 'recently', timex: 'PAST_REF' },
      { name: 'in the future', text: 'It may list in the future.', reference: '2020-01-01', expr: 'future', timex: 'FUTURE_REF' },
      { name: 'recent years', text: 'It grew in recent years.', reference: '2020-01-01', expr: 'recent years', timex: 'PAST_REF' },
      { name: 'a year or two under a modal', text: 'You may, in a year or two, save a few more lives.', reference: '1998-03-31', expr: 'a year or two', timex: 'FUTURE_REF' },
      { name: 'at the time', text: 'He said at the time he was willing to withdraw.', reference: '1998-03-01', expr: 'the time', timex: 'PAST_REF' },
      { name: 'one day after a modal', text: 'Islam will one day be the second largest religion.', reference: '1998-03-03', expr: 'one day', timex: 'FUTURE_REF' },
      { name: 'at this crucial moment', text: 'He would not travel at this crucial moment.', reference: '1990-08-15', expr: 'this crucial moment', timex: 'PRESENT_REF' },
      { name: 'the then current price', text: 'Holders buy shares at 50% of the then current market price.', reference: '1989-10-26', expr: 'current', timex: 'PAST_REF' },
    ],
    negative: [
      { name: 'the time of an event', text: 'At the time of the merger, it had five plants.', reference: '2020-01-01', notDate: 'the time' },
      { name: 'a few years in past wording', text: 'Sales grew tenfold in a few years.', reference: '2020-01-01', notDate: 'few years' },
      { name: 'one day as a count', text: 'It took one day to finish.', reference: '2020-01-01', notDate: 'one day' },
      { name: 'a moment of something', text: 'This moment of truth came late.', reference: '2020-01-01', notDate: 'moment' },
      { name: 'a stretch of past time', text: 'Sales doubled over the past two years.', reference: '2020-01-01', notDate: 'the past' },
      { name: 'a current account is still a present reference only with a reference date', text: 'Now it grows.', notDate: 'Now' },
    ],
  },
  'weekdays and yesterday': {
    positive: [
      { name: 'weekday toward the past', text: 'The company announced Thursday.', reference: '2020-04-24', expr: 'Thursday', timex: '2020-04-23' },
      { name: 'weekday same as the reference day', text: 'It said Friday that it agreed.', reference: '2020-04-24', expr: 'Friday', timex: '2020-04-24' },
      { name: 'weekday in future wording', text: 'The king will meet Bush on Thursday.', reference: '1990-08-14', expr: 'Thursday', timex: '1990-08-16' },
      { name: 'yesterday', text: 'Shares fell yesterday.', reference: '1998-01-08', expr: 'yesterday', timex: '1998-01-07' },
      { name: 'Tuesday evening', text: 'He spoke Tuesday evening.', reference: '1998-01-08', expr: 'Tuesday evening', timex: '1998-01-06' },
      { name: 'last Friday', text: 'It closed last Friday.', reference: '1998-01-09', expr: 'last Friday', timex: '1998-01-02' },
      { name: 'the previous Friday, with no earlier day', text: 'The index is down 4.5% from the previous Friday.', reference: '1989-10-30', expr: 'the previous Friday', timex: '1989-10-20' },
      { name: 'the previous Friday, before the day in focus', text: 'It closed on Oct. 25. The previous Friday, it had risen.', reference: '1989-10-30', expr: 'The previous Friday', timex: '1989-10-20' },
      { name: 'the day before a weekday', text: "The day before last Tuesday's hearing, he left.", reference: '2000-02-24', expr: 'day before last Tuesday', timex: '2000-02-21' },
      { name: 'a weekday after plan to', text: 'They did not plan to remove him on Thursday morning.', reference: '2000-03-29', expr: 'Thursday', timex: '2000-03-30' },
      { name: 'a weekday after postponed until', text: 'Officials postponed until Tuesday morning any action.', reference: '2000-03-30', expr: 'Tuesday', timex: '2000-04-04' },
      { name: 'a modal far back in the clause', text: 'They were planning to drive around Miami International Airport on Monday.', reference: '2000-01-07', expr: 'Monday', timex: '2000-01-10' },
      { name: 'could is the past of can', text: 'He could not be located Wednesday in his hometown.', reference: '2000-01-06', expr: 'Wednesday', timex: '2000-01-05' },
      { name: 'an opening weekday governed by a future verb after it', text: 'On Tuesday, the league plans to hold a news conference.', reference: '1998-10-26', expr: 'Tuesday', timex: '1998-10-27' },
      { name: 'an opening weekday with a past plan after it', text: 'On Friday, the government planned to pay the first claims.', reference: '1998-08-17', expr: 'Friday', timex: '1998-08-14' },
      { name: 'an opening month with plans as a noun', text: 'In September, it announced plans to acquire the unit.', reference: '1989-10-30', expr: 'September', timex: '1989-09' },
      { name: 'a quotation ends the future clause', text: '"We will concentrate on our own businesses," Mr. Gerstner said Friday.', reference: '1989-10-30', expr: 'Friday', timex: '1989-10-27' },
      { name: 'a present-tense meeting is ahead', text: 'He and the prime minister meet separately Monday with the envoy.', reference: '1998-05-01', expr: 'Monday', timex: '1998-05-04' },
      { name: 'a rule that takes effect in a month is ahead', text: 'The rules take effect in September.', reference: '2020-06-10', expr: 'September', timex: '2020-09' },
      { name: 'a schedule governs its long itinerary', text: 'Albright, after a long flight, is scheduled to spend five hours on the ground in Dar es Salaam, Tanzania, her first stop Tuesday morning.', reference: '1998-08-17', expr: 'Tuesday', timex: '1998-08-18' },
      { name: 'negative: an infinitive meeting is no present tense', text: 'The two sides failed to meet Monday as planned.', reference: '1998-05-01', expr: 'Monday', timex: '1998-04-27' },
      { name: 'negative: a start in the past tense stays past', text: 'The strike began Monday at the plant.', reference: '1998-05-01', expr: 'Monday', timex: '1998-04-27' },
      { name: 'a deadline month in a clause with no past verb is ahead', text: 'The sale is part of a program to pay down the loan by February.', reference: '1989-10-30', expr: 'February', timex: '1990-02' },
      { name: 'negative: a deadline month after a past verb is a point reached', text: 'Sales had doubled by February.', reference: '1989-10-30', expr: 'February', timex: '1989-02' },
      { name: 'negative: a deadline month after an -ed verb is a point reached', text: 'Exports recovered by February.', reference: '1989-10-30', expr: 'February', timex: '1989-02' },
      { name: 'negative: a deadline weekday keeps the nearest reading', text: 'Up until Thursday, however, they had described him only as a witness.', reference: '1999-05-06', expr: 'Thursday', timex: '1999-05-06' },
      { name: "the numbered day of an event said to be today", text: "It's the second day of an offensive against the villages.", reference: '1998-03-06', expr: 'second day', timex: '1998-03-06' },
      { name: 'today is the eighth day', text: 'In the Gulf, today is the eighth day of the operation.', reference: '1990-08-15', expr: 'eighth day', timex: '1990-08-15' },
    ],
    negative: [
      { name: 'weekday without reference', text: 'The company announced Thursday.', notDate: 'Thursday' },
      { name: 'a recurring weekday', text: 'A third flight departs each Thursday.', reference: '1998-02-13', notDate: 'Thursday' },
      { name: 'a numbered day in past narration', text: 'It was the second day of the strike.', reference: '1998-03-06', notDate: 'second day' },
      { name: 'a numbered day of something else', text: 'The first day of trading brought gains.', reference: '1998-03-06', notDate: 'first day' },
      { name: 'yesterday without reference', text: 'Shares fell yesterday.', notDate: 'yesterday' },
    ],
  },
  'listed days, weeks of a day, counts ahead': {
    positive: [
      { name: 'Easter week', text: 'Protesters prayed as Easter week began.', reference: '2000-04-17', expr: 'Easter week', timex: '2000-W16' },
      { name: 'Good Friday', text: 'It closed on Good Friday.', reference: '2016-04-10', expr: 'Good Friday', timex: '2016-03-25' },
      { name: 'Easter after a preposition', text: 'Sales rose over Easter.', reference: '2019-05-02', expr: 'Easter', timex: '2019-04-21' },
      { name: 'the second day of a listed pair', text: 'It would be held at the summit on April 24 and 25.', reference: '1999-02-10', expr: '25', timex: '1999-04-25' },
      { name: 'the week of a day', text: 'It may be resolved at a hearing the week of March 6, he said.', reference: '2000-02-24', expr: 'the week of March 6', timex: '2000-W10', granularity: 'week' },
      { name: 'in five years, in future wording', text: 'The stock would be redeemed in five years.', reference: '1989-11-02', expr: 'five years', timex: '1994' },
      { name: 'the day before an event, in apposition to a date', text: 'Eight days after Oct. 12, the day before the plunge, it fell.', reference: '1989-10-30', expr: 'the day', timex: '1989-10-12' },
    ],
    negative: [
      { name: 'Easter as a place name', text: 'It flew to Easter Island.', reference: '2019-05-02', notDate: 'Easter' },
      { name: 'Easter as a noun modifier', text: 'Easter eggs sold out.', reference: '2019-05-02', notDate: 'Easter' },
      { name: 'a count after a listed day', text: 'It opened on April 2 and 3 stores closed.', reference: '1999-02-10', notDate: '3 stores' },
      { name: 'a figure after a listed day', text: 'It opened on April 2 and 3.5 million units sold.', reference: '1999-02-10', notDate: '3.5' },
      { name: 'a stretch of years', text: 'It was the first loss in five years.', reference: '1989-11-02', notDate: 'five years' },
      { name: 'a count of years in past wording', text: 'Sales doubled in five years.', reference: '1989-11-02', notDate: 'five years' },
      { name: 'the day before an event, alone', text: 'They met the day before the vote.', reference: '1989-10-30', notDate: 'the day' },
    ],
  },
  'discourse anchors': {
    positive: [
      { name: 'the same year', text: 'In January 2016 it bought a stake. In December of the same year, it set up a venture.', reference: '2022-09', expr: 'December of the same year', timex: '2016-12' },
      { name: 'that year', text: 'It was founded in 2013. That year it hired 50 people.', expr: 'That year', timex: '2013' },
      { name: 'the following year', text: 'It was founded in 2013. The following year it moved.', reference: '2022-09', expr: 'following year', timex: '2014' },
      { name: 'a year later', text: 'It was founded in 2013. A year later it moved.', reference: '2022-09', expr: 'A year later', timex: '2014' },
      { name: 'that month', text: 'It opened in March 2019. That month it hired 50 people.', expr: 'That month', timex: '2019-03' },
      { name: 'the next morning', text: 'It opened on Feb. 3. He appeared in court the next morning.', reference: '2000-02-24', expr: 'the next morning', timex: '2000-02-04' },
      { name: 'that night', text: 'It opened on Feb. 3. That night he left.', reference: '2000-02-24', expr: 'That night', timex: '2000-02-03' },
      { name: 'later in the day, without an earlier date', text: 'He arrived in Philadelphia later in the day.', reference: '1998-02-13', expr: 'later in the day', timex: '1998-02-13' },
    ],
    negative: [
      { name: 'the next morning with nothing before', text: 'He appeared in court the next morning.', reference: '2000-02-24', notDate: 'next morning' },
      { name: 'the same year with nothing before', text: 'In the same year, it moved.', reference: '2022-09', notDate: 'same year' },
      { name: 'that month after a bare year', text: 'It opened in 2019. That month it hired staff.', notDate: 'That month' },
    ],
  },
  'partial reference': {
    positive: [
      { name: 'weekday in a month article is the month', text: 'The bank said Thursday that it opened.', reference: '2016-12', expr: 'Thursday', timex: '2016-12', granularity: 'month' },
      { name: 'yesterday in a year article is the year', text: 'Shares fell yesterday.', reference: '2016', expr: 'yesterday', timex: '2016', granularity: 'year' },
      { name: 'last year in a month article', text: 'It grew last year.', reference: '2016-12', expr: 'last year', timex: '2015' },
      { name: 'last month in a month article', text: 'It grew last month.', reference: '2016-12', expr: 'last month', timex: '2016-11' },
    ],
    negative: [{ name: 'no confident day from a month', text: 'The bank said Thursday that it opened.', reference: '2016-12', notDate: 'never-present-marker' }],
  },
  'no false dates': {
    positive: [],
    negative: [
      { name: 'from 7 billion', text: 'Revenue rose from 7 billion yuan.', reference: '2020-01-01', notDate: '7 billion' },
      { name: 'an ordinal', text: 'It is the 3rd largest bank.', reference: '2020-01-01', notDate: '3rd' },
      { name: 'a percentage', text: 'It owns 29.5% of the bank.', reference: '2020-01-01', notDate: '29.5%' },
      { name: 'a fraction', text: 'About 3/4 of users agreed.', reference: '2020-01-01', notDate: '3/4' },
      { name: 'a score', text: 'The team won 12-5 in the final.', reference: '2020-01-01', notDate: '12-5' },
      { name: 'an impossible day', text: 'It opened on February 30, 2020.', reference: '2021-01-01', notDate: 'February 30' },
      { name: 'February 29 outside leap years', text: 'It opened on February 29, 2019.', notDate: 'February 29' },
      { name: 'no date computed from a relative phrase alone', text: "The day before last Tuesday's hearing, he left.", notDate: 'The day before' },
    ],
  },
};

describe('parseTimes', () => {
  for (const [family, { positive, negative }] of Object.entries(families)) {
    describe(family, () => {
      for (const c of positive) {
        it(c.name, () => {
          const values = parseTimes(c.text, c.reference ? { reference: c.reference } : {});
          const at = c.text.indexOf(c.expr);
          const v = values.find((x) => x.span && x.span.start <= at && x.span.end >= at + c.expr.length);
          expect(v, `${c.expr} in ${JSON.stringify(values.map((x) => x.span?.text))}`).toBeDefined();
          expect(v?.timex).toBe(c.timex);
          if (c.mod) expect(v?.mod).toBe(c.mod);
          if (c.granularity) expect(v?.granularity).toBe(c.granularity);
        });
      }
      for (const c of negative) {
        it(`no date: ${c.name}`, () => {
          const values = parseTimes(c.text, c.reference ? { reference: c.reference } : {});
          const at = c.text.indexOf(c.notDate);
          const hit = at < 0 ? undefined : values.find((x) => x.span && x.span.start < at + c.notDate.length && x.span.end > at);
          expect(hit).toBeUndefined();
          // A day is never claimed more precisely than the reference allows.
          if (c.reference && c.reference.length < 10) for (const v of values) if (v.anchor === 'publication') expect(v.granularity).not.toBe('day');
        });
      }
    });
  }

  it('spans are offsets into the text', () => {
    const text = 'Intro.\n\nIn May 2015, it launched a product. In September 2015, another.';
    for (const v of parseTimes(text, { reference: '2016-12' })) expect(text.slice(v.span?.start, v.span?.end)).toBe(v.span?.text);
  });

  it('never reads the clock: relative dates without a reference are left out', () => {
    expect(parseTimes('It grew last year and will grow next year.')).toEqual([]);
  });
});
