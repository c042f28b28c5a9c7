/**
 * The predicate vocabulary: every predicate a claim may carry, with its kind and how rules
 * treat it. Extraction maps many verbs onto one predicate ('set up', 'established',
 * 'incorporated' are all `founded`); rules read `oneTime` and `singleHolder` from here.
 *
 * Conventions every claim keeps (extraction writes them, rules rely on them):
 * - event: `subject` is what the event happened to (the founded company, the licensee, the
 *   acquirer); `object` is the other party or thing (the acquired company, the new name, the
 *   product); `time` is when it happened.
 * - role: `subject` is the organization, `predicate` the title, `object` the holder (a person
 *   entity id); `time` is when the role held (the publication date for the present tense, the
 *   event's date for 'became'); `tense` is 'past' for 'previously', 'former', 'stepped down'.
 * - attribute: `subject` is the entity measured, `object` the figure (a Quantity); for a stake,
 *   the subject is the company whose shares are held and the qualifier is the holder. A holder the
 *   text only describes ('the sovereign fund, which owns 40% of A') is an anonymous organization
 *   named by its kind ('sovereign fund'); entity linking joins one kind of holder of one company
 *   across documents.
 * - `qualifier` is part of the comparison key: the licence type ('payment', 'consumer-finance'),
 *   the stake holder's entity id, the counted noun, the product a loan limit applies to, the
 *   funding round an amount was raised in ('series-c'), the country a launch was in (its place
 *   entity id: 'launched its wallet in Brazil', 'entered Uganda in 2020').
 * Rules compare only claims whose key (subject, predicate, qualifier) is the same.
 *
 * Refinements extraction keeps (rules may rely on them):
 * - licence kinds are normalized: 'payment' (mobile, third-party, online payment), 'consumer-finance',
 *   'virtual-banking', 'digital-banking', 'private-banking', 'online-banking', 'banking', 'insurance',
 *   'securities', 'lending', 'asset-management', 'credit-reporting'; else 'unspecified'. An approval
 *   carries the kind it was for when the text names one.
 * - renamed: `object` is the entity id the new name belongs to, which is the subject itself when the
 *   new name is one of its aliases ('upgraded to its existing name', 'under the new name X',
 *   'renamed itself X', 'adopted its current name') or when the sentence gives the old name, so that
 *   the subject goes by the new one ('was formerly known as Y and changed its name in 2019'); a
 *   rename with neither ('changed its name in 2019') has no object. Two renames conflict only when
 *   their objects are equal.
 * - founder: 'X, founded in 2017 by Y,' and 'X was set up by Y' give the role `founder` (present).
 * - price: `subject` is the company bought (the target), `qualifier` the buyer's entity id, in every
 *   phrasing ('A bought B for $N', 'A paid $N for B', 'B was sold to A for $N', 'B was acquired by
 *   A', "A's $N acquisition of B", 'the $N deal for B'), so two prices of one deal share a key and a
 *   deal is named by its qualifier. With no target named, the subject is the party the clause is
 *   about ('A paid $N', or a seller parting with an unnamed unit) and the buyer, when known, the qualifier.
 *   A price of a named deal the text does not date (and does not offer or plan) gets `time` before
 *   publication (mod 'ON_OR_BEFORE', as an undated past event), so two reports of one deal compare.
 *   A date after 'since' bounds a comparison ('its largest deal since 2019') and dates no figure.
 *   The price's Quantity carries the share it bought as its `noun` ('30%') when the clause gives
 *   one, so the prices of two tranches of one stake are not compared.
 * - amount-raised: the qualifier is the round when the clause names one ('series-c', 'seed', 'ipo').
 * - resigned: `subject` is the person, `object` the role predicate left ('chairman'), `qualifier`
 *   the organization's entity id; a past-tense role claim for the same post comes with it.
 * - A past event the text does not date gets `time` = the publication date with mod 'ON_OR_BEFORE',
 *   start '0001-01-01' and every part `implied`: it lies before publication, and never contradicts
 *   a stated date. A plan or forecast has `tense: 'future'` and `modality.hedged`.
 * - Modality scope: hedges, negations and future wording count for a verb or figure only within its
 *   own part of the clause, bounded by subordinating words ('since', 'which', 'when', 'after', ...)
 *   and 'and': in 'would buy B for $N, its biggest deal since it was set up in 2004' the price is
 *   hedged and the founding is not. 'that' bounds nothing ('denied that it bought' denies). Who a
 *   claim is attributed to is read over the whole clause.
 * - Roles: 'is'/'holds the position of'/appositives ('X, CEO of Y') are tense 'present' with `time`
 *   = the publication date; 'became'/'took the role of' are 'present' with the date their own
 *   start phrase states ('became CEO in 2012', 'In 2012, X became'), else the publication date; 'previously ... was', 'former', 'stepped down as' are 'past'
 *   (with the event date when stated, else no time).
 *   A post held 'since' a date ('has been CEO since 2012', 'X, chief executive since 2015,', 'has
 *   run/led the company since 2019') is 'present' with `time` mod 'ON_OR_AFTER': `timex` and `start`
 *   are the stated date's, `end` the publication date (it held from then through publication). Running
 *   or leading an organization since a date is its `ceo` post. A clause that ends it ('until',
 *   'stepped down', 'had been CEO since 2011') makes it 'past' with the same time: the term began
 *   then and has ended by the time told. Two such claims with one key and one holder whose stated
 *   dates (timex) differ disagree on when the post began.
 * - Attributes: a state (stake, registered capital, valuation, users, count, loan limit) without a
 *   stated date holds at the publication date (tense 'present'); a flow (revenue, profit, loss,
 *   amount raised, price, loans issued) keeps its stated period or has no time.
 * - A loss is `loss` with the figure as stated (positive), not a negative profit.
 *
 * Flags rules read (besides `oneTime` and `singleHolder`):
 * - `functional`: a state with one value at a time that changes only through an event a report
 *   would state (a stake through a purchase or sale, registered capital through an increase), so two
 *   sources giving it as current a few weeks apart describe the same state.
 * - `period`: a flow measured over a period (revenue for a quarter); figures compare only for the
 *   same period.
 * - `deal`: an amount of one deal among possibly several (a price, a round); undated or coarsely
 *   dated figures may be of different deals.
 */
export const PREDICATES = {
  // events
  founded: { kind: 'event', oneTime: true, description: 'founded, established, set up, incorporated' },
  launched: { kind: 'event', oneTime: true, description: 'launched a product or service, started operating, entered a market (qualifier: the country, when named)' },
  opened: { kind: 'event', oneTime: true, description: 'opened for business' },
  renamed: { kind: 'event', oneTime: true, description: 'changed its name (object: the new name)' },
  acquired: { kind: 'event', oneTime: true, description: 'acquired a company or a stake in it (object: what)' },
  invested: { kind: 'event', oneTime: false, description: 'invested in a company (object: which)' },
  approved: { kind: 'event', oneTime: true, description: 'was approved by a regulator (qualifier: for what)' },
  licensed: { kind: 'event', oneTime: true, description: 'obtained a licence (qualifier: its type)' },
  appointed: { kind: 'event', oneTime: false, description: 'appointed or hired someone (object: the person)' },
  resigned: { kind: 'event', oneTime: false, description: 'stepped down or left a post (object: the post)' },
  listed: { kind: 'event', oneTime: true, description: 'listed on a stock exchange' },
  suspended: { kind: 'event', oneTime: false, description: 'suspended an activity' },
  closed: { kind: 'event', oneTime: true, description: 'closed, shut down, broken up' },
  partnered: { kind: 'event', oneTime: false, description: 'teamed up or partnered with another party' },
  merged: { kind: 'event', oneTime: true, description: 'merged with another company (object: the other party)' },
  sold: { kind: 'event', oneTime: false, description: 'sold a business, stake or asset (object: what or to whom)' },
  signed: { kind: 'event', oneTime: false, description: 'signed an agreement or deal (object: the other party)' },
  fined: { kind: 'event', oneTime: false, description: 'was fined or penalized by a regulator (object: who fined it)' },
  sued: { kind: 'event', oneTime: false, description: 'sued or was sued (object: the other party)' },
  announced: { kind: 'event', oneTime: false, description: 'announced a plan, result or decision (object: what, as text)' },
  // roles (subject: organization; object: person)
  chairman: { kind: 'role', singleHolder: true, description: 'chairman or chairwoman of the board' },
  ceo: { kind: 'role', singleHolder: true, description: 'chief executive officer' },
  president: { kind: 'role', singleHolder: true, description: 'president' },
  cfo: { kind: 'role', singleHolder: true, description: 'chief financial officer' },
  'legal-representative': { kind: 'role', singleHolder: true, description: 'legal representative' },
  'vice-president': { kind: 'role', singleHolder: false, description: 'vice president, senior vice president' },
  founder: { kind: 'role', singleHolder: false, description: 'founder or co-founder' },
  manager: { kind: 'role', singleHolder: false, description: 'manager, general manager, head' },
  director: { kind: 'role', singleHolder: false, description: 'director, board member, executive' },
  // attributes (object: a Quantity)
  stake: { kind: 'attribute', functional: true, description: 'share of a company held (qualifier: the holder)' },
  'registered-capital': { kind: 'attribute', functional: true, description: 'registered capital' },
  revenue: { kind: 'attribute', period: true, description: 'revenue for a period' },
  profit: { kind: 'attribute', period: true, description: 'profit for a period' },
  loss: { kind: 'attribute', period: true, description: 'net loss for a period, as the positive figure stated' },
  valuation: { kind: 'attribute', description: 'valuation' },
  'amount-raised': { kind: 'attribute', deal: true, description: "money raised in a round or offering (qualifier: the round when named, 'series-c', 'seed', 'pre-ipo', 'ipo')" },
  'loan-limit': { kind: 'attribute', description: 'the most a borrower can get (qualifier: the product)' },
  'loans-issued': { kind: 'attribute', period: true, description: 'total lending' },
  price: { kind: 'attribute', deal: true, description: 'price paid in a deal (subject: the company bought; qualifier: the buyer)' },
  'share-price': { kind: 'attribute', deal: true, description: 'price per share offered or paid in a bid or an offering (subject: the company whose shares; qualifier: the buyer)' },
  fine: { kind: 'attribute', deal: true, description: 'a penalty imposed (for a period or event)' },
  assets: { kind: 'attribute', description: 'total assets or assets under management' },
  deposits: { kind: 'attribute', description: 'customer deposits' },
  'market-share': { kind: 'attribute', description: 'share of a market (qualifier: the market, when named)' },
  employees: { kind: 'attribute', description: 'number of employees' },
  investment: { kind: 'attribute', deal: true, description: 'amount invested in a company or project (qualifier: in what)' },
  'transaction-volume': { kind: 'attribute', period: true, description: 'payment or transaction volume, GMV' },
  debt: { kind: 'attribute', description: 'debt or borrowings' },
  users: { kind: 'attribute', description: 'number of users or customers' },
  count: { kind: 'attribute', description: 'a count of something else (qualifier: the noun)' },
} as const;

/** A predicate name. */
export type Predicate = keyof typeof PREDICATES;

/** Whether a string is a predicate of the vocabulary. */
export function isPredicate(name: string): name is Predicate {
  return Object.hasOwn(PREDICATES, name);
}

/** The comparison key of a claim: rules only compare claims with the same key. */
export function claimKey(claim: { readonly subject: string; readonly predicate: string; readonly qualifier?: string | undefined }): string {
  return `${claim.subject}\u0000${claim.predicate}\u0000${claim.qualifier ?? ''}`;
}
