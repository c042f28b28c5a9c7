/**
 * Figures as news writes them: each sentence with every figure it holds (span text, value, unit,
 * interval and qualifier), and sentences that hold none. The first table is quoted from the
 * default corpus; the second is written in the same style across outlets, currencies and
 * phrasings.
 */
import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/quantity/index.js';
import type { Approx, Quantity } from '../../src/types.js';

const MAX = Number.MAX_VALUE;

interface Expected {
  readonly text: string;
  readonly kind: Quantity['kind'];
  readonly value: number;
  readonly unit: string;
  readonly low: number;
  readonly high: number;
  readonly approx: Approx | undefined;
  readonly noun?: string;
  readonly equivalent?: Expected;
}

const kindOf = (unit: string): Quantity['kind'] => (unit === '%' ? 'percent' : unit === 'pp' ? 'points' : unit === 'count' ? 'count' : 'money');

/** One expected figure: its span text, value, unit, interval and qualifier. */
function f(
  text: string, value: number, unit: string, low: number, high: number, approx?: Approx,
  extra: { readonly noun?: string; readonly equivalent?: Expected } = {},
): Expected {
  return { text, kind: kindOf(unit), value, unit, low, high, approx, ...extra };
}

function actual(q: Quantity): Expected {
  return {
    text: q.span?.text ?? '',
    kind: q.kind,
    value: q.value,
    unit: q.unit,
    low: q.low,
    high: q.high,
    approx: q.approx,
    ...(q.noun !== undefined ? { noun: q.noun } : {}),
    ...(q.equivalent ? { equivalent: actual(q.equivalent) } : {}),
  };
}

type Case = readonly [sentence: string, figures: readonly Expected[]];

const FROM_CORPUS: readonly Case[] = [
  ['The latest venture from Xiaomi is reportedly backed by a $50 million loan from one of the offshore subsidiaries of the company.', [f('$50 million', 50000000, 'USD', 49950000, 50050000)]],
  ['Consumers will be able to apply for loans online up to 30,000 Yuan ($4,830) via smartphones.', [f('30,000 Yuan', 30000, 'CNY', 0, 30000, 'up-to', { equivalent: f('$4,830', 4830, 'USD', 4829.5, 4830.5) })]],
  ['Xiaomi believes it can disburse upwards of 2 billion Yuan ($322 million) in loans this year alone.', [f('2 billion Yuan', 2000000000, 'CNY', 2000000000, MAX, 'over', { equivalent: f('$322 million', 322000000, 'USD', 321950000, 322050000) })]],
  ['By 2017, the company expects the number to be in the region of 75 billion Yuan ($12 billion).', [f('75 billion Yuan', 75000000000, 'CNY', 67500000000, 82500000000, 'around', { equivalent: f('$12 billion', 12000000000, 'USD', 11950000000, 12050000000) })]],
  ['The company itself is said to be valued at around $45 billion, during an appraisal after a round of financing.', [f('$45 billion', 45000000000, 'USD', 40500000000, 49500000000, 'around')]],
  ['Xiaomi financials claims to provide financial support for over 3,000 bricks-and-mortar businesses with over RMB 90 billion loans.', [f('3,000 bricks-and-mortar businesses', 3000, 'count', 3000, MAX, 'over', { noun: 'bricks-and-mortar businesses' }), f('RMB 90 billion', 90000000000, 'CNY', 90000000000, MAX, 'over')]],
  ['It reduced the financing cost of small-to-medium business by approximately 2%.', [f('2%', 2, '%', 1.5, 2.5, 'around')]],
  ['In January 2016, it acquired 65% equity of Jiefu Ruitong (Ruifutong), a third-party payment institution, for a consideration of 600 million yuan.', [f('65%', 65, '%', 64.5, 65.5), f('600 million yuan', 600000000, 'CNY', 599950000, 600050000)]],
  ['In the first half of 2022, Chongqing Xiaomi Consumer Finance recorded a net loss of 93.196 million yuan, down 43.08% year-on-year.', [f('93.196 million yuan', 93196000, 'CNY', 93195500, 93196500), f('43.08%', 43.08, '%', 43.075, 43.085)]],
  ['The revenue of its Internet service segment decreased by 0.9% from 7 billion yuan in the second quarter of 2021 to 6.97 billion yuan in the second quarter of 2022.', [f('0.9%', 0.9, '%', 0.85, 0.95), f('7 billion yuan', 7000000000, 'CNY', 6950000000, 7050000000), f('6.97 billion yuan', 6970000000, 'CNY', 6965000000, 6975000000)]],
  ['Xiaomi is one of the world\'s largest tech startups with an implied valuation of $200 billion.', [f('$200 billion', 200000000000, 'USD', 199950000000, 200050000000)]],
  ['Xiaomi owns a 29.5% stake in Sichuan Xinwang Bank, according to corporate info.', [f('29.5%', 29.5, '%', 29.45, 29.55)]],
  ['New Hope, Xiaomi and Redflag Chain accounted for 30 per cent, 29.5 per cent and 15 per cent stake in the new bank, respectively.', [f('30 per cent', 30, '%', 29.5, 30.5), f('29.5 per cent', 29.5, '%', 29.45, 29.55), f('15 per cent', 15, '%', 14.5, 15.5)]],
  ['The bank\'s registered asset reached 3 billion RMB (around $432 million).', [f('3 billion RMB', 3000000000, 'CNY', 2950000000, 3050000000, undefined, { equivalent: f('$432 million', 432000000, 'USD', 388800000, 475200000, 'around') })]],
  ['Together with five other Sichuan-based enterprises, they set up the bank.', [f('five other Sichuan-based enterprises', 5, 'count', 5, 5, undefined, { noun: 'Sichuan-based enterprises' })]],
  ['The product allowed users to apply for an unsecured loan of as much as 1 million RMB (around $144,000).', [f('1 million RMB', 1000000, 'CNY', 0, 1000000, 'up-to', { equivalent: f('$144,000', 144000, 'USD', 129600, 158400, 'around') })]],
  ['According to official data, it has already gained over 100 million registered users.', [f('100 million registered users', 100000000, 'count', 100000000, MAX, 'over', { noun: 'registered users' })]],
  ['Loans range from one yuan to 30,000 yuan depending on the borrower\'s credit score.', [f('one yuan to 30,000 yuan', 1, 'CNY', 0.5, 30000.5)]],
];

const FROM_NEWS: readonly Case[] = [
  ['The lender raised US$3.5 million in a seed round led by a Singapore fund.', [f('US$3.5 million', 3500000, 'USD', 3450000, 3550000)]],
  ['The developer sold the tower for HK$1.2 billion, the district\'s biggest deal this year.', [f('HK$1.2 billion', 1200000000, 'HKD', 1150000000, 1250000000)]],
  ['The carmaker said it would invest Rmb3 billion in a new battery plant in Hefei.', [f('Rmb3 billion', 3000000000, 'CNY', 2950000000, 3050000000)]],
  ['The insurer booked a profit of 6.3 million US dollars in the quarter.', [f('6.3 million US dollars', 6300000, 'USD', 6250000, 6350000)]],
  ['Brussels fined the chipmaker 2.1 billion euros for abusing its dominance.', [f('2.1 billion euros', 2100000000, 'EUR', 2050000000, 2150000000)]],
  ['The utility agreed a €3bn takeover of its smaller rival.', [f('€3bn', 3000000000, 'EUR', 2950000000, 3050000000)]],
  ['The retailer took a £40m charge on its Irish stores.', [f('£40m', 40000000, 'GBP', 39950000, 40050000)]],
  ['Toyota expects an operating profit of ¥3 trillion this year.', [f('¥3 trillion', 3000000000000, 'JPY', 2950000000000, 3050000000000)]],
  ['The group raised $75 million USD in its Series C round.', [f('$75 million USD', 75000000, 'USD', 74950000, 75050000)]],
  ['The platform now serves a million small merchants across the region.', [f('a million small merchants', 1000000, 'count', 950000, 1050000, undefined, { noun: 'small merchants' })]],
  ['The ministry approved two billion yuan of subsidies for rural broadband.', [f('two billion yuan', 2000000000, 'CNY', 1950000000, 2050000000)]],
  ['Shares of the lender fell forty-five percent after the audit.', [f('forty-five percent', 45, '%', 44.5, 45.5)]],
  ['Quarterly revenue changed by -3.5% compared with a year earlier.', [f('-3.5%', -3.5, '%', -3.55, -3.45)]],
  ['The unemployment rate rose 0.4 percentage points to 5.2%.', [f('0.4 percentage points', 0.4, 'pp', 0.35, 0.45), f('5.2%', 5.2, '%', 5.15, 5.25)]],
  ['The central bank cut its benchmark rate by 25 basis points on Thursday.', [f('25 basis points', 0.25, 'pp', 0.245, 0.255)]],
  ['Analysts expect growth of between 5% and 7% next year.', [f('5% and 7%', 5, '%', 4.5, 7.5)]],
  ['The firm expects margins of 5 to 7 per cent over the cycle.', [f('5 to 7 per cent', 5, '%', 4.5, 7.5)]],
  ['The startup is seeking $3-5 million in new funding.', [f('$3-5 million', 3000000, 'USD', 2950000, 5050000)]],
  ['The deal values the business at just under $3 billion.', [f('$3 billion', 3000000000, 'USD', 2700000000, 3000000000, 'under')]],
  ['At least 20% of the workforce will be cut.', [f('20%', 20, '%', 20, MAX, 'at-least')]],
  ['Its Mumbai unit raised Rs 500 crore through a rights issue.', [f('Rs 500 crore', 5000000000, 'INR', 4999500000, 5000500000)]],
  ['Government spending on roads will reach ₹10 lakh crore by 2030.', [f('₹10 lakh crore', 10000000000000, 'INR', 9950000000000, 10050000000000)]],
  ['Qantas posted an underlying profit of A$2.47 billion for the year.', [f('A$2.47 billion', 2470000000, 'AUD', 2465000000, 2475000000)]],
  ['The pension fund bought the mall for C$300 million.', [f('C$300 million', 300000000, 'CAD', 299950000, 300050000)]],
  ['Temasek injected S$1.5 billion into the bank.', [f('S$1.5 billion', 1500000000, 'SGD', 1450000000, 1550000000)]],
  ['TSMC plans to spend NT$20 billion on a new fab.', [f('NT$20 billion', 20000000000, 'TWD', 19950000000, 20050000000)]],
  ['Petrobras paid R$5 billion in dividends to shareholders.', [f('R$5 billion', 5000000000, 'BRL', 4950000000, 5050000000)]],
  ['Samsung\'s chip division lost ₩1.2 trillion in the first quarter.', [f('₩1.2 trillion', 1200000000000, 'KRW', 1150000000000, 1250000000000)]],
  ['The lender\'s net interest income sank 27 % in the quarter to $ 254 million.', [f('27 %', 27, '%', 26.5, 27.5), f('$ 254 million', 254000000, 'USD', 253950000, 254050000)]],
  ['The startup listed 6,000 job openings on its careers page.', [f('6,000 job openings', 6000, 'count', 6000, 6000, undefined, { noun: 'job openings' })]],
  ['The museum welcomed 1.2 million visitors last year.', [f('1.2 million visitors', 1200000, 'count', 1150000, 1250000, undefined, { noun: 'visitors' })]],
  ['The operator has more than 200 stores in Guangdong province.', [f('200 stores', 200, 'count', 200, MAX, 'over', { noun: 'stores' })]],
  ['Nearly 40% of respondents said they had used a mobile loan.', [f('40%', 40, '%', 36, 40, 'nearly')]],
  ['Some 3,000 people attended the launch event in Beijing.', [f('3,000 people', 3000, 'count', 2700, 3300, 'around', { noun: 'people' })]],
  ['Almost half a billion dollars was wiped off its market value.', [f('half a billion dollars', 500000000, 'USD', 450000000, 500000000, 'nearly')]],
  ['The company spent roughly $1.2 billion on research last year.', [f('$1.2 billion', 1200000000, 'USD', 1080000000, 1320000000, 'around')]],
  ['The fund manages about €40 billion of assets.', [f('€40 billion', 40000000000, 'EUR', 36000000000, 44000000000, 'around')]],
  ['Chinese regulators fined the platform 18.2 billion yuan last April.', [f('18.2 billion yuan', 18200000000, 'CNY', 18150000000, 18250000000)]],
  ['Its bonds yield less than 2% after the rally.', [f('2%', 2, '%', 0, 2, 'under')]],
  ['The bank capped loans at 500,000 yuan per borrower.', [f('500,000 yuan', 500000, 'CNY', 499999.5, 500000.5)]],
  ['Alibaba\'s Ant Group raised $14 billion from investors in 2018.', [f('$14 billion', 14000000000, 'USD', 13950000000, 14050000000)]],
  ['The brand sold 10 million phones in the third quarter.', [f('10 million phones', 10000000, 'count', 9950000, 10050000, undefined, { noun: 'phones' })]],
  ['JD.com said it would hire 50,000 workers this year.', [f('50,000 workers', 50000, 'count', 50000, 50000, undefined, { noun: 'workers' })]],
  ['The state fund owns 12.5 per cent of the airline.', [f('12.5 per cent', 12.5, '%', 12.45, 12.55)]],
  ['Tencent\'s stake in the carmaker rose to 5 per cent.', [f('5 per cent', 5, '%', 4.5, 5.5)]],
  ['Earnings per share came in at $1.40, beating forecasts of $1.32.', [f('$1.40', 1.4, 'USD', 1.395, 1.405), f('$1.32', 1.32, 'USD', 1.315, 1.325)]],
  ['Its shares closed at HK$83.45 on Friday.', [f('HK$83.45', 83.45, 'HKD', 83.445, 83.455)]],
  ['The board proposed a dividend of 12 cents a share.', [f('12 cents', 0.12, 'USD', 0.115, 0.125)]],
  ['Its share price slid 34 pence to 197 pence.', [f('34 pence', 0.34, 'GBP', 0.335, 0.345), f('197 pence', 1.97, 'GBP', 1.965, 1.975)]],
  ['The Swiss group paid 10,000 Swiss francs to settle the claim.', [f('10,000 Swiss francs', 10000, 'CHF', 9999.5, 10000.5)]],
  ['The Japanese lender earned 450,000 yen per customer on average.', [f('450,000 yen', 450000, 'JPY', 449999.5, 450000.5)]],
  ['The Korean exporter booked 3.2 trillion won in sales.', [f('3.2 trillion won', 3200000000000, 'KRW', 3150000000000, 3250000000000)]],
  ['Russia\'s central bank sold 1.5 billion rubles of gold.', [f('1.5 billion rubles', 1500000000, 'RUB', 1450000000, 1550000000)]],
  ['The Indian startup raised 2,000 crore rupees in total.', [f('2,000 crore rupees', 20000000000, 'INR', 19999500000, 20000500000)]],
  ['The Mexican bank lent 2 billion pesos to small firms.', [f('2 billion pesos', 2000000000, 'MXN', 1950000000, 2050000000)]],
  ['The Thai hotel chain earned 900 million baht last year.', [f('900 million baht', 900000000, 'THB', 899950000, 900050000)]],
  ['The Malaysian fund invested RM2.5 billion in local equities.', [f('RM2.5 billion', 2500000000, 'MYR', 2450000000, 2550000000)]],
  ['The South African miner wrote down R350 million on the project.', [f('R350 million', 350000000, 'ZAR', 349950000, 350050000)]],
  ['The Brazilian fintech raised 1.2 billion reais in its IPO.', [f('1.2 billion reais', 1200000000, 'BRL', 1150000000, 1250000000)]],
  ['The Turkish airline lost 4 billion lira in the quarter.', [f('4 billion lira', 4000000000, 'TRY', 3950000000, 4050000000)]],
  ['The Indonesian unicorn is valued at 30 trillion rupiah.', [f('30 trillion rupiah', 30000000000000, 'IDR', 29950000000000, 30050000000000)]],
  ['The Swedish group paid 5 billion kronor for the stake.', [f('5 billion kronor', 5000000000, 'SEK', 4950000000, 5050000000)]],
  ['The Norwegian fund sold 2 billion kroner of bonds.', [f('2 billion kroner', 2000000000, 'NOK', 1950000000, 2050000000)]],
  ['The Polish insurer earned 700 million zloty in 2021.', [f('700 million zloty', 700000000, 'PLN', 699950000, 700050000)]],
  ['The Israeli startup raised 300 million shekels.', [f('300 million shekels', 300000000, 'ILS', 299950000, 300050000)]],
  ['The Emirati developer sold 1 billion dirhams of apartments.', [f('1 billion dirhams', 1000000000, 'AED', 950000000, 1050000000)]],
  ['The Saudi miner posted 2.5 billion riyals in profit.', [f('2.5 billion riyals', 2500000000, 'SAR', 2450000000, 2550000000)]],
  ['The UK lender set aside £1.2bn for bad loans.', [f('£1.2bn', 1200000000, 'GBP', 1150000000, 1250000000)]],
  ['The Dutch group raised €500m from a bond sale.', [f('€500m', 500000000, 'EUR', 499950000, 500050000)]],
  ['Its German unit paid EUR 120 million in fines.', [f('EUR 120 million', 120000000, 'EUR', 119950000, 120050000)]],
  ['The regulator fined the bank GBP 45 million.', [f('GBP 45 million', 45000000, 'GBP', 44950000, 45050000)]],
  ['The Hong Kong insurer paid HKD 2.3 billion for the portfolio.', [f('HKD 2.3 billion', 2300000000, 'HKD', 2250000000, 2350000000)]],
  ['The payment company processed CNY 1.5 trillion of transactions.', [f('CNY 1.5 trillion', 1500000000000, 'CNY', 1450000000000, 1550000000000)]],
  ['Singapore\'s sovereign fund put SGD 800 million into the deal.', [f('SGD 800 million', 800000000, 'SGD', 799950000, 800050000)]],
  ['The chip designer booked JPY 120 billion in revenue.', [f('JPY 120 billion', 120000000000, 'JPY', 119950000000, 120050000000)]],
  ['The firm raised USD 200 million in convertible bonds.', [f('USD 200 million', 200000000, 'USD', 199950000, 200050000)]],
  ['The Taiwanese firm earned TWD 35 billion in the quarter.', [f('TWD 35 billion', 35000000000, 'TWD', 34950000000, 35050000000)]],
  ['The telecom operator reported revenue of INR 45,000 crore.', [f('INR 45,000 crore', 450000000000, 'INR', 449999500000, 450000500000)]],
  ['The bank lent 800 million Hong Kong dollars to developers.', [f('800 million Hong Kong dollars', 800000000, 'HKD', 799950000, 800050000)]],
  ['The pension fund bought 125 million Australian dollars of bonds.', [f('125 million Australian dollars', 125000000, 'AUD', 124950000, 125050000)]],
  ['The miner issued 300 million Canadian dollars of notes.', [f('300 million Canadian dollars', 300000000, 'CAD', 299950000, 300050000)]],
  ['The firm moved 50 million Singapore dollars offshore.', [f('50 million Singapore dollars', 50000000, 'SGD', 49950000, 50050000)]],
  ['The factory cost 5 billion New Taiwan dollars to build.', [f('5 billion New Taiwan dollars', 5000000000, 'TWD', 4950000000, 5050000000)]],
  ['The company raised $1.5bn in a share sale in New York.', [f('$1.5bn', 1500000000, 'USD', 1450000000, 1550000000)]],
  ['Its cloud revenue grew to $2.5bn, up 35%.', [f('$2.5bn', 2500000000, 'USD', 2450000000, 2550000000), f('35%', 35, '%', 34.5, 35.5)]],
  ['The startup burned through $800,000 a month.', [f('$800,000', 800000, 'USD', 799999.5, 800000.5)]],
  ['The fine amounted to $5,000 per day of delay.', [f('$5,000', 5000, 'USD', 4999.5, 5000.5)]],
  ['The Chinese lender cut its loan prime rate to 3.45%.', [f('3.45%', 3.45, '%', 3.445, 3.455)]],
  ['Revenue grew 12.3 percent year-on-year to 85.6 billion yuan.', [f('12.3 percent', 12.3, '%', 12.25, 12.35), f('85.6 billion yuan', 85600000000, 'CNY', 85550000000, 85650000000)]],
  ['Net profit jumped 48 per cent to RMB 12.4 billion.', [f('48 per cent', 48, '%', 47.5, 48.5), f('RMB 12.4 billion', 12400000000, 'CNY', 12350000000, 12450000000)]],
  ['The firm\'s market share slipped to 14.6%.', [f('14.6%', 14.6, '%', 14.55, 14.65)]],
  ['Operating margin widened by 1.5 percentage points.', [f('1.5 percentage points', 1.5, 'pp', 1.45, 1.55)]],
  ['The bank\'s bad-loan ratio was 1.73 per cent at the end of June.', [f('1.73 per cent', 1.73, '%', 1.725, 1.735)]],
  ['Deposits rose 8% to 1.2 trillion yuan.', [f('8%', 8, '%', 7.5, 8.5), f('1.2 trillion yuan', 1200000000000, 'CNY', 1150000000000, 1250000000000)]],
  ['The group employs 32,000 people in 20 countries.', [f('32,000 people', 32000, 'count', 32000, 32000, undefined, { noun: 'people' }), f('20 countries', 20, 'count', 20, 20, undefined, { noun: 'countries' })]],
  ['More than 500 employees signed the letter.', [f('500 employees', 500, 'count', 500, MAX, 'over', { noun: 'employees' })]],
  ['Fewer than 100 branches remain open.', [f('100 branches', 100, 'count', 0, 100, 'under', { noun: 'branches' })]],
  ['The app counts 300 million monthly active users.', [f('300 million monthly active users', 300000000, 'count', 299950000, 300050000, undefined, { noun: 'monthly active users' })]],
  ['As many as 2,000 drivers joined the strike.', [f('2,000 drivers', 2000, 'count', 0, 2000, 'up-to', { noun: 'drivers' })]],
  ['The chain opened 1,500 new stores in 2019.', [f('1,500 new stores', 1500, 'count', 1500, 1500, undefined, { noun: 'new stores' })]],
  ['The insurer covers 150 million policyholders.', [f('150 million policyholders', 150000000, 'count', 149950000, 150050000, undefined, { noun: 'policyholders' })]],
  ['The regulator approved twelve new virtual banks.', [f('twelve new virtual banks', 12, 'count', 12, 12, undefined, { noun: 'new virtual banks' })]],
  ['The company operates three hundred warehouses worldwide.', [f('three hundred warehouses', 300, 'count', 300, 300, undefined, { noun: 'warehouses' })]],
  ['The lender shed 4,000 jobs during the restructuring.', [f('4,000 jobs', 4000, 'count', 4000, 4000, undefined, { noun: 'jobs' })]],
  ['The smartphone maker shipped 46 million handsets in the quarter.', [f('46 million handsets', 46000000, 'count', 45950000, 46050000, undefined, { noun: 'handsets' })]],
  ['Up to 10 per cent of staff may be affected.', [f('10 per cent', 10, '%', 0, 10, 'up-to')]],
  ['Profit fell by as much as 30% in some regions.', [f('30%', 30, '%', 0, 30, 'up-to')]],
  ['The government will spend €2.1 trillion on recovery.', [f('€2.1 trillion', 2100000000000, 'EUR', 2050000000000, 2150000000000)]],
  ['The IPO raised RMB 5.5 billion, making it the year\'s biggest.', [f('RMB 5.5 billion', 5500000000, 'CNY', 5450000000, 5550000000)]],
  ['The company was fined 182.28 billion yuan for monopolistic practices.', [f('182.28 billion yuan', 182280000000, 'CNY', 182275000000, 182285000000)]],
  ['The unit was sold for 1 yuan to a state investor.', [f('1 yuan', 1, 'CNY', 0.5, 1.5)]],
  ['Sales reached 2.9 million units in the first half.', [f('2.9 million units', 2900000, 'count', 2850000, 2950000, undefined, { noun: 'units' })]],
  ['The group\'s debt exceeds $300 billion.', [f('$300 billion', 300000000000, 'USD', 300000000000, MAX, 'over')]],
  ['Its valuation topped $100 billion in the latest round.', [f('$100 billion', 100000000000, 'USD', 99950000000, 100050000000)]],
  ['Inflation eased to 2.1 per cent in March.', [f('2.1 per cent', 2.1, '%', 2.05, 2.15)]],
  ['The yield on ten-year bonds rose 15 basis points.', [f('15 basis points', 0.15, 'pp', 0.145, 0.155)]],
  ['Consumer prices rose 0.7% from a month earlier.', [f('0.7%', 0.7, '%', 0.65, 0.75)]],
  ['The tax rate will drop to 15% from 25%.', [f('15%', 15, '%', 14.5, 15.5), f('25%', 25, '%', 24.5, 25.5)]],
  ['The fund returned 11.2% after fees.', [f('11.2%', 11.2, '%', 11.15, 11.25)]],
  ['The chain serves 4 million customers every day.', [f('4 million customers', 4000000, 'count', 3950000, 4050000, undefined, { noun: 'customers' })]],
  ['The firm hired 800 engineers in Shenzhen.', [f('800 engineers', 800, 'count', 800, 800, undefined, { noun: 'engineers' })]],
  ['The platform hosts 70,000 merchants.', [f('70,000 merchants', 70000, 'count', 70000, 70000, undefined, { noun: 'merchants' })]],
  ['The bank has 1,800 branches across the country.', [f('1,800 branches', 1800, 'count', 1800, 1800, undefined, { noun: 'branches' })]],
  ['The company repurchased 20 million shares.', [f('20 million shares', 20000000, 'count', 19950000, 20050000, undefined, { noun: 'shares' })]],
  ['The lender extended 3.6 million loans to small businesses.', [f('3.6 million loans', 3600000, 'count', 3550000, 3650000, undefined, { noun: 'loans' })]],
  ['Over 60% of its revenue comes from overseas.', [f('60%', 60, '%', 60, MAX, 'over')]],
  ['The fee was cut to 0.6% from 1%.', [f('0.6%', 0.6, '%', 0.55, 0.65), f('1%', 1, '%', 0.5, 1.5)]],
  ['Roughly 45 per cent of the loans were overdue.', [f('45 per cent', 45, '%', 40.5, 49.5, 'around')]],
  ['The company paid a fine of about £3.5 million.', [f('£3.5 million', 3500000, 'GBP', 3150000, 3850000, 'around')]],
  ['The firm\'s net loss narrowed to 93.5 million yuan.', [f('93.5 million yuan', 93500000, 'CNY', 93450000, 93550000)]],
  ['The carmaker aims to sell 1 million vehicles a year by 2025.', [f('1 million vehicles', 1000000, 'count', 950000, 1050000, undefined, { noun: 'vehicles' })]],
  ['The deal is worth an estimated $2 billion.', [f('$2 billion', 2000000000, 'USD', 1800000000, 2200000000, 'around')]],
  ['It was sold for nearly $900 million.', [f('$900 million', 900000000, 'USD', 810000000, 900000000, 'nearly')]],
  ['The startup raised $25m in a Series B round.', [f('$25m', 25000000, 'USD', 24950000, 25050000)]],
  ['Losses widened to -12% in the second half.', [f('-12%', -12, '%', -12.5, -11.5)]],
  ['The conglomerate holds a 40 percent stake in the venture.', [f('40 percent', 40, '%', 39.5, 40.5)]],
  ['Twenty percent of users never repay on time.', [f('Twenty percent', 20, '%', 19.5, 20.5)]],
  ['The company booked 3 dollars 50 cents per unit in royalties.', [f('3 dollars 50 cents', 3.5, 'USD', 3.495, 3.505)]],
  ['Prices start at $ 12,345 for the base model.', [f('$ 12,345', 12345, 'USD', 12344.5, 12345.5)]],
  ['The owners paid £ 60,000 for the upgrade.', [f('£ 60,000', 60000, 'GBP', 59999.5, 60000.5)]],
  ['The contract is worth 420 million Swiss francs.', [f('420 million Swiss francs', 420000000, 'CHF', 419950000, 420050000)]],
  ['The budget included 100 billion yuan for railways.', [f('100 billion yuan', 100000000000, 'CNY', 99950000000, 100050000000)]],
  ['The exporter earned 250 million euros from China.', [f('250 million euros', 250000000, 'EUR', 249950000, 250050000)]],
  ['Its chief executive received a 1.8 million pound bonus.', [f('1.8 million pound', 1800000, 'GBP', 1750000, 1850000)]],
  ['The price of the second simulator ranges between c $ 16.4 million and more.', [f('c $ 16.4 million', 16400000, 'CAD', 16350000, 16450000)]],
  ['In 1988, exports of toys fell 19 % from 1987 , to hk $ 10.05 billion .', [f('19 %', 19, '%', 18.5, 19.5), f('hk $ 10.05 billion', 10050000000, 'HKD', 10045000000, 10055000000)]],
  ['The first prize of the lottery is u.s $ 100,000,000 this year.', [f('u.s $ 100,000,000', 100000000, 'USD', 99999999.5, 100000000.5)]],
  ['Expenses were $ 20,000.00 in January and $ 37,305.97 in February.', [f('$ 20,000.00', 20000, 'USD', 19999.995, 20000.005), f('$ 37,305.97', 37305.97, 'USD', 37305.965, 37305.975)]],
  ['10 $ is not much, nor is 10 € for a coffee.', [f('10 $', 10, 'USD', 9.5, 10.5), f('10 €', 10, 'EUR', 9.5, 10.5)]],
  ['The cost is 100元 per person.', [f('100元', 100, 'CNY', 99.5, 100.5)]],
  ['Its shares slid in late dealings to close one penny lower.', [f('one penny', 0.01, 'GBP', 0.005, 0.015)]],
  ['The trust will pay a 12-cent-a-share dividend in November.', [f('12-cent', 0.12, 'USD', 0.115, 0.125)]],
  ['Fujitsu withdrew its controversial one-yen bid for the contract.', [f('one-yen', 1, 'JPY', 0.5, 1.5)]],
  ['It only cost thirteen dollars and forty-five cents.', [f('thirteen dollars and forty-five cents', 13.45, 'USD', 13.445, 13.455)]],
  ['The vendor needs minus five percent on the margin.', [f('minus five percent', -5, '%', -5.5, -4.5)]],
  ['The survey found 100 percentage approval among members.', [f('100 percentage', 100, '%', 99.5, 100.5)]],
  ['The toll road raised 80 , 000 yuan in its first week.', [f('80 , 000 yuan', 80000, 'CNY', 79999.5, 80000.5)]],
  ['Sales rose 6 . 2 % to $ 1.45 billion in the quarter.', [f('6 . 2 %', 6.2, '%', 6.15, 6.25), f('$ 1.45 billion', 1450000000, 'USD', 1445000000, 1455000000)]],
  ['Russia accepted a us $ 150 million World Bank loan.', [f('us $ 150 million', 150000000, 'USD', 149950000, 150050000)]],
  ['The airline\'s stock traded at 210 pence before the rights issue.', [f('210 pence', 2.1, 'GBP', 2.095, 2.105)]],
  ['The Telegraph reported that sales rose 50pc last year.', [f('50pc', 50, '%', 49.5, 50.5)]],
  ['The fund paid Dh1bn for the waterfront plot.', [f('Dh1bn', 1000000000, 'AED', 950000000, 1050000000)]],
  ['Cairo agreed to pay E£5 billion for the project.', [f('E£5 billion', 5000000000, 'EGP', 4950000000, 5050000000)]],
  ['The project will cost approx. $5 million to complete.', [f('$5 million', 5000000, 'USD', 4500000, 5500000, 'around')]],
  ['The messaging app has 5m users in Britain.', [f('5m users', 5000000, 'count', 4950000, 5050000, undefined, { noun: 'users' })]],
  ['The Johannesburg council will pay R1,200 per household per month.', [f('R1,200', 1200, 'ZAR', 1199.5, 1200.5)]],
  ['Kenya\'s lender raised KSh 5 billion in a bond sale.', [f('KSh 5 billion', 5000000000, 'KES', 4950000000, 5050000000)]],
  ['Rates fell by a 3 percentage-point margin.', [f('3 percentage-point', 3, 'pp', 2.5, 3.5)]],
  ['The family holds a 10-per-cent stake in the brewer.', [f('10-per-cent', 10, '%', 9.5, 10.5)]],
  ['A cup of coffee costs 50c at the canteen.', [f('50c', 0.5, 'USD', 0.495, 0.505)]],
  ['US federal debt passed $31.4T this year.', [f('$31.4T', 31400000000000, 'USD', 31350000000000, 31450000000000)]],
  ['Analysts see earnings of 5 quid per share.', [f('5 quid', 5, 'GBP', 4.5, 5.5)]],
  ['Ghana\'s cocoa board raised GH₵5 billion from investors.', [f('₵5 billion', 5000000000, 'GHS', 4950000000, 5050000000)]],
  ['The lender expects five and a half percent growth.', [f('five and a half percent', 5.5, '%', 5.45, 5.55)]],
  ['The division posted an operating loss of -$5 million.', [f('-$5 million', -5000000, 'USD', -5050000, -4950000)]],
  ['The group pays its top staff $5 million-plus a year.', [f('$5 million-plus', 5000000, 'USD', 5000000, MAX, 'over')]],
  ['The bond rallied after a U.S. $5 billion order.', [f('U.S. $5 billion', 5000000000, 'USD', 4950000000, 5050000000)]],
  ['Inflation slowed by 2 pct points in the quarter.', [f('2 pct points', 2, 'pp', 1.5, 2.5)]],
  ['Revenue was up 5.2 per cent, according to the filing.', [f('5.2 per cent', 5.2, '%', 5.15, 5.25)]],
  ['Profit at the Hong Kong unit was HK$ 3.4 billion.', [f('HK$ 3.4 billion', 3400000000, 'HKD', 3350000000, 3450000000)]],
  ['The ratings agency expects losses of $5bn-$6bn.', [f('$5bn-$6bn', 5000000000, 'USD', 4950000000, 6050000000)]],
  ['Its stake was trimmed to 4.99 per cent.', [f('4.99 per cent', 4.99, '%', 4.985, 4.995)]],
  ['The group employs some 2,500 workers in Vietnam.', [f('2,500 workers', 2500, 'count', 2250, 2750, 'around', { noun: 'workers' })]],
  ['The carrier\'s bonds fell to 85 cents on the dollar.', [f('85 cents', 0.85, 'USD', 0.845, 0.855)]],
  ['The bank aims to lend ₦500 billion to farmers.', [f('₦500 billion', 500000000000, 'NGN', 499950000000, 500050000000)]],
  // As East and West African papers write them (held-out microinsurer and payments corpora).
  ['Owoloop raised a N8.2 billion Series A in March 2021.', [f('N8.2 billion', 8200000000, 'NGN', 8150000000, 8250000000)]],
  ['The lender wrote Sh150 million in premiums.', [f('Sh150 million', 150000000, 'KES', 149950000, 150050000)]],
  ['The Tanzanian unit has TSh 2 billion of capital.', [f('TSh 2 billion', 2000000000, 'TZS', 1950000000, 2050000000)]],
  ['The Ugandan arm was capitalised with UGX 5 billion.', [f('UGX 5 billion', 5000000000, 'UGX', 4950000000, 5050000000)]],
  ['The collector paid 2000 dollars for the stamp.', [f('2000 dollars', 2000, 'USD', 1999.5, 2000.5)]],
  ['The ticket cost 1999 euros in first class.', [f('1999 euros', 1999, 'EUR', 1998.5, 1999.5)]],
  ['The index fund tracks per cent of twenty-two, the survey said.', [f('per cent of twenty-two', 22, '%', 21.5, 22.5)]],
  ['The answer given was percent of 10.', [f('percent of 10', 10, '%', 9.5, 10.5)]],
  ['Revenue increased 10% from $4 billion to $5 billion.', [f('10%', 10, '%', 9.5, 10.5), f('$4 billion', 4000000000, 'USD', 3950000000, 4050000000), f('$5 billion', 5000000000, 'USD', 4950000000, 5050000000)]],
  ['The index rose 2.5 percent, from 3.1% to 5.6%.', [f('2.5 percent', 2.5, '%', 2.45, 2.55), f('3.1%', 3.1, '%', 3.05, 3.15), f('5.6%', 5.6, '%', 5.55, 5.65)]],
  ['Shares are expected to trade at prices of $5 to $7 a share.', [f('$5 to $7', 5, 'USD', 4.5, 7.5)]],
  ['The group paid Tk 500 crore, or about $60 million, for the plant.', [f('Tk 500 crore', 5000000000, 'BDT', 4999500000, 5000500000, undefined, { equivalent: f('$60 million', 60000000, 'USD', 54000000, 66000000, 'around') })]],
  ['The ticket costs $5, or $6 with tax.', [f('$5', 5, 'USD', 4.5, 5.5), f('$6', 6, 'USD', 5.5, 6.5)]],
  ['The Perth miner earned $US90 billion over the decade.', [f('$US90 billion', 90000000000, 'USD', 89950000000, 90050000000)]],
  ['The Sydney lender lost $A2bn on the deal.', [f('$A2bn', 2000000000, 'AUD', 1950000000, 2050000000)]],
  ['The Auckland dairy group raised $NZ500 million.', [f('$NZ500 million', 500000000, 'NZD', 499950000, 500050000)]],
  ['The Bangkok developer earned Bt5 billion last year.', [f('Bt5 billion', 5000000000, 'THB', 4950000000, 5050000000)]],
  ['The Riyadh bank posted SR5 billion in profit.', [f('SR5 billion', 5000000000, 'SAR', 4950000000, 5050000000)]],
  ['The vendor said it only cost thirteen dollars forty five.', [f('thirteen dollars forty five', 13.45, 'USD', 13.445, 13.455)]],
  ['He paid five dollars two times over.', [f('five dollars', 5, 'USD', 4.5, 5.5)]],
];

/** Sentences with years, dates, times, codes, ordinals and bare numbers, but no figure. */
const NO_FIGURE: readonly string[] = [
  'Founded in 2016, the bank is China\'s third online lender.',
  'On October 18, 2020, the company\'s (01810:HK) financial unit began operating under a new name.',
  'Beier Kan Editor: Luke Sheehan Oct 18, 2020 04:41 PM (GMT+8)',
  'Superbonic 2017-01-02 20:17 via android',
  'Call +86 10 6532 1234 for details.',
  'Hospitals ran short of N95 masks and Section N2 of the law applies.',
  'In 2015, it launched its first product.',
  'It ranked 27th in the survey of 1st-tier cities.',
  'The 1990s were a boom decade for the sector.',
  'He joined the firm in March 2019 and left on 5 June.',
  'The 5G phone launched in Q2 2021.',
  'See section 3.2.1 of the rules.',
  'The stock code is 600519.SH on the Shanghai exchange.',
  'It was one of the first banks to do so.',
  'Two of the founders left in 2018.',
  'She was 45 years old when she took over.',
  'The meeting lasted three hours.',
  'Visit https://example.com/report?id=2020&rate=30%25 for more.',
  'The iPhone 7 went on sale in September.',
  'The carrier filed for Chapter 11 bankruptcy protection.',
  'He scored 3 of the goals.',
  'The No. 1 player in the market lost ground.',
  'The call started at 9:30 a.m. on Monday.',
  'The firm\'s 2021 results beat expectations.',
  'In the first half of 2022, sales fell.',
  'The Model 3 sales rose sharply.',
  'Covid-19 cases fell in the city.',
  'The restaurant is rated 4.5 stars.',
  'The service runs 24/7 across the country.',
  'Leaders met at the G20 summit in Hangzhou.',
  'The company has been around since the 1980s.',
  'Version 2.0 arrives later this year.',
  'The 2015-2016 season was its best.',
  'It sold a 30-year bond last week.',
  'A dozen of the staff left.',
  'Xiaomi\'s Mi 6 and Redmi Note 4 were launched together.',
  'The law took effect on 1 January 2021.',
  'Between 2019 and 2021, the lender grew quickly.',
  'It is the country\'s second-largest lender by assets.',
  'The meeting is scheduled for 10.30 on Tuesday.',
  'Page 12 of the report lists the risks.',
  'In 2023 RMB loans grew faster than dollar loans.',
  'Wages are measured in constant 2015 dollars.',
  'The Jan. 5 earnings call was cancelled.',
  'The 2015 won figures were revised.',
  'The S&P index hit a record on Sept. 30, 2023.',
  'COVID-19 vaccines were shipped to Africa.',
  'Windows 11 users reported the bug.',
  'The firm filed its 10-K report late.',
  'The board approved the plan in a 3-2 vote.',
  'Officials at Number 10 declined to comment.',
  'The over 65s were hit hardest.',
  'Their share is the highest percent of 2021.',
];

function check([sentence, figures]: Case): void {
  const found = parseQuantities(sentence);
  expect(found.map(actual)).toEqual(figures);
  for (const q of found) expect(sentence.slice(q.span?.start, q.span?.end)).toBe(q.span?.text);
}

describe('figures quoted from the default corpus', () => {
  for (const c of FROM_CORPUS) it(c[0], () => check(c));
});

describe('figures in news sentences', () => {
  for (const c of FROM_NEWS) it(c[0], () => check(c));
});

describe('no figure', () => {
  for (const sentence of NO_FIGURE) it(sentence, () => expect(parseQuantities(sentence)).toEqual([]));
});

describe('the table', () => {
  it('holds at least 150 figure expressions', () => {
    const count = (cs: readonly Case[]) => cs.reduce((n, [, fs]) => n + fs.length, 0);
    expect(count(FROM_CORPUS) + count(FROM_NEWS)).toBeGreaterThanOrEqual(150);
  });
});
