/**
 * The currency lexicon: the signs, codes and names news writes before or after an amount, each
 * mapped to its ISO 4217 code. Ambiguous signs ('$', '¥') resolve in the scanner (see
 * parse.ts), since the answer depends on the document.
 */

/** A currency as written: its ISO code and how strongly the writing pins it down. */
export interface CurrencyMark {
  readonly code: string;
  /**
   * 1: a bare sign that several currencies share ('$', '¥', 'dollars'); 2: a name or qualified
   * sign ('HK$', 'yuan', 'euros'); 3: an ISO code. A stronger mark wins over a weaker one.
   */
  readonly strength: 1 | 2 | 3;
  /** A fraction of the unit ('cents' = 0.01). */
  readonly factor?: number;
}

/** A placeholder code for the bare dollar sign, resolved by the scanner's options. */
export const DOLLAR = '$';
/** A placeholder code for the bare yen/yuan sign, resolved from the document. */
export const YEN = '¥';

/**
 * Currency words several countries use ('pesos', 'shillings', 'rupees', 'dinars', 'kroner'): each
 * means the currency of the country the document names most among its candidates, or the first
 * candidate's when it names none of them.
 */
export const SHARED_NAMES: ReadonlyMap<string, readonly { readonly code: string; readonly country: RegExp }[]> = new Map([
  ['PESO', [
    { code: 'MXN', country: /\bMexic(?:o|an)\b/gu },
    { code: 'COP', country: /\bColombian?\b|\bBogot[aá]\b|\bMedell[ií]n\b/gu },
    { code: 'ARS', country: /\bArgentin(?:a|e|ian)\b|\bBuenos Aires\b/gu },
    { code: 'CLP', country: /\bChile(?:an)?\b|\bSantiago\b/gu },
    { code: 'PHP', country: /\bPhilippines?\b|\bFilipino\b|\bManila\b/gu },
    { code: 'UYU', country: /\bUruguay(?:an)?\b|\bMontevideo\b/gu },
    { code: 'DOP', country: /\bDominican Republic\b|\bSanto Domingo\b/gu },
  ]],
  ['SHILLING', [
    { code: 'KES', country: /\bKenyan?\b|\bNairobi\b/gu },
    { code: 'UGX', country: /\bUgandan?\b|\bKampala\b/gu },
    { code: 'TZS', country: /\bTanzanian?\b|\bDar es Salaam\b/gu },
  ]],
  ['RUPEE', [
    { code: 'INR', country: /\bIndian?\b|\bMumbai\b|\bNew Delhi\b/gu },
    { code: 'PKR', country: /\bPakistani?\b|\bKarachi\b|\bIslamabad\b/gu },
    { code: 'LKR', country: /\bSri Lankan?\b|\bColombo\b/gu },
    { code: 'NPR', country: /\bNepal(?:ese)?\b|\bKathmandu\b/gu },
  ]],
  ['DINAR', [
    { code: 'KWD', country: /\bKuwaiti?\b/gu },
    { code: 'BHD', country: /\bBahraini?\b/gu },
    { code: 'JOD', country: /\bJordan(?:ian)?\b|\bAmman\b/gu },
    { code: 'IQD', country: /\bIraqi?\b|\bBaghdad\b/gu },
    { code: 'RSD', country: /\bSerbian?\b|\bBelgrade\b/gu },
    { code: 'TND', country: /\bTunisian?\b|\bTunis\b/gu },
    { code: 'DZD', country: /\bAlgerian?\b|\bAlgiers\b/gu },
  ]],
  ['KRONE', [
    { code: 'NOK', country: /\bNorw(?:ay|egian)\b|\bOslo\b/gu },
    { code: 'DKK', country: /\bDenmark\b|\bDanish\b|\bCopenhagen\b/gu },
  ]],
]);

/** Codes read in any letter case ('rmb', 'Rmb', 'usd'): none is also an English word. */
const CODES_ANY_CASE = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CNH', 'RMB', 'HKD', 'INR', 'SGD', 'KRW', 'TWD', 'AUD', 'CAD', 'CHF', 'RUB',
  'BRL', 'MXN', 'NZD', 'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'THB', 'IDR', 'MYR', 'VND', 'ILS', 'AED', 'SAR', 'EGP',
  'NGN', 'KES', 'PKR', 'BDT', 'LKR', 'CZK', 'HUF', 'UAH', 'KZT', 'QAR', 'KWD', 'NTD', 'GHS',
  'UGX', 'TZS', 'RWF', 'ETB', 'XOF', 'XAF', 'ZMW', 'MWK', 'MZN', 'AOA', 'DZD', 'TND', 'IQD', 'LBP', 'MMK', 'KHR',
  'LAK', 'MNT', 'NPR', 'UZS', 'AZN', 'BYN', 'RSD', 'BGN', 'ISK', 'UYU', 'PYG', 'DOP', 'GTQ', 'CRC', 'HNL', 'JMD', 'TTD',
];
/** Codes that are also English words or names, so only read in capitals. */
const CODES_UPPER = ['TRY', 'PHP', 'ARS', 'CLP', 'COP', 'PEN', 'RON', 'BHD', 'OMR', 'JOD', 'MAD', 'MOP'];

const CODE_ALIAS: Readonly<Record<string, string>> = { RMB: 'CNY', CNH: 'CNY', NTD: 'TWD' };

const codesAnyCase = new Set(CODES_ANY_CASE.map((c) => c.toLowerCase()));
const codesUpper = new Set(CODES_UPPER);

/** The ISO code a word names when it is a currency code, honouring the letter-case rules. */
export function codeOf(word: string, lower: string): string | undefined {
  if (codesAnyCase.has(lower)) {
    const up = word.toUpperCase();
    return CODE_ALIAS[up] ?? up;
  }
  if (codesUpper.has(word)) return word;
  return undefined;
}

/** Signs written before (or after) the digits. */
export const SIGNS: ReadonlyMap<string, CurrencyMark> = new Map<string, CurrencyMark>([
  ['$', { code: DOLLAR, strength: 1 }],
  ['€', { code: 'EUR', strength: 2 }],
  ['£', { code: 'GBP', strength: 2 }],
  ['¥', { code: YEN, strength: 1 }],
  ['￥', { code: YEN, strength: 1 }],
  ['元', { code: 'CNY', strength: 2 }],
  ['₹', { code: 'INR', strength: 2 }],
  ['₩', { code: 'KRW', strength: 2 }],
  ['₽', { code: 'RUB', strength: 2 }],
  ['₺', { code: 'TRY', strength: 2 }],
  ['₫', { code: 'VND', strength: 2 }],
  ['₱', { code: 'PHP', strength: 2 }],
  ['฿', { code: 'THB', strength: 2 }],
  ['₪', { code: 'ILS', strength: 2 }],
  ['₦', { code: 'NGN', strength: 2 }],
  ['₴', { code: 'UAH', strength: 2 }],
  ['₡', { code: 'CRC', strength: 2 }],
  ['₭', { code: 'LAK', strength: 2 }],
  ['₾', { code: 'GEL', strength: 2 }],
  ['₸', { code: 'KZT', strength: 2 }],
  ['₮', { code: 'MNT', strength: 2 }],
  ['₲', { code: 'PYG', strength: 2 }],
  ['₵', { code: 'GHS', strength: 2 }],
  ['¢', { code: DOLLAR, strength: 1, factor: 0.01 }],
]);

/**
 * Words written right before '$' that say which dollar ('US$', 'HK$', 'c $'), lower case, with
 * whether they must touch the sign: 'A$' and 'S$' must, because 'a $20 million grant' is no
 * Australian money.
 */
export const DOLLAR_QUALIFIERS: ReadonlyMap<string, { readonly code: string; readonly attached: boolean }> = new Map(
  ([
    ['us', 'USD', false], ['u.s', 'USD', false], ['u.s.', 'USD', false], ['usd', 'USD', false],
    ['hk', 'HKD', false], ['hkd', 'HKD', false],
    ['a', 'AUD', true], ['au', 'AUD', true], ['aud', 'AUD', false],
    ['c', 'CAD', false], ['ca', 'CAD', true], ['can', 'CAD', true], ['cad', 'CAD', false],
    ['s', 'SGD', true], ['sg', 'SGD', true], ['sgd', 'SGD', false],
    ['nt', 'TWD', false], ['twd', 'TWD', false],
    ['nz', 'NZD', false], ['nzd', 'NZD', false],
    ['r', 'BRL', true], ['mx', 'MXN', true], ['mex', 'MXN', true],
  ] as const).map(([w, code, attached]) => [w, { code, attached }]),
);

/** Words written right before '¥' that say which: 'RMB¥', 'CN¥', 'JP¥'. */
export const YEN_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['rmb', 'CNY'], ['cn', 'CNY'], ['cny', 'CNY'], ['jp', 'JPY'], ['jpy', 'JPY'],
]);

/**
 * Prefix abbreviations that are not ISO codes: 'Rs 500 crore', 'RM2 billion', 'R350 million'.
 * `attached` ones must touch the digits, because alone they are ordinary letters.
 */
export const PREFIX_WORDS: ReadonlyMap<string, { readonly code: string; readonly attached: boolean; readonly caseSensitive: boolean }> = new Map([
  ['rs', { code: 'INR', attached: false, caseSensitive: false }],
  ['rp', { code: 'IDR', attached: false, caseSensitive: false }],
  ['RM', { code: 'MYR', attached: false, caseSensitive: true }],
  ['R', { code: 'ZAR', attached: true, caseSensitive: true }],
  ['sfr', { code: 'CHF', attached: false, caseSensitive: false }],
  ['Fr', { code: 'CHF', attached: true, caseSensitive: true }],
  ['Tk', { code: 'BDT', attached: false, caseSensitive: true }],
  ['Dh', { code: 'AED', attached: false, caseSensitive: true }],
  ['Dhs', { code: 'AED', attached: false, caseSensitive: true }],
  ['KSh', { code: 'KES', attached: false, caseSensitive: true }],
  ['Ksh', { code: 'KES', attached: false, caseSensitive: true }],
  // 'Sh150 million' (Kenya), 'TSh 2 billion', 'USh 5 billion', 'N8.2 billion' (naira, as Nigerian
  // papers write it); attached ones need a magnitude or grouped digits, so 'N95' is no money.
  ['Sh', { code: 'KES', attached: true, caseSensitive: true }],
  ['TSh', { code: 'TZS', attached: false, caseSensitive: true }],
  ['USh', { code: 'UGX', attached: false, caseSensitive: true }],
  ['N', { code: 'NGN', attached: true, caseSensitive: true }],
  ['Bt', { code: 'THB', attached: false, caseSensitive: true }],
  ['SR', { code: 'SAR', attached: false, caseSensitive: true }],
  ['QR', { code: 'QAR', attached: false, caseSensitive: true }],
  ['Ps', { code: 'MXN', attached: true, caseSensitive: true }],
]);

/**
 * Currency names written after the amount, lower case, words joined by single spaces
 * (hyphens and abbreviation dots as the tokenizer keeps them). Longest match wins.
 */
const NAMES: ReadonlyArray<readonly [string, string, (1 | 2)?, number?]> = [
  ['dollar', DOLLAR, 1], ['dollars', DOLLAR, 1], ['bucks', DOLLAR, 1],
  ['us dollar', 'USD'], ['us dollars', 'USD'], ['u.s. dollar', 'USD'], ['u.s. dollars', 'USD'], ['u.s dollars', 'USD'],
  ['american dollars', 'USD'], ['united states dollars', 'USD'],
  ['hong kong dollar', 'HKD'], ['hong kong dollars', 'HKD'], ['hk dollars', 'HKD'],
  ['australian dollar', 'AUD'], ['australian dollars', 'AUD'], ['aussie dollars', 'AUD'],
  ['canadian dollar', 'CAD'], ['canadian dollars', 'CAD'],
  ['singapore dollar', 'SGD'], ['singapore dollars', 'SGD'], ['singaporean dollars', 'SGD'],
  ['taiwan dollar', 'TWD'], ['taiwan dollars', 'TWD'], ['new taiwan dollar', 'TWD'], ['new taiwan dollars', 'TWD'],
  ['taiwanese dollars', 'TWD'], ['nt dollars', 'TWD'],
  ['new zealand dollar', 'NZD'], ['new zealand dollars', 'NZD'], ['nz dollars', 'NZD'],
  ['yuan', 'CNY'], ['chinese yuan', 'CNY'], ['renminbi', 'CNY'], ['yuan renminbi', 'CNY'], ['rmb yuan', 'CNY'], ['kuai', 'CNY'],
  ['euro', 'EUR'], ['euros', 'EUR'],
  ['pound', 'GBP'], ['pounds', 'GBP'], ['quid', 'GBP'], ['pounds sterling', 'GBP'], ['sterling', 'GBP'], ['british pounds', 'GBP'], ['british pound', 'GBP'],
  ['yen', 'JPY'], ['japanese yen', 'JPY'],
  ['rupee', 'RUPEE'], ['rupees', 'RUPEE'], ['indian rupees', 'INR'], ['pakistani rupees', 'PKR'], ['sri lankan rupees', 'LKR'],
  ['nepalese rupees', 'NPR'],
  ['won', 'KRW'], ['korean won', 'KRW'], ['south korean won', 'KRW'],
  ['ruble', 'RUB'], ['rubles', 'RUB'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['russian rubles', 'RUB'], ['russian roubles', 'RUB'],
  ['reais', 'BRL'], ['brazilian reais', 'BRL'], ['brazilian real', 'BRL'], ['brazilian reals', 'BRL'],
  ['peso', 'PESO'], ['pesos', 'PESO'], ['mexican pesos', 'MXN'], ['philippine pesos', 'PHP'], ['argentine pesos', 'ARS'],
  ['chilean pesos', 'CLP'], ['colombian pesos', 'COP'],
  ['franc', 'CHF'], ['francs', 'CHF'], ['swiss francs', 'CHF'], ['swiss franc', 'CHF'], ['french francs', 'FRF'],
  ['ringgit', 'MYR'], ['baht', 'THB'], ['rupiah', 'IDR'], ['dong', 'VND'],
  ['lira', 'TRY'], ['turkish lira', 'TRY'], ['liras', 'TRY'], ['lire', 'ITL'], ['italian lire', 'ITL'],
  ['rand', 'ZAR'], ['naira', 'NGN'], ['shekel', 'ILS'], ['shekels', 'ILS'], ['new shekels', 'ILS'],
  ['dirham', 'AED'], ['dirhams', 'AED'], ['riyal', 'SAR'], ['riyals', 'SAR'], ['saudi riyals', 'SAR'],
  ['krona', 'SEK'], ['kronor', 'SEK'], ['swedish kronor', 'SEK'], ['swedish crowns', 'SEK'],
  ['krone', 'KRONE'], ['kroner', 'KRONE'], ['norwegian kroner', 'NOK'], ['danish kroner', 'DKK'],
  ['zloty', 'PLN'], ['zlotys', 'PLN'], ['forint', 'HUF'], ['forints', 'HUF'], ['koruna', 'CZK'], ['korunas', 'CZK'],
  ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['shilling', 'SHILLING'], ['shillings', 'SHILLING'], ['ugandan shillings', 'UGX'], ['tanzanian shillings', 'TZS'], ['kenyan shillings', 'KES'], ['taka', 'BDT'],
  ['egyptian pounds', 'EGP'], ['tenge', 'KZT'], ['dinar', 'DINAR'], ['dinars', 'DINAR'], ['kuwaiti dinars', 'KWD'],
  ['jordanian dinars', 'JOD'], ['bahraini dinars', 'BHD'], ['iraqi dinars', 'IQD'], ['tunisian dinars', 'TND'], ['algerian dinars', 'DZD'], ['serbian dinars', 'RSD'],
  ['qatari riyals', 'QAR'], ['omani rials', 'OMR'], ['nigerian naira', 'NGN'], ['cedi', 'GHS'], ['cedis', 'GHS'], ['ghanaian cedis', 'GHS'],
  ['moroccan dirhams', 'MAD'], ['emirati dirhams', 'AED'], ['uae dirhams', 'AED'], ['south african rand', 'ZAR'], ['vietnamese dong', 'VND'],
  ['thai baht', 'THB'], ['malaysian ringgit', 'MYR'], ['indonesian rupiah', 'IDR'], ['soles', 'PEN'], ['peruvian soles', 'PEN'],
  ['polish zlotys', 'PLN'], ['czech korunas', 'CZK'], ['hungarian forints', 'HUF'], ['lei', 'RON'], ['romanian lei', 'RON'],
  ['kazakh tenge', 'KZT'], ['bangladeshi taka', 'BDT'], ['dominican pesos', 'DOP'], ['uruguayan pesos', 'UYU'], ['egyptian pound', 'EGP'],
  ['pesetas', 'ESP'], ['markka', 'FIM'], ['finnish markka', 'FIM'], ['guilders', 'NLG'], ['dutch guilders', 'NLG'],
  ['deutsche marks', 'DEM'], ['deutschmarks', 'DEM'], ['german marks', 'DEM'], ['escudos', 'PTE'], ['drachmas', 'GRD'],
  ['cent', DOLLAR, 1, 0.01], ['cents', DOLLAR, 1, 0.01], ['us cents', 'USD', 2, 0.01], ['euro cents', 'EUR', 2, 0.01],
  ['pence', 'GBP', 2, 0.01], ['penny', 'GBP', 2, 0.01], ['pennies', 'GBP', 2, 0.01],
];

/** Currency names by their lower-case words. */
export const CURRENCY_NAMES: ReadonlyMap<string, CurrencyMark> = new Map(
  NAMES.map(([name, code, strength, factor]) => [name, { code, strength: strength ?? 2, ...(factor ? { factor } : {}) }]),
);

/** The most words a currency name has. */
export const LONGEST_NAME = 3;

/** Words whose presence in a document makes a bare '¥' mean yuan rather than yen. */
export const YUAN_CONTEXT = /yuan|rmb|renminbi|cny|元/iu;

/** Lower-case words that may open a currency prefix (codes, 'US' of 'US$', 'Rs'), for a quick pre-check. */
export const CURRENCY_PREFIX_WORDS: readonly string[] = [
  ...CODES_ANY_CASE.map((c) => c.toLowerCase()),
  ...CODES_UPPER.map((c) => c.toLowerCase()),
  ...DOLLAR_QUALIFIERS.keys(),
  ...YEN_QUALIFIERS.keys(),
  ...[...PREFIX_WORDS.keys()].map((w) => w.toLowerCase()),
  // 'E£' (Egyptian pounds)
  'e',
];
