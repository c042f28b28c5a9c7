/** Legal-form words at the end of a company name; dropped when names are compared. */
export const LEGAL_SUFFIXES = new Set([
  'co', 'ltd', 'limited', 'inc', 'incorporated', 'corp', 'corporation', 'llc', 'plc', 'ag', 'sa', 'gmbh', 'nv', 'bv',
  'group', 'holdings', 'holding', 'company',
  // legal forms elsewhere: Vietnamese and Russian joint-stock companies, Italian, Swedish, Malaysian, Indonesian ...
  'jsc', 'pjsc', 'ojsc', 'spa', 'srl', 'sas', 'sarl', 'kg', 'kgaa', 'ab', 'asa', 'oyj', 'pty', 'bhd', 'berhad', 'tbk', 'ltda',
  'llp', 'lp',
]);

/** Head words that make a capitalized name an organization. */
export const ORG_HEADS = new Set([
  'bank', 'banks', 'group', 'technology', 'technologies', 'tech', 'holdings', 'holding', 'co', 'ltd', 'limited', 'inc', 'corp',
  'corporation', 'company', 'llc', 'plc', 'finance', 'financial', 'capital', 'ventures', 'partners', 'securities',
  'insurance', 'payment', 'payments', 'pay', 'digital', 'labs', 'mall', 'exchange', 'fund', 'bureau', 'commission',
  'ministry', 'agency', 'university', 'association', 'network', 'networks', 'media', 'electronics', 'electronic',
  'software', 'motors', 'airlines', 'services', 'systems', 'solutions', 'chain', 'trust', 'investment', 'investments',
  'industries', 'industry', 'enterprises', 'international', 'foundation', 'institute', 'council', 'authority',
  'administration', 'regulator', 'commerce', 'consumer', 'credit', 'lending', 'asset', 'management', 'energy',
  'pharmaceutical', 'pharma', 'telecom', 'communications', 'entertainment', 'games', 'studios', 'news', 'times', 'post',
  'daily', 'today', 'journal', 'reuters', 'court',
  // industries beyond finance: 'X Auto', 'X Robotics', 'X Airways'
  'auto', 'autos', 'motor', 'automotive', 'mobility', 'vehicles', 'cars', 'air', 'airline', 'airways', 'aviation', 'aerospace', 'robotics',
  'semiconductor', 'semiconductors', 'microelectronics', 'biotech', 'therapeutics', 'biosciences', 'pharmaceuticals',
  'healthcare', 'logistics', 'shipping', 'foods', 'beverages', 'retail', 'brands', 'power', 'solar', 'steel', 'mining',
  'chemicals', 'materials', 'devices', 'instruments', 'telecoms', 'wireless', 'properties', 'realty', 'construction',
  'engineering', 'hotels', 'resorts', 'apparel', 'textiles', 'batteries', 'battery',
]);

/** Words that name a kind of organization; 'the bank' prefers an entity with one of these. */
export const ORG_KIND_NOUNS = new Set([
  'company', 'firm', 'bank', 'lender', 'group', 'startup', 'start-up', 'venture', 'business', 'maker', 'giant', 'platform',
  'subsidiary', 'unit', 'insurer', 'brokerage', 'operator', 'entity', 'conglomerate', 'corporation', 'manufacturer',
  'regulator', 'exchange', 'fund', 'carrier', 'retailer', 'developer', 'provider', 'institution', 'automaker',
]);

/** Function words: capitalized only because they start a sentence or a heading. */
export const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those it its he she his her they their them we our us i you your my in on at by for from ' +
    'with of to as after before since until when while where which who whom whose what why how if though although however ' +
    'but and or nor so yet also still already then than thus therefore meanwhile moreover furthermore besides previously ' +
    'earlier later subsequently currently recently now today finally correspondingly similarly likewise instead indeed ' +
    'overall generally specifically notably according following amid among despite during under over into upon via per ' +
    'about against within without through there here some many most more much several each every all any both few other ' +
    'such no not only even just together once unlike details context resembling including excluding regarding ' +
    'concerning considering given compared backed inside outside beyond behind across toward towards alongside throughout'
  ).split(' '),
);

/** Capitalized words that start sentences but are never names on their own. */
export const STOP_WORDS = new Set(
  (
    'a an the this that these those it its he she his her they their them we our us i you your my me in on at by for ' +
    'from with of to as after before since until when while where which who whom whose what why how if though although ' +
    'however but and or nor so yet also still already then than thus therefore meanwhile moreover furthermore besides ' +
    'previously earlier later subsequently currently recently now today yesterday tomorrow first second third finally ' +
    'correspondingly similarly likewise instead indeed overall generally specifically notably according following ' +
    'amid among amongst despite during under over above below between into onto upon via per about against within ' +
    'without through throughout toward towards there here some many most more much several each every all any both ' +
    'few other another such no not only even just together based founded established resembling details context why ' +
    'in-depth analysts analyst sources source editor author image photo picture read see share follow like related ' +
    'as-of unlike once last next new old big large small major minor chinese american european english global ' +
    'online internet mobile digital financial economic political social local national international' +
    ' ceo cfo coo cto cio vp svp evp md chairman chairwoman president founder co-founder director manager chief' +
    ' revenue revenues sales profit profits earnings income losses loss shares stocks analysts investors customers users' +
    ' regulators officials sources prices costs growth demand exports imports lenders banks companies firms consumers' +
    ' employees staff executives experts critics rivals markets deals talks plans'
  ).split(' '),
);

/** Acronyms that are titles, units or jargon rather than names. */
export const NON_NAME_ACRONYMS = new Set(
  (
    'ceo cfo coo cto cio cmo vp svp evp md gm ipo gdp ai iot tv ev evs smb smbs sme smes p2p b2b b2c usd rmb cny hkd eur gbp ' +
    'jpy gmt utc am pm q1 q2 q3 q4 h1 h2 yoy mom api app apps faq pdf ok oh us uk eu un pc'
  ).split(' '),
);

/** Month and weekday names: never entity names, whatever their capital. */
export const CALENDAR_WORDS = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter'
  ).split(' '),
);

/** Words after which a capitalized name is a place ('based in X', 'X province'). */
export const PLACE_CUES_AFTER = new Set(['province', 'city', 'municipality', 'county', 'district', 'region', 'state', 'prefecture']);

/** Titles written before a name ('CEO Jane Doe'): not part of the name. */
export const TITLE_WORDS = new Set(
  'ceo cfo coo cto cio vp svp evp chairman chairwoman chairperson president founder co-founder cofounder director manager officer executive chief analyst professor senator minister governor spokesman spokeswoman'.split(' '),
);

/** Words that make a title of the title word after them ('Managing Director', 'Executive Officer'). */
export const TITLE_MODIFIERS = new Set('managing executive financial operating general deputy vice senior non-executive group country regional'.split(' '));

/** Currency words, capitalized in some house styles ('30,000 Yuan'). */
export const CURRENCY_WORDS = new Set('yuan renminbi rmb dollar dollars euro euros yen won rupee rupees rs inr pound pounds franc francs crore lakh'.split(' '));

/** Words that only say a name is a company ('Bank', 'Group', 'Inc'): 'Acme' is 'Acme Bank'. */
export const COMPANY_WORDS = new Set([...LEGAL_SUFFIXES, 'bank', 'technology', 'technologies', 'tech', 'inc', 'corp', 'ltd', 'co', 'plc', 'limited']);

/**
 * Common nouns that say what kind of business a name is ('carmaker', 'lender', 'chip designer'):
 * in 'Electric carmaker X' they end a descriptor before the name, and 'the carmaker' refers back
 * to the salient organization. Relational nouns ('unit', 'parent', 'rival') are left out: in
 * 'X unit Y' the word before is a name of its own.
 */
export const BUSINESS_NOUNS = new Set(
  (
    'company firm bank lender group startup start-up maker carmaker automaker chipmaker drugmaker phonemaker ' +
    'giant conglomerate retailer e-tailer insurer reinsurer airline carrier platform operator manufacturer developer ' +
    'designer provider producer supplier miner brokerage broker investor fund exchange marketplace network ' +
    'fintech bank-tech utility refiner shipper builder distributor wholesaler chain outlet publisher broadcaster ' +
    'telco automaker vendor app service consultancy agency studio'
  ).split(' '),
);

/** Business nouns that make 'the X' a reference to an organization (not 'the app', 'the service'). */
export const REFERRING_BUSINESS_NOUNS = new Set([...BUSINESS_NOUNS].filter((w) => !['app', 'service', 'network', 'exchange', 'fund', 'platform', 'chain', 'outlet', 'agency', 'utility', 'investor', 'broker', 'designer', 'developer', 'builder', 'vendor', 'carrier'].includes(w)));

/**
 * Lower-case words inside a person's name ('Pieter de Groot', 'Ludwig van Dijk', 'Layla al
 * Haddabi'); written capitalized, they also start a surname of several words ('Al Haddabi').
 */
export const PERSON_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'del', 'della', 'la', 'le', 'bin', 'binti', 'ben', 'al', 'el', 'abu']);

/**
 * Places of business a company has somewhere ('its plant in Oldenburg', 'offices in Poznan',
 * 'its hangar in Da Nang'), singular. One list for both readings of them: the town after 'plant
 * in' is a place (classify), and 'its plant in X, which opened in 2020' is the owner's opening
 * (events).
 */
export const PREMISES: readonly string[] = ['plant', 'factory', 'site', 'facility', 'office', 'headquarters', 'branch', 'mine', 'terminal', 'hub', 'warehouse', 'depot', 'hangar', 'campus', 'newsroom', 'studio', 'store', 'shop', 'hotel', 'mill', 'shipyard', 'farm', 'park'];

/** {@link PREMISES} and their plurals as one alternation for a regular expression. */
export const PREMISES_SOURCE = `(?:${PREMISES.flatMap((w) => (w.endsWith('s') ? [w] : [w, w.endsWith('y') ? `${w.slice(0, -1)}ies` : /(?:ch|sh)$/u.test(w) ? `${w}es` : `${w}s`])).join('|')})`;

/** Generic first words of company names, the name proper following ('Maison Vauterre', 'Grupo Roca'): the company is called by that last word alone. */
/** Geographic words that open a place's name with 'of' ('Cape of Good Hope', 'Gulf of Thailand', 'Isle of Man'). */
export const GEO_OF_HEADS: ReadonlySet<string> = new Set(['cape', 'gulf', 'bay', 'strait', 'straits', 'sea', 'isle', 'isles', 'lake', 'mount', 'horn']);

export const GENERIC_HEADS: ReadonlySet<string> = new Set(['maison', 'grupo', 'groupe', 'gruppo', 'casa', 'banco', 'banca', 'banque', 'compagnie', 'compania', 'compañía', 'cementos', 'industrias', 'editions', 'éditions', 'laboratoires', 'fondation', 'société', 'societe']);

/** One word shaped like a part of a person's name: 'Obi', "O'Neill", 'Adeyemi-Bankole'. */
export const PERSON_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;

/**
 * The word a company whose key has several words is called by alone: its first ('Kagayama' for
 * 'Kagayama Robotics'), or the second after a generic head ('Vauterre' for 'Maison Vauterre').
 */
export function shortFormWord(key: string): string {
  const space = key.indexOf(' ');
  const first = space < 0 ? key : key.slice(0, space);
  if (space < 0 || !GENERIC_HEADS.has(first) || key.indexOf(' ', space + 1) >= 0) return first;
  return key.slice(space + 1);
}
