import { describe, expect, it } from 'vitest';
import { expectClaims, readClaims, type ClaimCase } from './read-claims.js';
import { fundingRound } from '../../src/claims/attributes.js';

function run(cases: readonly ClaimCase[]): void {
  for (const c of cases) {
    it(c.name, () => {
      expectClaims(readClaims(c.text, c.published), c);
    });
  }
}

describe('event frames', () => {
  run([
    { name: 'founded, passive with a year', text: 'Acme Robotics was founded in 2012 by two engineers.', expect: [{ subject: 'Acme Robotics', predicate: 'founded', time: '2012' }] },
    { name: 'founded, participle opening', text: 'Established in 2009, Harbor Trust Bank is the largest lender in the region.', expect: [{ subject: 'Harbor Trust Bank', predicate: 'founded', time: '2009' }] },
    {
      name: 'founded, an unnamed bank named in the next sentence',
      text: 'In May 2017, Plover Group teamed up with Osprey Capital and set up a digital bank. Its chief executive said the bank was called “Falcon Bank”.',
      expect: [{ subject: 'Falcon Bank', predicate: 'founded', time: '2017-05' }, { subject: 'Plover Group', predicate: 'partnered', object: 'Osprey Capital' }],
    },
    {
      name: "founded, object relative: 'X, which Y founded in 2013'",
      text: 'Kestrel Lending, which Mara Quist founded in 2013, plans to open branches in three provinces.',
      expect: [{ subject: 'Kestrel Lending', predicate: 'founded', time: '2013' }],
      reject: [{ subject: 'Mara Quist', predicate: 'founded' }],
    },
    {
      name: "founded, object relative with a company as founder: 'X, which Y set up in 2016'",
      text: 'Bluebay Bank, which Harbor Capital set up in 2016, has 3 million customers.',
      expect: [{ subject: 'Bluebay Bank', predicate: 'founded', time: '2016' }],
      reject: [{ subject: 'Harbor Capital', predicate: 'founded' }],
    },
    {
      name: "founded, subject relative: 'Y, which founded X in 2015' founded X, not Y",
      text: 'Harbor Capital, which founded Bluebay Bank in 2015, is based in Lagos.',
      expect: [{ subject: 'Bluebay Bank', predicate: 'founded', time: '2015' }],
      reject: [{ subject: 'Harbor Capital', predicate: 'founded' }],
    },
    { name: 'founding a department of a company is not founding the company', text: 'Ma Tao established the payments division of Borealis in 2015.', reject: [{ subject: 'Borealis', predicate: 'founded' }] },
    { name: 'launched with a month', text: 'In September 2015, Tailspin Toys launched its first credit product “Tailspin Pay”.', expect: [{ subject: 'Tailspin Toys', predicate: 'launched', object: 'Tailspin Pay', time: '2015-09' }] },
    { name: 'a launch as a noun is not an event', text: 'Tailspin Toys has been preparing for the official launch for six months.', reject: [{ predicate: 'launched' }] },
    {
      name: 'opened, two subjects joined by and',
      text: 'In 2020, Delta Consumer Finance Co., Ltd. and Ember Bank Limited, a virtual bank under Zenith, opened.',
      expect: [{ subject: 'Delta Consumer Finance Co., Ltd', predicate: 'opened', time: '2020' }, { subject: 'Ember Bank Limited', predicate: 'opened', time: '2020' }],
      reject: [{ subject: 'Zenith', predicate: 'opened' }],
    },
    {
      name: 'acquired with a price and a stake',
      text: 'In January 2016, Globex acquired 65% equity of Initech, a payment firm, for a consideration of 600 million yuan.',
      expect: [
        { subject: 'Globex', predicate: 'acquired', object: 'Initech', time: '2016-01' },
        { subject: 'Initech', predicate: 'stake', object: 65, unit: '%', qualifier: 'Globex' },
        { subject: 'Initech', predicate: 'price', object: 600_000_000, unit: 'CNY', qualifier: 'Globex', time: '2016-01' },
      ],
    },
    {
      name: 'acquired, passive: the agent acquired the subject',
      text: 'Whole Grocer was acquired by Amazonia in 2017 for $13.7 billion.',
      expect: [{ subject: 'Amazonia', predicate: 'acquired', object: 'Whole Grocer', time: '2017' }, { subject: 'Whole Grocer', predicate: 'price', qualifier: 'Amazonia', object: 13_700_000_000 }],
      reject: [{ subject: 'Whole Grocer', predicate: 'acquired' }],
    },
    { name: 'acquired, in a relative clause about the object', text: 'LinkUp, which Macrosoft bought in 2016, has 900 million members.', expect: [{ subject: 'Macrosoft', predicate: 'acquired', object: 'LinkUp', time: '2016' }, { subject: 'LinkUp', predicate: 'users', object: 900_000_000 }] },
    { name: 'acquiring a licence is a licence, not an acquisition', text: 'Northwind acquired its digital banking license in Singapore in January.', expect: [{ subject: 'Northwind', predicate: 'licensed', qualifier: 'digital-banking' }], reject: [{ predicate: 'acquired' }] },
    { name: 'invested in', text: 'In September 2014, Vandelay invested in Kramerica, an online lending platform.', expect: [{ subject: 'Vandelay', predicate: 'invested', object: 'Kramerica', time: '2014-09' }] },
    {
      name: 'approved: regulators gave X the green light',
      text: 'In January, regulators gave Umbrella Corp the green light to set up a consumer finance company.',
      published: '2020-04-24',
      expect: [{ subject: 'Umbrella Corp', predicate: 'approved', qualifier: 'consumer-finance', time: '2020-01' }],
    },
    { name: "approved: X won FDA approval (a product's approval told from its side)", text: 'Its antiviral Zentoril won FDA approval in May 2022.', published: '2023-06-05', expect: [{ subject: 'Zentoril', predicate: 'approved', time: '2022-05' }] },
    { name: 'approved: X received regulatory clearance', text: 'Halbeck Pharma received regulatory clearance for the drug in 2019.', expect: [{ subject: 'Halbeck Pharma', predicate: 'approved', time: '2019' }] },
    { name: "a shareholders' vote is not a regulator's approval", text: 'The deal closed after Corvane shareholders approved it last month.', published: '2023-10-02', reject: [{ predicate: 'approved' }] },
    { name: 'winning a contract is no approval', text: 'Halbeck Pharma won a contract from the health ministry in 2019.', reject: [{ predicate: 'approved' }] },
    { name: 'setting up after approval is a plan', text: 'Regulators gave Umbrella Corp the green light to set up a consumer finance company.', reject: [{ predicate: 'founded', hedged: false }] },
    {
      name: 'licences: wordings of one kind normalize to one qualifier',
      text: 'In February 2014, Soylent received the mobile payment license. In 2016 Initrode won a third-party payment license.',
      expect: [
        { subject: 'Soylent', predicate: 'licensed', qualifier: 'payment', time: '2014-02' },
        { subject: 'Initrode', predicate: 'licensed', qualifier: 'payment', time: '2016' },
      ],
    },
    {
      name: 'licences: kinds that differ stay apart',
      text: 'In 2020, Zenith obtained the license of consumer finance and virtual banking.',
      expect: [{ subject: 'Zenith', predicate: 'licensed', qualifier: 'consumer-finance' }, { subject: 'Zenith', predicate: 'licensed', qualifier: 'virtual-banking' }],
      reject: [{ qualifier: 'payment' }],
    },
    { name: 'appointed', text: 'Contoso has appointed Zhou Min, the former president of Litware Bank, as its chief risk officer.', expect: [{ subject: 'Contoso', predicate: 'appointed', object: 'Zhou Min' }, { subject: 'Litware Bank', predicate: 'president', object: 'Zhou Min', tense: 'past' }] },
    {
      name: 'resigned: stepped down as chairman of X',
      text: 'On March 3, 2020, Chen Ming, founder of Fabrikam, stepped down as chairman of Fabrikam Software Co., Ltd.',
      expect: [
        { subject: 'Chen Ming', predicate: 'resigned', object: 'chairman', qualifier: 'Fabrikam Software Co., Ltd', time: '2020-03-03' },
        { subject: 'Fabrikam Software Co., Ltd', predicate: 'chairman', object: 'Chen Ming', tense: 'past' },
        { subject: 'Fabrikam', predicate: 'founder', object: 'Chen Ming', tense: 'present' },
      ],
    },
    { name: "listed: 'since its debut on the X exchange in 2019'", text: 'Ravenmoor Lithium has grown quickly since its debut on the Toronto Stock Exchange in 2019.', published: '2025-03-11', expect: [{ subject: 'Ravenmoor Lithium', predicate: 'listed', time: '2019' }] },
    { name: "listed: 'has been listed in Toronto since 2018' happened in 2018 (no open interval)", text: 'Ravenmoor Lithium has been listed in Toronto since 2018.', published: '2024-08-05', expect: [{ subject: 'Ravenmoor Lithium', predicate: 'listed', time: '2018' }], reject: [{ predicate: 'listed', mod: 'ON_OR_AFTER' }] },
    { name: 'a debut of a product is no listing', text: 'Ravenmoor Lithium made its debut at the trade fair in 2019.', reject: [{ predicate: 'listed' }] },
    { name: 'listed, as a plan', text: 'Soylent Corp is expected to list on the Nasdaq next year.', expect: [{ subject: 'Soylent Corp', predicate: 'listed', hedged: true, tense: 'future' }] },
    { name: 'closed: broke up a unit', text: 'In March 2019, Hooli had to break up its peer-to-peer lending subsidiary.', expect: [{ subject: 'Hooli', predicate: 'closed', time: '2019-03' }] },
    { name: 'renamed: X was renamed Y', text: 'Northwind Bank was renamed Eastwind Bank in 2018.', expect: [{ subject: 'Eastwind Bank', predicate: 'renamed', object: 'Eastwind Bank', time: '2018' }] },
    { name: "a one-word surname after an appositive takes the post ('Raman, a former banker, became chief executive of X')", text: 'Raman, a former banker, became chief executive of Larkfield Foods in 2020.', expect: [{ subject: 'Larkfield Foods', predicate: 'ceo', object: 'Raman', time: '2020' }] },
    { name: "a company whose name ends in 's ('chief executive of Hartwell's in 2020') is the company, not the owner of a unit", text: "Priya Raman became chief executive of Hartwell's in 2020.", expect: [{ predicate: 'ceo', object: 'Priya Raman', time: '2020' }] },
    { name: "'chairman of X's unit' is still a post in a unit, not in X", text: "Priya Raman became chairman of Larkfield's grocery unit in 2020.", reject: [{ subject: 'Larkfield', predicate: 'chairman' }] },
    { name: "renamed: 'X, which was called Y until it rebranded in 2021' is a rename to X", text: 'Voltaro, which was called Kikko Scooters until it rebranded in 2021, sold 61,000 scooters in 2022.', expect: [{ subject: 'Voltaro', predicate: 'renamed', object: 'Voltaro', time: '2021' }] },
    {
      name: 'renamed: a unit starts operating under the new name',
      text: "On October 18, 2020, Orbit's payment unit officially commenced operating under the new name 'Orbit Pay Technology'.",
      expect: [{ subject: 'Orbit Pay Technology', predicate: 'renamed', object: 'Orbit Pay Technology', time: '2020-10-18' }],
      reject: [{ subject: 'Orbit', predicate: 'renamed' }],
    },
    {
      name: 'renamed: upgraded to its existing name, and a rename with no new name',
      text: 'Polaris Digital Technology, formerly known as Polaris Pay, was established in 2013. The company changed its name in 2019 and in 2021 the company was officially upgraded to its existing name.',
      expect: [
        { subject: 'Polaris Digital Technology', predicate: 'founded', time: '2013' },
        { subject: 'Polaris Digital Technology', predicate: 'renamed', object: 'Polaris Digital Technology', time: '2021' },
      ],
      reject: [{ predicate: 'renamed', object: 'Polaris Digital Technology', time: '2019' }],
    },
    { name: 'fined, with the amount', text: 'Globex was fined 18.2 billion yuan by regulators in April 2021.', expect: [{ subject: 'Globex', predicate: 'fined', time: '2021-04' }, { subject: 'Globex', predicate: 'fine', object: 18_200_000_000 }] },
    { name: 'merged with', text: 'Initech merged with Initrode in August 2016.', expect: [{ subject: 'Initech', predicate: 'merged', object: 'Initrode', time: '2016-08' }] },
    { name: 'agreed to buy is a plan, with its price', text: 'Globex agreed to buy Initech for $13.7 billion in June 2017.', expect: [{ subject: 'Globex', predicate: 'acquired', object: 'Initech', hedged: true }, { subject: 'Initech', predicate: 'price', object: 13_700_000_000, qualifier: 'Globex' }] },
    { name: 'signed an agreement', text: 'Kramerica signed a partnership agreement with Vandelay in 2019.', expect: [{ subject: 'Kramerica', predicate: 'signed', time: '2019' }] },
    { name: 'a signature on a letter is not a deal', text: 'Kramerica signed the letter.', reject: [{ predicate: 'signed' }] },
    {
      name: 'renamed: changed its name from X, with an appositive in between',
      text: 'Lumen Digits, the fintech unit of Lumen Group, changed its name from Lumen Finance in 2020.',
      expect: [{ subject: 'Lumen Digits', predicate: 'renamed', object: 'Lumen Digits', time: '2020' }],
      reject: [{ subject: 'Lumen Group', predicate: 'renamed' }],
    },
    { name: 'founded: the head of an appositive was set up', text: 'Lumen holds a 40% stake in Bluebay Bank, a private bank it set up in 2017 with Harbor Capital.', expect: [{ subject: 'Bluebay Bank', predicate: 'founded', time: '2017' }], reject: [{ subject: 'Lumen', predicate: 'founded' }] },
    {
      name: 'a relative clause with a list of names ends before the main verb',
      text: 'Bluebay Bank, which was founded in 2016 by Lumen, Harbor Capital and Peak Ventures, has 3 million customers.',
      expect: [{ subject: 'Bluebay Bank', predicate: 'founded', time: '2016' }, { subject: 'Bluebay Bank', predicate: 'users', object: 3_000_000 }],
      reject: [{ subject: 'Harbor Capital', predicate: 'users' }],
    },
    { name: 'announced', text: 'At the beginning of 2017, Zhang Yong announced that cloud services would be a core strategy.', expect: [{ subject: 'Zhang Yong', predicate: 'announced', time: '2017' }] },
    { name: 'an undated past event lies before publication', text: 'Initech established a joint venture with Globex and Hooli.', expect: [{ predicate: 'founded', mod: 'ON_OR_BEFORE', time: '2021-06-15' }] },
    { name: 'founded, in an appositive', text: 'Acme, founded in 2010, is a maker of drones with 500 employees.', expect: [{ subject: 'Acme', predicate: 'founded', time: '2010' }, { subject: 'Acme', predicate: 'employees', object: 500, tense: 'present' }], reject: [{ predicate: 'employees', time: '2010' }] },
    { name: 'founded, in a relative clause about the object', text: 'Hooli invested in Acme, which was founded in 2012 by two students.', expect: [{ subject: 'Acme', predicate: 'founded', time: '2012' }], reject: [{ subject: 'Hooli', predicate: 'founded' }] },
    { name: 'the main clause goes on after a relative clause', text: 'Plover Bank, which opened in June 2020, has 2 million customers.', expect: [{ subject: 'Plover Bank', predicate: 'opened', time: '2020-06' }, { subject: 'Plover Bank', predicate: 'users', object: 2_000_000, tense: 'present' }], reject: [{ predicate: 'users', time: '2020-06' }] },
    {
      name: 'said on a date that it had done X: X is on or before that date',
      text: 'Kramerica said on Monday that it had completed its purchase of Vandelay for $15 million.',
      published: '2022-08-15',
      expect: [{ subject: 'Kramerica', predicate: 'acquired', object: 'Vandelay', mod: 'ON_OR_BEFORE' }],
    },
    {
      name: 'received a licence, months after it said it had yet to: two claims, each with its own date',
      text: 'Nova Bank received a licence to issue credit cards in August, months after it said in March that it had yet to receive the licence.',
      published: '2022-08-15',
      expect: [
        { subject: 'Nova Bank', predicate: 'licensed', qualifier: 'credit-card', time: '2022-08', negated: false },
        { subject: 'Nova Bank', predicate: 'licensed', qualifier: 'credit-card', time: '2022-03', negated: true },
      ],
    },
    { name: 'a dateline is not the actor', text: 'LONDON: Nova Bank on Thursday appointed Rishi Kumar as its managing director and chief executive.', expect: [{ subject: 'Nova Bank', predicate: 'ceo', object: 'Rishi Kumar' }, { subject: 'Nova Bank', predicate: 'appointed', object: 'Rishi Kumar' }], reject: [{ subject: 'LONDON' }] },
    { name: 'takes over from is a succession, not an acquisition', text: 'Rishi Kumar, who joined the bank from a state lender, takes over from Meera Rao.', reject: [{ predicate: 'acquired' }] },
    { name: 'a sentence-initial business noun is not an actor', text: 'Nova Bank grew. Revenue rose about 30 per cent to $1.2 billion.', expect: [{ subject: 'Nova Bank', predicate: 'revenue', object: 1_200_000_000 }], reject: [{ subject: 'Revenue' }] },
    { name: 'two dates, two verbs: each verb takes the date after it', text: 'Tesla was founded in 2003 and listed on the Nasdaq in June 2010.', expect: [{ subject: 'Tesla', predicate: 'founded', time: '2003' }, { subject: 'Tesla', predicate: 'listed', time: '2010-06' }], reject: [{ predicate: 'listed', time: '2003' }] },
    { name: 'an agency dateline is not the actor', text: 'SHENZHEN, Jan 3 (Reuters) - Carmaker BYD sold 526,409 electric vehicles in the fourth quarter.', reject: [{ subject: 'Reuters' }, { predicate: 'sold' }] },
    {
      name: 'a claim dated by the sentence opening quotes the date too',
      text: 'In 2020, Zenith obtained a payment licence, and Ember Bank opened.',
      expect: [{ subject: 'Ember Bank', predicate: 'opened', time: '2020', evidence: 'In 2020, Zenith obtained a payment licence, and Ember Bank opened' }],
    },
    {
      name: "the evidence quotes a clause's words without the sentence's full stop, and keeps an abbreviation's dot",
      text: 'Ember Bank was founded in 2015. Ember Bank was founded in 2015 by Zenith Holdings Inc.',
      expect: [
        { subject: 'Ember Bank', predicate: 'founded', evidence: 'Ember Bank was founded in 2015' },
        { subject: 'Ember Bank', predicate: 'founded', evidence: 'Ember Bank was founded in 2015 by Zenith Holdings Inc.' },
      ],
    },
    { name: 'a subordinate clause does not give the subject', text: 'After Globex and Initech opened their banks, Acme followed suit and is set to open an online bank soon.', expect: [{ subject: 'Acme', predicate: 'opened', tense: 'future' }], reject: [{ subject: 'Globex', predicate: 'opened', tense: 'future' }] },
    {
      name: 'founded in an apposition after a short name keeps its own tense (not the plan of the clause)',
      text: 'Velora, founded in 2016 by former battery engineer Lin Hao, plans to start deliveries in 2025.',
      expect: [{ subject: 'Velora', predicate: 'founded', time: '2016', tense: 'past', hedged: false }],
      reject: [{ predicate: 'founded', hedged: true }, { predicate: 'founded', tense: 'future' }],
    },
    {
      name: 'founded in an opening participle keeps its own tense',
      text: 'Founded in 2017 by Lin Hao, Velora plans to expand.',
      expect: [{ subject: 'Velora', predicate: 'founded', time: '2017', tense: 'past', hedged: false }, { subject: 'Velora', predicate: 'founder', object: 'Lin Hao' }],
    },
    {
      name: 'founded between dashes keeps its own tense',
      text: 'Velora — founded in 2017 by Lin Hao — plans to expand.',
      expect: [{ subject: 'Velora', predicate: 'founded', time: '2017', tense: 'past', hedged: false }, { subject: 'Velora', predicate: 'founder', object: 'Lin Hao' }],
    },
    {
      name: 'renamed: a stated former name makes the subject the new name',
      text: 'Velora Motors raised funds in May. The company was formerly known as Greenway Mobility and changed its name in 2019.',
      expect: [{ subject: 'Velora Motors', predicate: 'renamed', object: 'Velora Motors', time: '2019' }],
      reject: [{ subject: 'Greenway Mobility', predicate: 'renamed' }],
    },
    { name: 'renamed: X renamed itself Y', text: 'The carmaker, which renamed itself Velora Motors in 2020, was founded in 2016.', expect: [{ subject: 'Velora Motors', predicate: 'renamed', object: 'Velora Motors', time: '2020' }] },
    { name: 'listed: was listed in a city in a year', text: 'Arlo Semiconductor was listed in London in 2016.', expect: [{ subject: 'Arlo Semiconductor', predicate: 'listed', time: '2016' }] },
    { name: 'listed: a listed company is no listing', text: 'Arlo Semiconductor is the largest listed chip designer in Britain.', reject: [{ predicate: 'listed' }] },
    { name: 'renamed: adopted its current name in a year', text: 'Velora Motors builds vans. It adopted its current name in 2019.', expect: [{ subject: 'Velora Motors', predicate: 'renamed', object: 'Velora Motors', time: '2019' }] },
    { name: 'sold: what a company sells is no divestment', text: 'Velora Motors sells electric vans in Norway.', reject: [{ predicate: 'sold' }] },
    { name: 'sold: a unit is a divestment', text: 'Tenmoon sold its lending unit in 2021.', expect: [{ subject: 'Tenmoon', predicate: 'sold', time: '2021' }] },
    { name: 'sold: a named company is a divestment', text: 'Tenmoon sold Quickfund to Harbor Peak Capital in 2021.', expect: [{ subject: 'Tenmoon', predicate: 'sold', object: 'Quickfund' }] },
    {
      name: 'an appositive after a description keeps its date to itself',
      text: 'Quillfield Dynamics sells drones. The Oslo-based start-up, founded in 2015, employs 300 people.',
      expect: [{ subject: 'Quillfield Dynamics', predicate: 'founded', time: '2015' }, { subject: 'Quillfield Dynamics', predicate: 'employees', object: 300, time: '2021-06-15' }],
      reject: [{ predicate: 'employees', time: '2015' }],
    },
    { name: 'renamed: no new name and no former name gives no object', text: 'Velora Motors changed its name in 2019.', expect: [{ subject: 'Velora Motors', predicate: 'renamed', time: '2019' }], reject: [{ predicate: 'renamed', object: 'Velora Motors' }] },
    {
      name: 'a descriptor before the name: the name takes the claims',
      text: 'Electric carmaker Velora Motors said on Friday it had raised 2 billion yuan.',
      published: '2024-03-09',
      expect: [{ subject: 'Velora Motors', predicate: 'amount-raised', object: 2_000_000_000, unit: 'CNY' }],
      reject: [{ subject: 'Electric' }],
    },
    {
      name: 'a dateline with an agency: neither the place nor the agency is the subject',
      text: 'OSLO, May 4 (Nordwire) - Budget airline Skyfly said on Tuesday it had raised $50 million.',
      published: '2024-05-04',
      expect: [{ subject: 'Skyfly', predicate: 'amount-raised', object: 50_000_000, unit: 'USD' }],
      reject: [{ subject: 'Nordwire' }, { subject: 'OSLO' }, { subject: 'Budget' }],
    },
  ]);
});

describe('role frames', () => {
  run([
    { name: 'is the chairman and legal representative (present, publication date)', text: 'Sunrise Finance is a lender. Wang Lei is the chairman and legal representative.', expect: [{ subject: 'Sunrise Finance', predicate: 'chairman', object: 'Wang Lei', tense: 'present', time: '2021-06-15' }, { subject: 'Sunrise Finance', predicate: 'legal-representative', object: 'Wang Lei' }] },
    { name: 'holds the position of manager', text: 'Sunrise Finance is a lender. Wang Lei holds the position of manager.', expect: [{ subject: 'Sunrise Finance', predicate: 'manager', object: 'Wang Lei' }] },
    { name: 'became the chairman of X, dated', text: 'In March 2019, Zhang Wei became the chairman of Bluefin Capital.', expect: [{ subject: 'Bluefin Capital', predicate: 'chairman', object: 'Zhang Wei', time: '2019-03', tense: 'present' }] },
    {
      name: 'previously ... was, then after the adjustment became',
      text: 'Orion Digital Technology is a key company in the group. Previously, the chairman of the company was Hu Jun, co-founder of Vega. After the adjustment, Lin Tao, vice president and CFO of Vega, became the chairman.',
      expect: [
        { subject: 'Orion Digital Technology', predicate: 'chairman', object: 'Hu Jun', tense: 'past' },
        { subject: 'Orion Digital Technology', predicate: 'chairman', object: 'Lin Tao', tense: 'present' },
        { subject: 'Vega', predicate: 'cfo', object: 'Lin Tao' },
        { subject: 'Vega', predicate: 'vice-president', object: 'Lin Tao' },
      ],
      reject: [{ subject: 'Vega', predicate: 'chairman' }],
    },
    { name: "took the role of X's chairman and CEO", text: "Vega's co-founder Hu Jun took the role of Orion Digits's chairman and CEO.", expect: [{ subject: 'Orion Digits', predicate: 'chairman', object: 'Hu Jun' }, { subject: 'Orion Digits', predicate: 'ceo', object: 'Hu Jun' }, { subject: 'Vega', predicate: 'founder', object: 'Hu Jun' }] },
    { name: 'will report to X, chairman of Y', text: 'Ana Lopez will report to Tom Reed, president of Adatum Group.', expect: [{ subject: 'Adatum Group', predicate: 'president', object: 'Tom Reed', hedged: false }] },
    { name: "a post in a parent's unit is not a post in the parent", text: "Ana Lopez will report to Tom Reed, chairman of Adatum's fintech branch.", reject: [{ subject: 'Adatum', predicate: 'chairman' }] },
    { name: 'apposition with a possessive owner', text: 'Lei Bo, Plover Technology’s founder, revealed the plan on his blog.', expect: [{ subject: 'Plover Technology', predicate: 'founder', object: 'Lei Bo' }] },
    { name: 'Y named X as chief executive', text: 'Kramerica named Linda Ortiz as chief executive in May 2023.', expect: [{ subject: 'Kramerica', predicate: 'ceo', object: 'Linda Ortiz', time: '2023-05', tense: 'present' }, { subject: 'Kramerica', predicate: 'appointed', object: 'Linda Ortiz' }] },
    { name: 'Y named X its new chief executive', text: 'Kramerica named Linda Ortiz its new chief executive on Monday.', expect: [{ subject: 'Kramerica', predicate: 'ceo', object: 'Linda Ortiz' }] },
    { name: "X has been Y's chief executive", text: "Ravi Menon has been Contoso's chief executive since 2014.", expect: [{ subject: 'Contoso', predicate: 'ceo', object: 'Ravi Menon', tense: 'present' }] },
    { name: "Y's chief executive, X, said", text: "Contoso's chief executive, Ravi Menon, said the deal would close soon.", expect: [{ subject: 'Contoso', predicate: 'ceo', object: 'Ravi Menon' }] },
    { name: 'X, who founded Y', text: 'Zhou Hang, who founded Yidao Ride in 2010, left in 2016.', expect: [{ subject: 'Yidao Ride', predicate: 'founder', object: 'Zhou Hang' }, { subject: 'Yidao Ride', predicate: 'founded', time: '2010' }] },
    { name: 'no role from a title with no holder', text: 'The chairman of Contoso will speak tomorrow.', reject: [{ kind: 'role' }] },
    { name: 'a title opening a sentence: the holder at the company the text is about', text: 'Skyfly added routes. Chief executive Maria Olsen said the carrier would grow.', expect: [{ subject: 'Skyfly', predicate: 'ceo', object: 'Maria Olsen', tense: 'present' }] },
    { name: 'a former title opening a sentence is past', text: 'Skyfly added routes. Former chairman Tom Reed said the carrier would grow.', expect: [{ subject: 'Skyfly', predicate: 'chairman', object: 'Tom Reed', tense: 'past' }] },
    { name: 'a title opening a sentence with no company before: no role', text: 'Chief executive Maria Olsen said sales would grow.', reject: [{ kind: 'role' }] },
    { name: 'X, who became chief executive of Y in a year', text: 'Priya Nair, who became chief executive of Arlo Semiconductor in 2019, said demand had slowed.', expect: [{ subject: 'Arlo Semiconductor', predicate: 'ceo', object: 'Priya Nair', time: '2019' }] },
    { name: 'founded in an apposition by X: X is the founder', text: 'Velora, founded in 2016 by former battery engineer Lin Hao, plans to start deliveries in 2025.', expect: [{ subject: 'Velora', predicate: 'founder', object: 'Lin Hao' }] },
    { name: 'was set up by X: X is the founder', text: 'Quillfield Dynamics was set up in 2015 by Maria Olsen.', expect: [{ subject: 'Quillfield Dynamics', predicate: 'founder', object: 'Maria Olsen' }] },
    { name: 'founded, then a person in another role: no founder', text: 'Quillfield Dynamics was founded in 2015 and hired Maria Olsen as chief executive in 2020.', reject: [{ predicate: 'founder' }] },
  ]);
});

describe('attribute frames', () => {
  run([
    { name: 'stake: X owns a share of Y', text: 'Umbrella Holdings owns a 35% stake in Tyrell Bank.', expect: [{ subject: 'Tyrell Bank', predicate: 'stake', object: 35, qualifier: 'Umbrella Holdings', tense: 'present', time: '2021-06-15' }] },
    { name: 'stake: N%-owned by a described holder', text: 'Budget airline Skyfly grew. The airline, which is 30%-owned by Dutch investor Kestrel Partners, added routes.', expect: [{ subject: 'Skyfly', predicate: 'stake', object: 30, qualifier: 'Kestrel Partners' }], reject: [{ qualifier: 'Dutch' }] },
    { name: "a figure does not take the date of a person's relative clause", text: 'Arlo Semiconductor grew. Priya Nair, who became chief executive of Arlo Semiconductor in 2019, said the firm employs 3,200 engineers.', expect: [{ subject: 'Arlo Semiconductor', predicate: 'count', object: 3200, time: '2021-06-15' }], reject: [{ predicate: 'count', time: '2019' }] },
    { name: "a present verb after 'and' is a state of now, not of the past date before", text: 'Its parent, Velora Motors, was founded in 2015 and employs about 900 people.', expect: [{ subject: 'Velora Motors', predicate: 'employees', object: 900, time: '2021-06-15', tense: 'present' }, { subject: 'Velora Motors', predicate: 'founded', time: '2015' }] },
    { name: "a state dated 'now' is present", text: 'Velora Motors grew. Harbor Peak Capital now holds a 12% stake in the carmaker, according to filings.', expect: [{ subject: 'Velora Motors', predicate: 'stake', object: 12, tense: 'present' }] },
    { name: "a round named after its figure, raised by the company of the relative clause ('the €90 million Series B round that X closed')", text: 'The plant was financed largely by the €90 million Series B round that Velora Motors closed last year.', published: '2023-09-20', expect: [{ subject: 'Velora Motors', predicate: 'amount-raised', object: 90_000_000, qualifier: 'series-b', time: '2022' }] },
    { name: "a figure before 'round' in a sentence about something else is still the round's", text: 'Skyfly spent its $20 million seed round on new aircraft.', expect: [{ subject: 'Skyfly', predicate: 'amount-raised', object: 20_000_000, qualifier: 'seed' }] },
    { name: 'a figure before another kind of round (of talks, of layoffs) is no funding', text: 'Skyfly cut 200 jobs in a second round of layoffs.', reject: [{ predicate: 'amount-raised' }] },
    { name: "a stake held by 'X's largest shareholder' is a stake in X", text: "Ravenmoor Lithium's largest shareholder is Orbit Capital, which holds a 12% stake.", expect: [{ subject: 'Ravenmoor Lithium', predicate: 'stake', qualifier: 'Orbit Capital', object: 12 }] },
    { name: "a stake with no company it is in, and no 'X's shareholder', gives no stake claim", text: 'Orbit Capital, a state fund, holds a 12% stake.', reject: [{ predicate: 'stake' }] },
    { name: "a count of 'shops' is keyed like a count of 'stores', so two articles' counts meet", text: 'At the end of 2022, Larkfield Foods operated 298 shops.', expect: [{ subject: 'Larkfield Foods', predicate: 'count', qualifier: 'stores', object: 298 }] },
    { name: 'other counted nouns keep their own key', text: 'At the end of 2022, Larkfield Foods ran 40 warehouses.', expect: [{ subject: 'Larkfield Foods', predicate: 'count', qualifier: 'warehouses', object: 40 }] },
    { name: 'amount raised in a named round: the round is the qualifier', text: 'Velora Motors raised $250 million in its Series C round in March.', expect: [{ subject: 'Velora Motors', predicate: 'amount-raised', object: 250_000_000, qualifier: 'series-c' }] },
    { name: 'amount raised in a seed round', text: 'Quillfield raised $4 million in a seed round led by Harbor Peak Capital in 2019.', expect: [{ subject: 'Quillfield', predicate: 'amount-raised', qualifier: 'seed' }] },
    { name: 'amount raised with no round named: no qualifier', text: 'Velora Motors raised $250 million in March.', expect: [{ subject: 'Velora Motors', predicate: 'amount-raised', object: 250_000_000 }], reject: [{ predicate: 'amount-raised', qualifier: 'series-c' }] },
    { name: 'stake in the carmaker: the salient company, the holder as qualifier', text: 'Velora Motors raised funds this year. Harbor Peak Capital now holds a 12% stake in the carmaker.', expect: [{ subject: 'Velora Motors', predicate: 'stake', object: 12, qualifier: 'Harbor Peak Capital' }], reject: [{ subject: 'Harbor Peak Capital', predicate: 'stake' }] },
    { name: 'stake in the start-up after an investor sentence: not the investor', text: 'Velora said sales rose. Harbor Peak Capital holds 15% of Velora. Tenmoon Holdings owns 5% of the start-up.', expect: [{ subject: 'Velora', predicate: 'stake', object: 5, qualifier: 'Tenmoon Holdings' }], reject: [{ subject: 'Harbor Peak Capital', predicate: 'stake' }] },
    {
      name: 'stake: respectively pairs holders and figures in order',
      text: 'Kumo Bank, Rio Group and Sora Holdings hold 40 per cent, 35 per cent and 25 per cent of Nova Bank, respectively.',
      expect: [
        { subject: 'Nova Bank', predicate: 'stake', object: 40, qualifier: 'Kumo Bank' },
        { subject: 'Nova Bank', predicate: 'stake', object: 35, qualifier: 'Rio Group' },
        { subject: 'Nova Bank', predicate: 'stake', object: 25, qualifier: 'Sora Holdings' },
      ],
      reject: [{ object: 40, qualifier: 'Rio Group' }, { object: 25, qualifier: 'Kumo Bank' }],
    },
    {
      name: 'stake: respectively in a second clause, the company held named in the first',
      text: 'Globex holds a 30% stake in Nexbank, while Larkspur and Tansy Group own 20% and 9.9%, respectively.',
      expect: [
        { subject: 'Nexbank', predicate: 'stake', object: 30, qualifier: 'Globex' },
        { subject: 'Nexbank', predicate: 'stake', object: 20, qualifier: 'Larkspur' },
        { subject: 'Nexbank', predicate: 'stake', object: 9.9, qualifier: 'Tansy Group' },
      ],
    },
    {
      name: 'stake: cut to a level, from an earlier level',
      text: 'Berkshire Hathaway is a conglomerate. Berkshire has cut its stake in BYD to below 5%, from about 20% in 2022, according to filings.',
      expect: [
        { subject: 'BYD', predicate: 'stake', object: 5, qualifier: 'Berkshire', tense: 'present' },
        { subject: 'BYD', predicate: 'stake', object: 20, qualifier: 'Berkshire', time: '2022' },
      ],
      reject: [{ object: 5, time: '2022' }],
    },
    { name: 'parallel clauses share the period', text: "BYD's revenue rose 42% to 602 billion yuan in 2023, while its net profit reached 30 billion yuan.", expect: [{ subject: 'BYD', predicate: 'revenue', object: 602_000_000_000, time: '2023' }, { subject: 'BYD', predicate: 'profit', object: 30_000_000_000, time: '2023' }], reject: [{ object: 42 }] },
    { name: 'employees: X employs N people', text: 'The carmaker BYD employs about 700,000 people.', expect: [{ subject: 'BYD', predicate: 'employees', object: 700_000 }] },
    { name: 'stake: X, in which Y holds a share', text: 'Nova Bank, in which Globex holds a 20% stake, opened in 2019.', expect: [{ subject: 'Nova Bank', predicate: 'stake', object: 20, qualifier: 'Globex', tense: 'present' }, { subject: 'Nova Bank', predicate: 'opened', time: '2019' }] },
    { name: 'stake: the largest shareholder of X with a share', text: 'Globex is the largest shareholder of Nova Bank with a 30% stake.', expect: [{ subject: 'Nova Bank', predicate: 'stake', object: 30, qualifier: 'Globex' }] },
    { name: 'stake: X is N%-owned by Y', text: 'Nova Bank is 51%-owned by Globex.', expect: [{ subject: 'Nova Bank', predicate: 'stake', object: 51, qualifier: 'Globex' }] },
    { name: 'a share of a workforce is no stake', text: 'Klarna laid off 10% of its workforce.', reject: [{ predicate: 'stake' }] },
    { name: 'valuation: the deal values X at', text: 'The deal values Kuaishou at about $60 billion, people familiar with the matter said.', expect: [{ subject: 'Kuaishou', predicate: 'valuation', object: 60_000_000_000 }] },
    { name: 'registered capital of the company a whose-clause describes', text: 'Kumo and Rio set up Nova Bank, whose registered capital reached 3 billion yuan (around $432 million).', expect: [{ subject: 'Nova Bank', predicate: 'registered-capital', object: 3_000_000_000, unit: 'CNY' }], reject: [{ object: 432_000_000 }] },
    { name: 'revenue and loss, each with its own period', text: 'Lumen Tech reported revenue of $4.2 billion in 2021, and a net loss of $300 million in the first half of 2022.', expect: [{ subject: 'Lumen Tech', predicate: 'revenue', object: 4_200_000_000, time: '2021' }, { subject: 'Lumen Tech', predicate: 'loss', object: 300_000_000, time: '2022-H1' }] },
    { name: 'a change is not a level', text: 'Lumen Tech revenue fell by 4.5% year-on-year.', reject: [{ object: 4.5 }] },
    { name: 'valuation, hedged', text: 'Fabrikam is said to be valued at $3 billion.', expect: [{ subject: 'Fabrikam', predicate: 'valuation', object: 3_000_000_000, hedged: true }], reject: [{ attributedTo: 'Fabrikam' }] },
    { name: 'loan limit of a named product', text: 'In 2015, Vandelay launched its loan product “Vandelay Cash”, which lets users borrow up to 50,000 yuan.', expect: [{ subject: 'Vandelay', predicate: 'loan-limit', object: 50_000, qualifier: 'Vandelay Cash' }] },
    { name: 'loans issued', text: 'Since 2018, Kramerica has provided support to small firms with over 9 billion yuan in loans.', expect: [{ subject: 'Kramerica', predicate: 'loans-issued', object: 9_000_000_000 }] },
    { name: 'amount raised', text: 'Initech raised $50 million in a funding round led by Globex.', expect: [{ subject: 'Initech', predicate: 'amount-raised', object: 50_000_000, unit: 'USD' }] },
    { name: 'market share', text: 'Hooli held a 20% share of the smartphone market in 2022.', expect: [{ subject: 'Hooli', predicate: 'market-share', object: 20, time: '2022' }], reject: [{ predicate: 'stake' }] },
    { name: 'employees', text: 'Hooli has about 195,000 employees.', expect: [{ subject: 'Hooli', predicate: 'employees', object: 195_000 }] },
    { name: 'total assets', text: 'Nova Bank had total assets of 500 billion yuan at the end of 2020.', expect: [{ subject: 'Nova Bank', predicate: 'assets', object: 500_000_000_000 }] },
    { name: 'users', text: 'Hooli has gained over 100 million registered users.', expect: [{ subject: 'Hooli', predicate: 'users', object: 100_000_000 }] },
    { name: 'a figure with nothing it measures yields no claim', text: 'Hooli moved 3 million boxes of paper, the company said.', reject: [{ predicate: 'revenue' }, { predicate: 'stake' }] },
  ]);
});

describe('modality', () => {
  run([
    {
      name: 'negation: has yet acquired (the company resolved to the one before)',
      text: 'Regulators gave Hooli the green light in January. The company, however, has yet acquired a consumer finance license.',
      published: '2020-04-24',
      expect: [{ subject: 'Hooli', predicate: 'licensed', qualifier: 'consumer-finance', negated: true }],
    },
    { name: 'negation: has not', text: 'Contoso said it has not received a payment licence.', expect: [{ subject: 'Contoso', predicate: 'licensed', negated: true, attributedTo: 'Contoso' }] },
    { name: 'negation: has yet to', text: 'Hooli has yet to obtain a banking licence.', expect: [{ subject: 'Hooli', predicate: 'licensed', qualifier: 'banking', negated: true }] },
    { name: 'negation: lacks', text: 'Hooli lacks a securities licence.', expect: [{ subject: 'Hooli', predicate: 'licensed', qualifier: 'securities', negated: true }] },
    { name: 'negation: no longer', text: 'Initech no longer holds a payment licence.', expect: [{ subject: 'Initech', predicate: 'licensed', negated: true }] },
    { name: 'not only is not a negation', text: 'Initech not only holds a payment licence but also a lending licence.', expect: [{ subject: 'Initech', predicate: 'licensed', qualifier: 'payment', negated: false }] },
    { name: 'hedge: reportedly', text: 'Globex reportedly acquired Initech in 2019.', expect: [{ predicate: 'acquired', hedged: true }] },
    { name: 'hedge: plans to', text: 'According to Reuters, Globex plans to acquire Initech.', expect: [{ subject: 'Globex', predicate: 'acquired', hedged: true, tense: 'future', attributedTo: 'Reuters' }] },
    { name: 'hedge: aims to', text: 'Initech aims to reach 10 million users by 2025.', expect: [{ subject: 'Initech', predicate: 'users', hedged: true, tense: 'future' }] },
    { name: 'hedge: believes it can', text: 'Kramerica believes it can disburse upwards of 2 billion yuan in loans this year.', expect: [{ subject: 'Kramerica', predicate: 'loans-issued', hedged: true }] },
    { name: 'a month named May is not a modal verb', text: 'In May 2020, Tailspin Toys launched its first app.', expect: [{ predicate: 'launched', hedged: false, time: '2020-05' }] },
    { name: 'attribution: according to a source', text: 'Umbrella Holdings owns a 35% stake in Tyrell Bank, according to corporate filings.', expect: [{ predicate: 'stake', attributedTo: 'corporate filings' }] },
    { name: 'attribution: it was reported that', text: 'On December 27th, 2015, it was reported that Plover had established a private online bank.', expect: [{ predicate: 'founded', time: '2015-12-27', attributedTo: 'unnamed reports' }] },
  ]);
});

describe('what yields no claims', () => {
  run([
    { name: 'share and follow lines', text: '(Like our Facebook page and follow us now on Twitter @acmenews.)', reject: [{}] },
    { name: 'image credits', text: 'Image credit: Acme Corp', reject: [{}] },
    { name: 'a heading in title case', text: 'Acme Corp Launches New Bank In Ohio', reject: [{}] },
    { name: 'a sentence with no actor', text: 'The weather was fine on Monday.', reject: [{}] },
  ]);
});

describe('funding rounds', () => {
  const cases: readonly { name: string; clause: string; want: string | undefined }[] = [
    { name: 'Series C', clause: 'raised $300 million in a Series C round', want: 'series-c' },
    { name: 'Series B-1', clause: 'closed a Series B-1 extension', want: 'series-b' },
    { name: 'pre-Series A', clause: 'raised funds in a pre-Series A round', want: 'pre-series-a' },
    { name: 'seed', clause: 'raised $2 million in seed funding', want: 'seed' },
    { name: 'an IPO', clause: 'raised $1 billion in its initial public offering', want: 'ipo' },
    { name: 'no round', clause: 'raised $300 million from investors', want: undefined },
    { name: 'a TV series is no round', clause: 'made a series about cars', want: undefined },
  ];
  for (const c of cases) it(c.name, () => expect(fundingRound(c.clause)).toBe(c.want));
});
