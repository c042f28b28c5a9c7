import type { EntityType, Quantity, TimeValue } from '../types.js';
import { beforePublication, clauseAt, insideQuotes, scopeAt, DESCRIBED_BY, STAKE_TARGET_BEFORE, STAKE_TARGET_LOOK, subjectBefore, timeFor, type ClaimDraft, type SentenceContext, type SentenceMention } from './context.js';
import { attributionOf, modalityOf } from './modality.js';
import { attributionSpeaker, byAgent } from './events.js';
import { dealParties } from './deal-parties.js';
import { triggerGate, triggerKeys, type TriggerKeys } from './trigger-gate.js';
import { PREDICATES } from './vocabulary.js';

const DEAL_NOUN = /^\s*(?:[\p{L}-]+\s+)?(?:acquisition|purchase|takeover|buyout|deal) (?:of|for)\b/iu;

/** How a figure's neighbourhood names what it measures. Checked in order; the first that fits wins. */
interface Measure {
  readonly predicate: string;
  readonly kinds: readonly Quantity['kind'][];
  /** Matched against the words just before the figure (the clause up to it). */
  readonly before?: RegExp;
  /** Matched against the words just after the figure. */
  readonly after?: RegExp;
  /** A figure over a period (revenue) rather than a state at a moment (stake). */
  readonly flow?: boolean;
  /** Words one of which every match of `before` contains, to skip it at once (see {@link triggerGate}). */
  readonly beforeKeys?: TriggerKeys;
  /** Words one of which every match of `after` contains. */
  readonly afterKeys?: TriggerKeys;
}

// '$20 million seed round', 'its $15 million Series A' (a lettered series names a round without the word).
const ROUND_AFTER = /^\s+(?:(?:(?:pre-)?series [a-h](?:[-+]?\d)?|seed|angel|funding|financing|fundraising|venture|investment|equity)\s+rounds?\b|(?:pre-)?series [a-h](?:[-+]?\d)?\b)/iu;
// '... round that X closed': the company that raised it, named in the relative clause.
const ROUND_BY = /^\s+(?:(?:pre-)?series [a-h](?:[-+]?\d)?|seed|angel|funding|financing|fundraising|venture|investment|equity)\s+rounds?,?\s+(?:that|which)\s+$/iu;
const RAISED_AFTER = /^\s+(?:(?:had|has|have)\s+)?(?:closed|raised|completed|secured|announced|landed)\b/iu;

// 'has fined X R$2.4 million', 'has fined X, a farm lender, R$2.4 million'.
const FINED_NAME = /\b(?:fined|penalized|penalised)\s+(?:[\p{Ll}-]+\s+){0,3}(?:\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+|(?=,))){1,5}(?:,[^,;.]{3,80},\s+)?(?:(?:a|an|about|around|nearly|over|some|roughly)\s+)?$/u;

const THRESHOLD_BEFORE = /\b(?:once|if|until|unless|when|before)\s+(?:[\p{L}-]+\s+){0,3}(?:pass(?:es)?|exceeds?|reach(?:es)?|hits?|tops?|cross(?:es)?|surpass(?:es)?)\s+(?:(?:about|around|over|some|roughly)\s+)?$/iu;
const JOINED_FIGURE = /^(?: (?:of|in|on|from) [^,;()$€£¥\d]{1,40}?)? and (?:an? |another )?$/u;
const HOLDS_BEFORE = /\b(?:owns?|owned|holds?|held|controls?|controlled)\s+(?:(?:a|an|about|around|nearly|over|some|roughly)\s*)?$/iu;
const OWN_STAKE_TO = /\b(?:its|their|his|her)\s+(?:stake|holding|shareholding|interest)\s+(?:to|at)\s+(?:(?:about|around|nearly|just|almost)\s+)?$/iu;

const MARKET_PRICE_BEFORE = /\b(?:closing|share|stock|market|target|trading|strike|exercise|average|selling|list)\s+price\s+of\s+(?:(?:a|about|around|nearly|over|some)\s+)?$/iu;
const PER_SHARE = /^\s*(?:\([^()]{1,40}\)\s*)?(?:a|per|for each|for every|each)\s+(?:\p{Lu}[\p{L}.&-]*\s+){0,3}(?:ordinary\s+|common\s+|class [ab]\s+)?shares?\b/u;
const CAPACITY_BEFORE = /\bcapacity\s+(?:of\s+|to\s+|at\s+)?(?:(?:about|around|nearly|some|roughly|up to)\s+)?$/iu;
const CAPACITY_AFTER = /^\s+of\s+(?:\p{Ll}+\s+)?capacity\b/iu;
const INCREMENT_BEFORE = /\b(?:add|adds|adding|added|another|additional|extra|next|further|more)\s+(?:(?:about|around|nearly|some|roughly|up to)\s+)?$/iu;
// '$250m syndicated loan', '€300m term loan facility': the figure is a loan's size.
const LOAN_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:loans?|credit facilit(?:y|ies))\b/iu;
// 'provided a $250m loan to X', 'X lent ...': the lender's side of a loan, not money raised.
const LENDER_VERB = /\b(?:provided|provides|extended|extends|granted|grants|lent|lends|offered|offers|arranged|arranges|underwrote|underwrites|gave|gives)\s+(?:(?:a|an|the|its|their)\s+)?$/iu;
const BOND_AFTER = /^\s+(?:of|in|worth of)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?(?:bonds?|notes|debentures|sukuk)\b/iu;

const MEASURES: readonly Measure[] = [
  { predicate: 'market-share', kinds: ['percent'], after: /^\s*(?:of the (?:\w+ ){0,3}market|market share|share of the (?:\w+ ){0,3}market)\b/iu, afterKeys: triggerKeys('market') },
  { predicate: 'market-share', kinds: ['percent'], before: /\bmarket share\b[^.;]{0,25}$/iu, beforeKeys: triggerKeys('market share') },
  { predicate: 'stake', kinds: ['percent'], after: /^\s*(?:,\s*)?(?:stake|equity|of the (?:shares|equity|stake)|shareholding|interest|ownership|of (?:its|the company['’]s) shares)\b/iu, afterKeys: triggerKeys('stake', 'equity', 'share', 'interest', 'ownership') },
  { predicate: 'stake', kinds: ['percent'], before: HOLDS_BEFORE, beforeKeys: triggerKeys('own', 'hold', 'held', 'control') },
  { predicate: 'stake', kinds: ['percent'], after: /^-?\s*(?:owned|held|controlled) by\b/iu, afterKeys: triggerKeys('owned', 'held', 'controlled') },
  { predicate: 'stake', kinds: ['percent'], before: /\bstake (?:in|of)\b[^.;]{1,60}\b(?:to|from|at)\s+(?:(?:about|around|below|above|nearly|just)\s+)?$/iu, beforeKeys: triggerKeys('stake') },
  // 'raised its holding in the company to 30 percent'
  { predicate: 'stake', kinds: ['percent'], before: /\b(?:its|their|a|the) (?:holding|shareholding|interest) (?:in|of)\b[^.;]{1,60}\b(?:to|from|at)\s+(?:(?:about|around|below|above|nearly|just)\s+)?$/iu, beforeKeys: triggerKeys('holding', 'interest') },
  // 'raised its holding to 80 percent', 'cut its stake to 5%': the company held is the one the text is about.
  { predicate: 'stake', kinds: ['percent'], before: OWN_STAKE_TO, beforeKeys: triggerKeys('stake', 'holding', 'interest') },
  { predicate: 'registered-capital', kinds: ['money'], before: /\bregistered (?:capital|assets?)\b[^.;]{0,40}$/iu, beforeKeys: triggerKeys('registered') },
  { predicate: 'loss', kinds: ['money'], before: /\b(?:net loss|loss|losses|lost|loss-making)\b[^.;]{0,30}$/iu, flow: true, beforeKeys: triggerKeys('los') },
  { predicate: 'profit', kinds: ['money'], before: /\b(?:net profit|profit|profits|net income|earnings|earned)\b[^.;]{0,30}$/iu, flow: true, beforeKeys: triggerKeys('profit', 'net income', 'earn') },
  { predicate: 'revenue', kinds: ['money'], before: /\b(?:revenue|revenues|sales|turnover)\b[^.;]{0,60}$/iu, flow: true, beforeKeys: triggerKeys('revenue', 'sales', 'turnover') },
  // 'Revenue rose 31 percent to X, or around $Y, from Z in 2022': the level it rose from.
  { predicate: 'revenue', kinds: ['money'], before: /\b(?:revenue|revenues|sales|turnover)\b[^.;]{1,120}\bfrom\s+$/iu, flow: true, beforeKeys: triggerKeys('revenue', 'sales', 'turnover') },
  // '2,400 yen (about 22,800 won) for each Kagayama share', 'paid 2,600 yen a share', 'priced at 2,400 yen per share'.
  { predicate: 'share-price', kinds: ['money'], after: PER_SHARE, afterKeys: triggerKeys('share') },
  { predicate: 'valuation', kinds: ['money'], before: /\b(?:valued at|valuation of|valuation)\b[^.;]{0,20}$/iu, beforeKeys: triggerKeys('valu') },
  { predicate: 'valuation', kinds: ['money'], before: /\bvalu(?:es|ed|ing)\b[^.;]{1,40}\bat\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$/iu, beforeKeys: triggerKeys('valu') },
  { predicate: 'price', kinds: ['money'], before: /\b(?:consideration of|price of|paid|pays|paying|deal worth|deal valued at|for a total of|sold for|bought for|acquired for)\s+(?:a\s+|about\s+|around\s+|nearly\s+|over\s+|some\s+)?$/iu, flow: true, beforeKeys: triggerKeys('consideration of', 'price of', 'paid', 'pays', 'paying', 'deal worth', 'deal valued at', 'for a total of', 'sold for', 'bought for', 'acquired for') },
  { predicate: 'price', kinds: ['money'], before: /\b(?:acquired|acquires|acquire|bought|buys|buy|purchased|purchases|purchase|sold|sells|sell|took over|take over)\b(?:[^.;]|\.(?=\p{L})){1,160}\bfor\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$/iu, flow: true, beforeKeys: triggerKeys('acquir', 'bought', 'buy', 'purchase', 'sold', 'sell', 'took over', 'take over') },
  // "A's $2 billion acquisition of B", 'the $800 million deal for B': only with a company named after it.
  { predicate: 'price', kinds: ['money'], after: DEAL_NOUN, flow: true, afterKeys: triggerKeys('acquisition', 'purchase', 'takeover', 'buyout', 'deal') },
  { predicate: 'amount-raised', kinds: ['money'], before: /\b(?:raised|raises|raising|funding of|financing of|round of|backed by|investment of|injection of|secured)\s+(?:(?:a|an|about|around|nearly|over|some|roughly)\s*)?(?:the equivalent of\s+(?:(?:about|around|nearly|some|roughly)\s+)?)?$/iu, flow: true, beforeKeys: triggerKeys('raised', 'raises', 'raising', 'funding of', 'financing of', 'round of', 'backed by', 'investment of', 'injection of', 'secured') },
  // 'an initial public offering of up to ₹4,500 crore': money to be raised by a listing.
  { predicate: 'amount-raised', kinds: ['money'], before: /\b(?:initial public offering|ipo|share sale|rights issue|follow-on offering)\s+(?:of|worth)\s+(?:(?:up to|about|around|nearly|some|roughly)\s+)?$/iu, flow: true, beforeKeys: triggerKeys('initial public offering', 'ipo', 'share sale', 'rights issue', 'follow-on offering') },
  // 'sold $250 million of seven-year green bonds', 'issued €500m in notes': money raised by a bond sale.
  { predicate: 'amount-raised', kinds: ['money'], before: /\b(?:sold|sells|selling|issued|issues|issuing|priced|placed)\s+(?:(?:about|around|nearly|some|roughly)\s+)?$/iu, after: BOND_AFTER, flow: true, beforeKeys: triggerKeys('sold', 'sell', 'issu', 'priced', 'placed'), afterKeys: triggerKeys('bond', 'note', 'debenture', 'sukuk') },
  // 'a MXN 7bn local bond', 'its $500 million green bond': money raised by a bond named with its size.
  { predicate: 'amount-raised', kinds: ['money'], before: /\b(?:a|an|its|their)\s+$/iu, after: /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:bond|bonds|notes|sukuk|debentures?)\b/iu, flow: true, beforeKeys: triggerKeys('a', 'its', 'their'), afterKeys: triggerKeys('bond', 'note', 'sukuk', 'debenture') },
  // 'peso bonds worth about $350 million'
  { predicate: 'amount-raised', kinds: ['money'], before: /\b(?:bonds?|notes|sukuk|debentures?)\s+worth\s+(?:(?:about|around|nearly|some|roughly)\s+)?$/iu, flow: true, beforeKeys: triggerKeys('bond', 'note', 'sukuk', 'debenture') },
  // 'a 2019 funding round that brought in roughly $10.5 million': what a round or an offering brought in.
  { predicate: 'amount-raised', kinds: ['money'], before: /\b(?:round|funding|financing|offering|ipo|listing|flotation|placement)\b[^.;]{1,40}\b(?:brought in|brings in|netted|nets|generated|generates)\s+(?:(?:about|around|nearly|over|some|roughly)\s+)?(?:the equivalent of\s+)?$/iu, flow: true, beforeKeys: triggerKeys('brought in', 'brings in', 'netted', 'nets', 'generated', 'generates') },
  // "the chain's 21.5 billion rupee ($258 million) initial public offering": an offering named with its size.
  { predicate: 'amount-raised', kinds: ['money'], after: /^\s*(?:\([^()]{1,40}\)\s*)?(?:initial public offering|ipo)\b/iu, flow: true, afterKeys: triggerKeys('initial public offering', 'ipo') },
  // 'has signed a $250m syndicated loan', 'the $250 million loan it took in 2020': money borrowed.
  { predicate: 'amount-raised', kinds: ['money'], before: /\b(?:a|an|its|their|the)\s+$/iu, after: LOAN_AFTER, flow: true, beforeKeys: triggerKeys('a', 'its', 'their', 'the'), afterKeys: triggerKeys('loan', 'credit facilit') },
  // 'the €90 million Series B round that X closed', 'its $20 million seed round'.
  { predicate: 'amount-raised', kinds: ['money'], after: ROUND_AFTER, flow: true, afterKeys: triggerKeys('round', 'series') },
  { predicate: 'loan-limit', kinds: ['money'], before: /\b(?:loans?|credit|borrow)[^.;]{1,40}\b(?:up to|as much as|maximum of|at most|limit of|no more than|capped at)\s+(?:an?\s+)?$/iu, beforeKeys: triggerKeys('up to', 'as much as', 'maximum of', 'at most', 'limit of', 'no more than', 'capped at') },
  { predicate: 'loan-limit', kinds: ['money'], before: /\b(?:up to|as much as|maximum of|at most|limit of|no more than|capped at)\s+$/iu, after: /^[^.;]{0,30}\b(?:loans?|credit)\b/iu, beforeKeys: triggerKeys('up to', 'as much as', 'maximum of', 'at most', 'limit of', 'no more than', 'capped at'), afterKeys: triggerKeys('loan', 'credit') },
  { predicate: 'loans-issued', kinds: ['money'], after: /^\s*(?:\([^)]{0,30}\)\s*)?(?:in |of |worth of )?(?:loans|lending|credit)\b/iu, flow: true, afterKeys: triggerKeys('loans', 'lending', 'credit') },
  { predicate: 'loans-issued', kinds: ['money'], before: /\b(?:lent|disbursed?|disbursing|issued loans of|loans of|lending of|extended loans of|loan balance of)\s+(?:(?:about|around|nearly|over|upwards of|some)\s*)?$/iu, flow: true, beforeKeys: triggerKeys('lent', 'disburs', 'issued loans of', 'loans of', 'lending of', 'extended loans of', 'loan balance of') },
  { predicate: 'fine', kinds: ['money'], before: /\b(?:fined|penalized|penalised|fine of|penalty of|penalties of|fines of|fined it|fined the company)(?:\s+(?:a|an|about|around|nearly|over|some|roughly|a record))?\s*$/iu, beforeKeys: triggerKeys('fine', 'penali', 'penalty of', 'penalties of') },
  // 'has fined Upeo Networks KSh 45 million': the company fined named between the verb and the sum.
  { predicate: 'fine', kinds: ['money'], before: FINED_NAME, beforeKeys: triggerKeys('fined', 'penali') },
  { predicate: 'assets', kinds: ['money'], before: /\b(?:total assets|assets under management|assets of|asset size of|AUM of)\b[^.;]{0,20}$/iu, beforeKeys: triggerKeys('total assets', 'assets under management', 'assets of', 'asset size of', 'aum of') },
  { predicate: 'deposits', kinds: ['money'], before: /\bdeposits\b[^.;]{0,20}$/iu, beforeKeys: triggerKeys('deposits') },
  { predicate: 'deposits', kinds: ['money'], after: /^\s*(?:\([^)]{0,30}\)\s*)?(?:in |of )?(?:customer )?deposits\b/iu, afterKeys: triggerKeys('deposits') },
  { predicate: 'debt', kinds: ['money'], before: /\b(?:debts?|liabilities|borrowings)\b[^.;]{0,25}$/iu, beforeKeys: triggerKeys('debt', 'liabilities', 'borrowings') },
  { predicate: 'transaction-volume', kinds: ['money'], before: /\b(?:transaction volume|payment volume|gross merchandise (?:value|volume)|GMV|turnover of transactions)\b[^.;]{0,30}$/iu, flow: true, beforeKeys: triggerKeys('transaction volume', 'payment volume', 'gross merchandise', 'gmv', 'turnover of transactions') },
  { predicate: 'investment', kinds: ['money'], before: /\b(?:invested|invests|investing|to invest|will invest|investment of|pledged|committed|spending|spent|to spend|will spend)(?:\s+(?:a|an|about|around|nearly|over|some|roughly|another|a further))?\s*$/iu, flow: true, beforeKeys: triggerKeys('invest', 'pledged', 'committed', 'spen') },
  { predicate: 'employees', kinds: ['count'], after: /^\s*(?:[\p{Ll}-]+\s+){0,2}(?:employees|staff|workers|people|jobs)\b/iu, afterKeys: triggerKeys('employees', 'staff', 'workers', 'people', 'jobs') },
  { predicate: 'users', kinds: ['count'], after: /^\s*(?:[\p{Ll}-]+\s+){0,2}(?:users|customers|subscribers|accounts|clients|members)\b/iu, afterKeys: triggerKeys('users', 'customers', 'subscribers', 'accounts', 'clients', 'members') },
];

/** The measures' patterns with their gate keys, for tests that check the keys. */
export const MEASURE_TRIGGERS: readonly { readonly pattern: RegExp; readonly keys: TriggerKeys }[] = MEASURES.flatMap((m) => [
  ...(m.before && m.beforeKeys ? [{ pattern: m.before, keys: m.beforeKeys }] : []),
  ...(m.after && m.afterKeys ? [{ pattern: m.after, keys: m.afterKeys }] : []),
]);

// A state the text puts before now: 'held 30% before the deal', 'previously owned', 'used to hold'.
// A past verb alone is not enough: reported speech backshifts ('said it held 30%').
const PAST_STATE = /\b(?:held|owned|controlled)\b/iu;
const PAST_MARK = /\b(?:before|previously|formerly|until|prior to|at the time|once|had (?:held|owned|controlled))\b|\bused to (?:own|hold|control)\b/iu;
// A figure that states a change, not a level: 'down 43%', 'decreased by 0.9%'.
const CHANGE_BEFORE = /\b(?:by|down|up|rose|fell|grew|gained|dropped|declined|increased|decreased|jumped|slid|plunged|surged)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$/iu;
const CHANGE_AFTER = /^\s*(?:year-on-year|yoy|year over year|quarter-on-quarter|month-on-month|increase|decrease|growth|rise|drop|decline)\b/iu;
const PREVIOUS_LEVEL = /\bto\s+(?:about\s+|around\s+|nearly\s+|just\s+)?[\d.,]+\s*(?:%|per ?cent)(?:\s+\p{L}+){0,4}\s+from\s+$/iu;
// 'a stake in X', 'shares of the lender X', 'its holding in Brazilian farm lender X': what is held,
// named after a few words that describe it (a nationality, then lower-case words).
const STAKE_IN_BEFORE = /\b(?:stake|shareholder|shares|interest|holding) (?:in|of)\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+(?:an|ese|ish|i)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;
const MORE_OF_BEFORE = /\b(?:a further|an additional|an extra|another|options? (?:on|for)(?: a further| another)?|(?:purchase )?rights (?:on|to buy))\s+(?:up to\s+)?$/iu;

// A conversion in brackets: '3 billion RMB (around $432 million)'.
const EQUIVALENT_BEFORE = /\(\s*(?:(?:around|about|roughly|approximately|approx\.|nearly|some|or|~|≈)\s*)?$/iu;

/** Attribute claims of one sentence: figures with what they measure, whose they are, and when. */
export function attributeClaims(ctx: SentenceContext): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  const listed = respectively(ctx);
  out.push(...listed.claims);
  let lastMeasured: { q: Quantity; measure: Measure; clause: number; round?: string | undefined } | undefined;
  for (const q of ctx.quantities) {
    if (!q.span || listed.used.has(q)) continue;
    const clause = clauseAt(ctx, q.span.start);
    const before = ctx.text.slice(clause.start, q.span.start);
    const after = ctx.text.slice(q.span.end, Math.min(clause.end, q.span.end + 60));
    if (EQUIVALENT_BEFORE.test(before)) continue;
    if (CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(after)) continue;
    // Most measures' words are not near the figure: their patterns, which scan the whole clause
    // before it, run only where their keys are.
    const mayBefore = triggerGate(before);
    const mayAfter = triggerGate(after);
    const own = MEASURES.find(
      (m) =>
        m.kinds.includes(q.kind) &&
        (!m.before || ((!m.beforeKeys || mayBefore(m.beforeKeys)) && m.before.test(before))) &&
        (!m.after || ((!m.afterKeys || mayAfter(m.afterKeys)) && m.after.test(after))),
    );
    // 'raised 3 billion pesos in the local market and US$250 million abroad': a sum joined by
    // 'and' to one just measured, in the same clause, is measured alike.
    const joined = !own && q.kind === 'money' && lastMeasured?.q.kind === 'money' && lastMeasured.q.span && lastMeasured.clause === clause.start && JOINED_FIGURE.test(ctx.text.slice(lastMeasured.q.span.end, q.span.start)) ? lastMeasured.measure : undefined;
    const measure = own ?? joined;
    const joinedRound = joined ? lastMeasured?.round : undefined;
    if (measure) lastMeasured = { q, measure, clause: clause.start };
    let predicate = measure?.predicate;
    let qualifier: string | undefined;
    // 'raised its stake to 22% from 15%': the level it was, at no stated time, is no claim.
    if (q.kind === 'percent' && PREVIOUS_LEVEL.test(before)) continue;
    // "the Tokyo-listed company's closing price of 1,739 yen": a market's price, not a deal's.
    if (measure?.predicate === 'price' && MARKET_PRICE_BEFORE.test(before)) continue;
    // 'rights on a further 10 aircraft', 'hire another 200 staff': more of it, not how many there are.
    if (q.kind === 'count' && MORE_OF_BEFORE.test(before)) continue;
    if (!predicate && q.kind === 'count' && q.noun && /\b(?:users|customers|subscribers|accounts|clients|members)$/iu.test(q.noun)) predicate = 'users';
    if (!predicate && q.kind === 'count' && q.noun && /\b(?:employees|staff|workers)$/iu.test(q.noun)) predicate = 'employees';
    if (!predicate && q.kind === 'count' && q.noun && /\b(?:people|persons)$/iu.test(q.noun) && /\b(?:employs|employed|employing|workforce|headcount|staff)\b/iu.test(before)) predicate = 'employees';
    // Small spelled-out numbers ('two products', 'five core strategies') are rarely facts worth checking.
    // '320 MW', '2.5 million TEU': an article gives several (a farm, its expansion, a pipeline of
    // projects), so only one it calls a capacity is claimed ('N MW of installed capacity').
    if (!predicate && q.kind === 'count' && q.unit !== 'count' && !(CAPACITY_BEFORE.test(before) || CAPACITY_AFTER.test(after))) continue;
    // 'would add 900 beds', 'the next 900 beds', '1,200 new towers': an increment, not how many there are.
    if (!predicate && q.kind === 'count' && (INCREMENT_BEFORE.test(before) || /^(?:new|more|additional|extra)\s/iu.test(q.noun ?? ''))) continue;
    // 'once the chain passes 80 hotels', 'if it reaches 1 million users': a threshold, not a count.
    if (q.kind === 'count' && THRESHOLD_BEFORE.test(before)) continue;
    if (!predicate && q.kind === 'count' && q.noun && (q.value >= 10 || /\d/u.test(q.span.text))) {
      predicate = 'count';
      qualifier = countNoun(q.noun);
    }
    if (!predicate) continue;
    const clauseText = ctx.text.slice(clause.start, clause.end);
    let subject: SentenceMention | undefined;
    if (predicate === 'stake') {
      const figureAt = q.span.start;
      // 'cut its stake in X to 5%': the company named before the figure.
      const owned = /^-?\s*(?:owned|held|controlled) by\b/iu.test(ctx.text.slice(q.span.end, q.span.end + 16));
      // 'X, in which Y holds 20%': X, the name before 'in which'.
      const inWhich = /,\s+(?:in|of) which\b/iu.exec(ctx.text.slice(ctx.sentence.start, figureAt));
      const inWhichAt = inWhich ? ctx.sentence.start + inWhich.index : -1;
      const held = owned
        ? subjectBefore(ctx, clause, figureAt, ['organization'])
        : (heldCompany(ctx, q.span.end, clause.end) ??
          // 'cut its stake in X to 5%', 'the largest shareholder of X with a 30% stake'
          ctx.mentions.find((m) => m.start >= clause.start && m.end <= figureAt && m.type === 'organization' && !m.place && STAKE_IN_BEFORE.test(ctx.text.slice(Math.max(clause.start, m.start - 60), m.start))) ??
          (inWhich ? [...ctx.mentions].reverse().find((m) => m.end <= inWhichAt && inWhichAt - m.end <= 2 && m.type === 'organization') : undefined) ??
          // "X's largest shareholder is the Y fund, which holds a 12% stake": the stake is in X.
          ctx.mentions.find((m) => m.start >= ctx.sentence.start && m.end <= figureAt && m.possessive && m.type === 'organization' && !m.place && SHAREHOLDER_OF.test(ctx.text.slice(m.end, m.end + 50))));
      // '51%-owned by Y': Y holds it.
      const holder = owned ? byAgent(ctx, q.span.end, clause.end) : inWhich ? ctx.mentions.find((m) => m.start > inWhichAt && m.end <= figureAt && !m.place && m.type === 'organization') : subjectBefore(ctx, clause, q.span.start);
      if (!holder) continue;
      // 'X, which bought into Y in 2022, raised its holding to 80 percent': the company named with
      // the stake earlier in the sentence, else the one the text is about.
      const own = !held && measure?.before === OWN_STAKE_TO;
      // 'X, which paid N for a 31 per cent stake in June last year': a stake in no company named
      // is in the one named so before, or the one the text is about most.
      // 'the Munich insurer that holds 51 per cent', 'now holds 45 per cent after ...': so is a share
      // held with no 'of X' after it.
      const bareHolding = measure?.before === HOLDS_BEFORE && !/^\s*(?:of|in)\b/u.test(ctx.text.slice(q.span.end, q.span.end + 4));
      const unnamed = !held && !own && !owned && !inWhich && ((/^\s*stake\b/iu.test(ctx.text.slice(q.span.end, q.span.end + 7)) && /\b(?:a|an)\s+$/iu.test(ctx.text.slice(Math.max(ctx.sentence.start, figureAt - 4), figureAt))) || bareHolding);
      const heldHere = own || unnamed ? ctx.mentions.find((m) => m.end <= figureAt && m.type === 'organization' && !m.place && m.entity !== holder.entity && STAKE_TARGET_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, m.start - STAKE_TARGET_LOOK), m.start))) : undefined;
      const aboutId = (own || unnamed) && !heldHere ? (own ? otherThan(holder.entity, ctx.stakeTarget, ctx.topic, ctx.main) : otherThan(holder.entity, ctx.stakeTarget, ctx.main)) : undefined;
      const held2 = held ?? heldHere ?? (aboutId ? { ...holder, entity: aboutId, start: ctx.sentence.start, end: ctx.sentence.start, text: '', via: 'reference' as const } : undefined);
      if (!held2 || held2.entity === holder.entity) continue;
      subject = held2;
      qualifier = holder.entity;
    } else {
      // A loan limit belongs to the lender; the product is its qualifier.
      subject = ownerOf(ctx, clause, q.span.start, predicate === 'loan-limit' ? ['organization'] : ['organization', 'product']);
      // 'A agreed to buy B, valuing it at $N', 'a deal that values the lender at $N': the
      // valuation is of what the verb values, not of the clause's subject.
      if (predicate === 'valuation') subject = valuedObject(ctx, clause, q.span.start) ?? subject;
      // 'for each Kagayama share': the company named before 'share'; else the one a stake or a bid
      // is about, never the bidder.
      if (predicate === 'share-price') {
        const named = ctx.mentions.find((m) => q.span && m.start > q.span.end && m.start - q.span.end < 60 && m.type === 'organization' && !m.place && /^\s*(?:ordinary\s+|common\s+)?shares?\b/u.test(ctx.text.slice(m.end, m.end + 12)));
        const bidder = subject;
        const held = named?.entity ?? otherThan(bidder?.entity, ctx.stakeTarget, ctx.main, ctx.topic);
        if (!held) continue;
        subject = named ?? standIn(held, q.span.start);
        if (bidder && bidder.entity !== held && bidder.type === 'organization') qualifier = bidder.entity;
      }
      // 'X fined Y $N': the fine is Y's.
      if (predicate === 'fine') subject = finedObject(ctx, clause, q.span.start) ?? subject;
      // 'the $90 million Series B round that X closed': X raised it, whoever the clause is about.
      if (predicate === 'amount-raised') subject = roundRaiser(ctx, q.span.end, clause.end) ?? ownRound(ctx, q.span.start) ?? subject;
      if (predicate === 'price') {
        // One convention for every phrasing: the company bought is the subject, the buyer the qualifier.
        const deal = dealParties(ctx, clause, q.span, subject);
        if (measure?.after === DEAL_NOUN && !deal.target) continue;
        // 'X paid 3.6 billion pesos for its original stake': a stake in no company named is in the
        // one named with a stake before, or the one the text is about.
        const stakeOnly = !deal.target && STAKE_BOUGHT.test(ctx.text.slice(q.span.end, clause.end));
        const buyer = deal.buyer ?? subject;
        const heldId = stakeOnly ? otherThan(buyer?.entity, ctx.stakeTarget, ctx.main) : undefined;
        if (deal.target) {
          subject = deal.target;
          qualifier = deal.buyer?.entity;
        } else if (heldId && buyer) {
          subject = standIn(heldId, q.span.start);
          qualifier = buyer.entity;
        } else subject = deal.buyer ?? subject;
      }
      if (predicate === 'loan-limit') {
        const product = ctx.mentions.find((m) => m.type === 'product');
        if (product) qualifier = product.entity;
      }
      // 'raised $300 million in a Series C round': the round names the deal, so two reports of
      // one round compare even when only one of them is dated to the day.
      // '..., which raised VND1.15 trillion': a relative clause's round is its antecedent's ('the company's listing ..., which').
      if (predicate === 'amount-raised') qualifier = fundingRound(ctx.text.slice(clause.start, clause.end)) ?? (RELATIVE_OPENING.test(ctx.text.slice(clause.start, q.span.start)) ? fundingRound(ctx.text.slice(Math.max(ctx.sentence.start, clause.start - 90), clause.start)) : undefined) ?? joinedRound ?? qualifier;
      if (predicate === 'amount-raised' && lastMeasured?.q === q) lastMeasured = { ...lastMeasured, round: qualifier };
      if (predicate === 'amount-raised' && measure?.after === LOAN_AFTER) {
        // A loan given is the lender's business; one taken is money the borrower raised.
        if (LENDER_VERB.test(`${ctx.text.slice(Math.max(clause.start, q.span.start - 40), q.span.start).trimEnd().replace(/[$€£¥]$/u, '').trimEnd()} `)) continue;
        qualifier = 'loan';
      }
      // A company may sell bonds in two currencies at once ('US$400mn of notes and a MXN 7bn local
      // bond'): each currency's bonds are a deal of their own.
      if (qualifier === 'bond') qualifier = `bond-${bondCurrency(ctx, q).toLowerCase()}`;
    }
    if (!subject) continue;
    // 'agreed to buy 20% of X for $95 million, the two companies said on Monday': a deal or a
    // state with no date of its own is dated by the day it was announced, not the publication.
    const stated = figureTime(ctx, clause, q) ?? (measure?.flow && !DEAL_PREDICATES.has(predicate) ? yearAfterFrom(ctx, q) : undefined);
    const announced = stated ? undefined : announcedOn(ctx);
    const time = stated ?? (announced && !measure?.flow ? announced : undefined);
    const announcedDeal = announced && measure?.flow && DEAL_PREDICATES.has(predicate) ? { ...announced, start: '0001-01-01', mod: 'ON_OR_BEFORE' as const } : undefined;
    // Hedges and plans reach the figure's own part of the clause, not a 'since'- or 'and'-clause beside it.
    const scope = scopeAt(ctx, clause, q.span.start);
    // "The $800 million deal for X would not include ...": a price named inside a noun phrase is
    // presupposed; only the words of that phrase hedge it.
    const phraseEnd = measure?.after === DEAL_NOUN ? ctx.mentions.find((m) => q.span && m.start >= q.span.end && m.entity === subject?.entity)?.end : undefined;
    // 'Y will buy a 26% stake in X for N, the companies said': the price of a deal agreed and
    // announced is as certain as 'Y agreed to buy it for N'; only a plan or a guess hedges it.
    // 'for US$185 million, a deal that would double its presence': what the deal would do is no hedge on its price.
    const ownText = predicate === 'price' ? ctx.text.slice(scope.start, phraseEnd ?? scope.end).replace(AGREED_WILL, 'agreed to $1').replace(DEAL_SUMMARY, '') : ctx.text.slice(scope.start, phraseEnd ?? scope.end);
    // 'which held about 30% of X before the deal': a state the text puts in the past, at no stated
    // time, is not the state at publication.
    const pastState = !time && !measure?.flow && (PAST_STATE.test(ctx.text.slice(scope.start, q.span.start)) || /\bused to\b/iu.test(ownText)) && PAST_MARK.test(ctx.text.slice(scope.start, clause.end)) && !/\b(?:still|now|currently|today)\b/iu.test(ownText);
    // A price of a named deal (target and buyer known) the text does not date was paid before
    // publication, as an undated past event happened then: it is one deal, so its figures compare.
    const undatedDeal = !time && predicate === 'price' && qualifier !== undefined && !/\b(?:will|would|plans?|expects?|expected|proposed|offered|offers?)\b/iu.test(ownText) ? beforePublication(ctx.reference) : undefined;
    // 'paid EUR 19 million for the additional 21 percent': the share a price bought, so two
    // tranches of one stake are two prices.
    const share = predicate === 'price' ? shareBought(ctx, clause, q) : undefined;
    out.push({
      kind: 'attribute',
      subject: subject.entity,
      predicate,
      object: share ? { ...q, noun: share } : q,
      ...(time ? { time } : announcedDeal ? { time: announcedDeal } : undatedDeal ? { time: undatedDeal } : measure?.flow || pastState ? {} : ctx.reference ? { time: ctx.reference } : {}),
      // 'now holds 12%': a state dated 'now' holds at publication, in the present.
      tense: /\b(?:will|expects?|expected|plans?|forecasts?|by \d{4})\b/iu.test(ownText) ? 'future' : (time && time.timex !== 'PRESENT_REF') || measure?.flow || pastState ? 'past' : 'present',
      ...(qualifier ? { qualifier } : {}),
      modality: { ...modalityOf(ownText), ...attributionOf(clauseText, attributionSpeaker(ctx)) },
      evidence: clause,
    });
  }
  return out;
}

// 'a 30% stake', '30 per cent of', 'for the additional 21 percent', 'bought 35% in 2019': a
// percentage that is a share bought.
const SHARE_AFTER = /^\s+(?:stake|holding|shareholding|interest|equity|of)\b/u;
const SHARE_BEFORE = /\b(?:for|bought|buy|buys|buying|acquired|acquire|acquires|acquiring|purchased|purchase|took|take|takes|taking)\s+(?:(?:the|its|their|an?)\s+)?(?:(?:first|original|initial|additional|further|remaining|another)\s+)?$/u;

/** The share of a company a price bought, when its clause gives one percentage for it ('30%'). */
function shareBought(ctx: SentenceContext, clause: { start: number; end: number }, price: Quantity): string | undefined {
  const shares = ctx.quantities.filter((p) => p !== price && p.kind === 'percent' && p.span && p.span.start >= clause.start && p.span.end <= clause.end && (SHARE_AFTER.test(ctx.text.slice(p.span.end, Math.min(clause.end, p.span.end + 14))) || SHARE_BEFORE.test(ctx.text.slice(Math.max(clause.start, p.span.start - 40), p.span.start))));
  const only = shares.length === 1 ? shares[0] : undefined;
  return only ? `${only.value}%` : undefined;
}

/** Whose figure it is: the clause's subject; for a 'whose' clause, the noun before it; else the topic. */
// Words news uses interchangeably for one thing counted: a count of 'shops' and one of 'stores'
// are one key, so two articles' store counts meet.
const COUNT_SYNONYMS: Readonly<Record<string, string>> = { shops: 'stores', outlets: 'stores', supermarkets: 'stores' };

/** The noun a count is keyed by: its last word in a common spelling ('298 shops' counts stores). */
function countNoun(noun: string): string {
  const words = noun.split(' ');
  const last = words[words.length - 1] ?? '';
  const same = COUNT_SYNONYMS[last.toLowerCase()];
  return same === undefined ? noun : [...words.slice(0, -1), same].join(' ');
}

/** The company a funding round belongs to when a relative clause after the round says so. */
function roundRaiser(ctx: SentenceContext, from: number, limit: number): SentenceMention | undefined {
  return ctx.mentions.find((m) => m.start > from && m.end <= limit && m.type === 'organization' && !m.place && ROUND_BY.test(ctx.text.slice(from, m.start)) && RAISED_AFTER.test(ctx.text.slice(m.end, m.end + 24)));
}

/** 'Delta Gate led its $15 million Series A': the company 'its' stands for raised it, not the investor. */
function ownRound(ctx: SentenceContext, at: number): SentenceMention | undefined {
  const its = [...ctx.mentions].reverse().find((m) => m.end <= at && at - m.end <= 3 && m.possessive && m.via === 'reference' && m.type === 'organization' && /^its$/iu.test(m.text));
  if (!its) return undefined;
  // 'when Delta Gate led its Series A': the investor that led a round is never the one raising it,
  // whatever 'its' was resolved to; the company the text is about raised it.
  const leader = [...ctx.mentions].reverse().find((m) => m.end <= its.start && m.type === 'organization' && /^\s+(?:co-)?led\s+$/u.test(ctx.text.slice(m.end, its.start)));
  if (!leader) return its;
  const raiser = otherThan(leader.entity, ctx.topic, ctx.main);
  return raiser ? standIn(raiser, at) : undefined;
}

const SHAREHOLDER_OF = /^['’‘]s?\s+(?:(?:largest|biggest|main|second-largest|second-biggest|single largest|controlling|top|principal|major|leading|anchor)\s+)?(?:shareholder|investor|owner|backer)\b/iu;
const VALUES_BEFORE = /\bvalu(?:es|ed|ing|e)\s+(?:all of\s+|the whole of\s+|100% of\s+)?$/iu;
const AT_AFTER = /^\s+at\s/iu;

/** What 'values X at' names as valued, between the verb and 'at' before the figure. */
function valuedObject(ctx: SentenceContext, clause: { start: number; end: number }, at: number): SentenceMention | undefined {
  const valued = ctx.mentions.find((m) => m.start >= clause.start && m.end <= at && m.type !== 'person' && !m.place && VALUES_BEFORE.test(ctx.text.slice(Math.max(clause.start, m.start - 24), m.start)) && AT_AFTER.test(ctx.text.slice(m.end, m.end + 5)));
  // 'X agreed to buy a stake in Y. The deal values the airline at $N': a description valued by a
  // deal is the company a stake was last taken in, whichever airline it might otherwise mean.
  // 'raised its stake in X ..., a transaction that values the agritech at $N': so is one named
  // with a stake earlier in the sentence.
  if (valued?.via !== 'reference') return valued;
  const held = ctx.mentions.find((m) => m.end <= valued.start && m.type === 'organization' && !m.place && m.entity !== valued.entity && STAKE_IN_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, m.start - 60), m.start)));
  const target = held?.entity ?? (/\b(?:deal|transaction|purchase|acquisition|investment|agreement|price)\b/iu.test(ctx.text.slice(clause.start, valued.start)) ? ctx.stakeTarget : undefined);
  return target && target !== valued.entity ? { ...valued, entity: target } : valued;
}

function finedObject(ctx: SentenceContext, clause: { start: number; end: number }, at: number): SentenceMention | undefined {
  return ctx.mentions.find((m) => m.start >= clause.start && m.end <= at && m.type === 'organization' && !m.place && /\b(?:fined|penalized|penalised)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.test(ctx.text.slice(Math.max(clause.start, m.start - 50), m.start)));
}

function ownerOf(ctx: SentenceContext, clause: { start: number; end: number }, at: number, types: readonly EntityType[]): SentenceMention | undefined {
  const lead = ctx.text.slice(clause.start, clause.start + 8);
  if (/^whose\b/iu.test(lead)) {
    const before = ctx.mentions.filter((m) => m.end <= clause.start && !m.appositive && m.type === 'organization' && !m.place);
    return before[before.length - 1];
  }
  const subject = subjectBefore(ctx, clause, at, types);
  if (subject) return subject;
  if (!ctx.topic) return undefined;
  return { entity: ctx.topic, type: 'organization', start: at, end: at, text: '', via: 'reference', possessive: false, appositive: false, place: false, prepositional: false };
}

const HELD_AFTER = new RegExp(String.raw`^[^,;.]{0,40}\b(?:in|of)\s+(?:the\s+)?${DESCRIBED_BY}["“'‘]?$`, 'u');

/** 'a 29.5% stake in X', '65% equity of X', '... stake in the new bank'. */
function heldCompany(ctx: SentenceContext, from: number, limit: number): SentenceMention | undefined {
  // 'a 26% stake in quick-commerce startup X', 'a 30% stake in Kenyan microinsurer X': a few
  // lower-case words, after a nationality, may describe X first.
  return ctx.mentions.find((m) => m.start >= from && m.start < limit && m.type === 'organization' && !m.place && HELD_AFTER.test(ctx.text.slice(from, m.start)));
}

/** The time of a figure: one right after it ('7 billion in Q2 2021'), one in its clause, or the sentence's. */
function figureTime(whole: SentenceContext, clause: { start: number; end: number }, q: Quantity): TimeValue | undefined {
  if (!q.span) return undefined;
  // 'its largest deal since 2019', 'the highest since March': a bound of a comparison, not the figure's date.
  const ctx = { ...whole, times: whole.times.filter((t) => !t.span || !/\bsince\s+(?:early\s+|late\s+)?$/iu.test(whole.text.slice(Math.max(0, t.span.start - 14), t.span.start))) };
  const end = q.span.end;
  const next = ctx.times.find((t) => t.span && t.span.start >= end && t.span.start - end <= 45 && !/[,;]/u.test(ctx.text.slice(end, t.span.start)) && !ctx.quantities.some((o) => o.span && o !== q && o.span.start > end && o.span.start < (t.span?.start ?? 0) && !EQUIVALENT_BEFORE.test(ctx.text.slice(end, o.span.start))));
  if (next) return next;
  const own = timeFor(ctx, clause, q.span.start, true);
  // 'X, who became CEO in 2019, said the firm employs 3,200': the date of a relative clause the
  // figure is not in is the relative clause's.
  if (own && !inRelativeClause(ctx, own, q.span.start) && !inOpeningParticiple(ctx, own, q.span.start) && !PRESENT_AFTER_AND.test(ctx.text.slice(own.span?.end ?? q.span.start, q.span.start))) return own;
  // 'revenue rose to X in 2023, while its net profit reached Y': parallel clauses share the year.
  const previous = ctx.clauses.filter((c) => c.end <= clause.start).pop();
  if (previous && /^,?\s*(?:while|whereas|and)\b/u.test(ctx.text.slice(previous.end, clause.start + 8))) {
    const times = ctx.times.filter((t) => t.span && t.span.start >= previous.start && t.span.end <= previous.end);
    if (times.length === 1) return times[0];
  }
  return undefined;
}

// 'peso bonds worth $350 million', 'dollar notes': the currency the bonds are in, when the words say.
const BOND_CURRENCY_WORDS: Readonly<Record<string, string>> = { dollar: 'USD', peso: 'MXN', euro: 'EUR', yen: 'JPY', sterling: 'GBP', pound: 'GBP', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', real: 'BRL', rand: 'ZAR', franc: 'CHF', won: 'KRW', ringgit: 'MYR', rupiah: 'IDR', baht: 'THB', dirham: 'AED', riyal: 'SAR', lira: 'TRY', naira: 'NGN', shilling: 'KES' };
const BOND_CURRENCY = /\b(dollar|peso|euro|yen|sterling|pound|yuan|renminbi|rupee|real|rand|franc|won|ringgit|rupiah|baht|dirham|riyal|lira|naira|shilling)(?:-denominated)?\s+(?:bonds?|notes|debt|sukuk)\b/iu;

/** The currency of the bonds a figure is the size of: named beside them, else the figure's own. */
function bondCurrency(ctx: SentenceContext, q: Quantity): string {
  const span = q.span;
  if (!span) return q.unit;
  const near = BOND_CURRENCY.exec(ctx.text.slice(Math.max(ctx.sentence.start, span.start - 30), Math.min(ctx.sentence.end, span.end + 40)));
  return (near?.[1] && BOND_CURRENCY_WORDS[near[1].toLowerCase()]) ?? q.unit;
}

// 'for its original stake', 'for its first 30pc', 'for an initial 30 per cent', '19 million euros
// ($20.3 million) for the additional 21 percent', 'for the stake in March 2020': a stake in no company named.
// A capital after 'in' that is no month opens a company's name ('stake in Acme', not 'stake in March').
const NOT_A_MONTH = '(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)';
const STAKE_BOUGHT = new RegExp(String.raw`^\s*(?:\([^)]{0,40}\)\s*)?for\s+(?:(?:its|their|a|an|the)\s+(?:[\p{L}\d.%-]+\s+){0,3}(?:stake|holding|shareholding)\b(?!\s+(?:in|of)\s+(?:the\s+)?${NOT_A_MONTH}\p{Lu})|(?:its|their|an?|the)\s+(?:(?:first|original|initial|latest|further|additional|remaining)\s+)?\d+(?:\.\d+)?\s?(?:%|pc|per\s?cent)(?!\s+(?:stake\s+)?(?:in|of)\s+(?:the\s+)?${NOT_A_MONTH}\p{Lu}))`, 'u');
// The vocabulary's deal figures (a price, an amount raised, a fine ...).
const DEAL_PREDICATES: ReadonlySet<string> = new Set(Object.entries(PREDICATES).filter(([, p]) => 'deal' in p && p.deal).map(([name]) => name));

/** The first of the given entities that is not `not`: the company a figure is about when the sentence names only the other party. */
function otherThan(not: string | undefined, ...candidates: readonly (string | undefined)[]): string | undefined {
  return candidates.find((e) => e !== undefined && e !== not);
}

/** A mention standing for an entity the sentence does not name, at `at`. */
function standIn(entity: string, at: number): SentenceMention {
  return { entity, type: 'organization', start: at, end: at, text: '', via: 'reference', possessive: false, appositive: false, place: false, prepositional: false };
}
// 'rose 31 percent to X, or around $Y, from Z in 2022': X is the next year's.
const FROM_YEAR_AFTER = /^[^.;]{0,60}?\bfrom\s+(?:\S+\s+){1,5}(?:in|for)\s+(?:fiscal\s+|the\s+year\s+)?$/iu;

/** The year after the one a period's figure rose or fell from ('to X from Z in 2022': 2023), if the sentence says so. */
function yearAfterFrom(ctx: SentenceContext, q: Quantity): TimeValue | undefined {
  if (!q.span) return undefined;
  const end = q.span.end;
  const year = ctx.times.find((t) => t.span && t.span.start > end && t.granularity === 'year' && t.mod === undefined && /^\d{4}$/u.test(t.timex) && FROM_YEAR_AFTER.test(ctx.text.slice(end, t.span.start)));
  if (!year || !/^\s*(?:\S+\s+){0,3}?to\s+$/iu.test(ctx.text.slice(Math.max(ctx.sentence.start, q.span.start - 40), q.span.start).replace(/^.*\b(?:rose|fell|grew|increased|decreased|climbed|jumped|dropped|declined|slipped)\b/isu, ''))) return undefined;
  const next = String(Number(year.timex) + 1);
  return { timex: next, start: `${next}-01-01`, end: `${next}-12-31`, granularity: 'year', anchor: 'discourse', implied: [] };
}
const ANNOUNCED_BEFORE = /\b(?:said|says|announced|confirmed|disclosed|reported|told reporters)\s+(?:on\s+)?$/iu;

/**
 * The day a sentence says its news was given ('..., the two airlines said on Monday'): its one
 * date, right after a verb of saying, outside quotation marks.
 */
function announcedOn(ctx: SentenceContext): TimeValue | undefined {
  const inSentence = ctx.times.filter((t) => t.span && t.span.start >= ctx.sentence.start && t.span.end <= ctx.sentence.end);
  const only = inSentence[0];
  // '..., the company said on Monday, in one of the largest rounds this year': a date after the
  // announcement's belongs to the comment that follows it, not to the figure.
  if (!only?.span || only.granularity !== 'day' || inSentence.some((t) => t !== only && (t.granularity === 'day' || (t.span?.start ?? 0) < (only.span?.start ?? 0)))) return undefined;
  if (!ANNOUNCED_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, only.span.start - 24), only.span.start))) return undefined;
  // Inside a quotation, the date is the speaker's.
  return insideQuotes(ctx, only.span.start) ? undefined : only;
}

/** 'A, B and C hold 30, 29.5 and 15 per cent of X, respectively': one claim per pair, in order. */
function respectively(ctx: SentenceContext): { claims: ClaimDraft[]; used: Set<Quantity> } {
  const used = new Set<Quantity>();
  const claims: ClaimDraft[] = [];
  const word = /\brespectively\b/iu.exec(ctx.sentence.text);
  if (!word) return { claims, used };
  const at = ctx.sentence.start + word.index;
  const all = ctx.quantities.filter((q) => q.span && q.span.end <= at && !EQUIVALENT_BEFORE.test(ctx.text.slice(ctx.sentence.start, q.span.start)));
  if (all.length < 2) return { claims, used };
  // The longest run of names joined by commas and 'and' before the figures that follow it.
  const cands = ctx.mentions.filter((m) => m.end <= at && !m.place && m.type !== 'person');
  let best: SentenceMention[] = [];
  for (let i = 0; i < cands.length; i++) {
    const run: SentenceMention[] = [cands[i] as SentenceMention];
    for (let j = i + 1; j < cands.length; j++) {
      const prev = run[run.length - 1] as SentenceMention;
      const next = cands[j] as SentenceMention;
      const gap = ctx.text.slice(prev.end, next.start).replace(/\([^)]{0,40}\)/u, '').replace(/\s+/gu, ' ').trim();
      if (/^(?:,|, and|and|&)$/u.test(gap)) run.push(next);
      else break;
    }
    const runEnd = run[run.length - 1]?.end ?? 0;
    const following = all.filter((q) => (q.span?.start ?? 0) > runEnd);
    if (run.length >= 2 && run.length > best.length && following.length >= run.length) best = run;
  }
  if (best.length < 2) return { claims, used };
  const listEnd = best[best.length - 1]?.end ?? 0;
  const figures = all.filter((q) => (q.span?.start ?? 0) > listEnd);
  const firstFigure = figures[0]?.span?.start ?? at;
  const sameKind = figures.filter((q) => q.kind === figures[0]?.kind);
  if (best.length !== sameKind.length) return { claims, used };
  const clause = { start: ctx.sentence.start, end: ctx.sentence.end };
  const lastFigure = sameKind[sameKind.length - 1];
  const after = ctx.text.slice(lastFigure?.span?.end ?? at, ctx.sentence.end);
  const verb = ctx.text.slice(listEnd, firstFigure);
  const isStake = sameKind[0]?.kind === 'percent' && (/^\s*(?:stake|equity|of the shares|shareholding|of)\b/iu.test(after) || /\b(?:own|owns|owned|hold|holds|held|control|controls|account for|accounted for|accounts for)\b/iu.test(verb));
  // 'A holds 30% of X, while B and C own 20% and 10%, respectively': X from earlier in the sentence.
  const held = isStake
    ? (heldCompany(ctx, lastFigure?.span?.end ?? at, ctx.sentence.end) ?? ctx.mentions.find((m) => m.type === 'organization' && !m.place && /\b(?:stake|equity|shares?)\s+(?:in|of)\s+(?:the\s+)?$/iu.test(ctx.text.slice(Math.max(ctx.sentence.start, m.start - 20), m.start))))
    : undefined;
  const measure = isStake ? undefined : MEASURES.find((m) => m.kinds.includes(sameKind[0]?.kind ?? 'money') && m.before?.test(ctx.text.slice(ctx.sentence.start, firstFigure)));
  const predicate = isStake ? 'stake' : measure?.predicate;
  if (!predicate || (isStake && !held)) return { claims, used };
  const clauseText = ctx.sentence.text;
  const time = timeFor(ctx, clause, firstFigure);
  best.forEach((member, k) => {
    const q = sameKind[k];
    if (!q) return;
    used.add(q);
    claims.push({
      kind: 'attribute',
      subject: held ? held.entity : member.entity,
      predicate,
      object: q,
      ...(time ? { time } : ctx.reference ? { time: ctx.reference } : {}),
      tense: time ? 'past' : 'present',
      ...(held ? { qualifier: member.entity } : {}),
      modality: modalityOf(clauseText, attributionSpeaker(ctx)),
      evidence: clause,
    });
  });
  return { claims, used };
}

const BOND = /\b(?:bonds?|debentures|sukuk)\b/iu;
const RELATIVE_OPENING = /^,?\s*(?:which|that)\s+(?:\p{Ll}+\s+){0,2}$/u;
const ROUND = /\b(?:(pre-)?(?:series|round) ([a-h])(?:[-+]?\d)?\b|(seed|angel)(?: round| funding| financing)\b|(pre-ipo)\b|(initial public offering|ipo|when it (?:listed|went public|floated)|(?:its|a|the|their|\p{L}+['’]s) (?:stock market |market |share market )?(?:debut|listing|flotation)(?! in (?:\w+ )?(?:bond|debt|credit)| (?:bond|note|debt|sukuk))|(?:one|some) of the (?:\p{L}+ ){0,2}(?:listings|ipos|flotations|debuts))\b)/iu;

/** The funding round a clause names ('a Series C round' → 'series-c'), normalized for comparison. */
export function fundingRound(clause: string): string | undefined {
  const m = ROUND.exec(clause);
  if (!m) return BOND.test(clause) ? 'bond' : undefined;
  if (m[2]) return `${m[1] ? 'pre-' : ''}series-${m[2].toLowerCase()}`;
  if (m[3]) return m[3].toLowerCase();
  if (m[4]) return 'pre-ipo';
  return m[5] ? 'ipo' : undefined;
}

// 'was founded in 2015 and employs 900 people': a present verb after 'and' starts a state of now.
const PRESENT_AFTER_AND = /\band (?:now |currently |still )?(?:employs|has|holds|owns|operates|serves|runs|controls|manages|counts|is|are|remains)\b/u;

const DEAL_SUMMARY = /,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:deal|move|transaction|purchase|acquisition|step|sale|investment|takeover)\s+(?:that|which)\s[^;]*$/u;
const AGREED_WILL = /\bwill\s+(buy|acquire|purchase|pay|take over)\b/giu;
// 'Founded in 2004 by X, Kaveriyam runs 16 hospitals': a participle phrase opening the sentence.
const OPENING_PARTICIPLE = /^\s*(?:Founded|Established|Set up|Created|Formed|Incorporated|Launched|Started|Listed|Acquired|Bought)\b[^,;]{1,80},/u;

/** Whether a time lies in a participle phrase opening the sentence, and the figure at `at` after it. */
function inOpeningParticiple(ctx: SentenceContext, time: TimeValue, at: number): boolean {
  const m = time.span ? OPENING_PARTICIPLE.exec(ctx.sentence.text) : null;
  if (!m || !time.span) return false;
  const end = ctx.sentence.start + m[0].length;
  return time.span.end <= end && at >= end;
}

/** Whether a time lies inside a ', who/which ...,' clause that does not hold the offset `at`. */
function inRelativeClause(ctx: SentenceContext, time: TimeValue, at: number): boolean {
  const span = time.span;
  if (!span) return false;
  const sentence = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
  for (const m of sentence.matchAll(/, (?:who|which|whose) [^,;]*,/gu)) {
    const start = ctx.sentence.start + m.index;
    const end = start + m[0].length;
    if (span.start >= start && span.end <= end && !(at >= start && at < end)) return true;
  }
  return false;
}
