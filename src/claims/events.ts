import type { TimeValue } from '../types.js';
import { beforePublication, clauseAt, isPossessiveModifier, scopeAt, mentionRightAfter, subjectBefore, timeFor, type ClaimDraft, type SentenceContext, type SentenceMention } from './context.js';
import { attributionOf, modalityOf, tenseOf } from './modality.js';
import { licenceKinds } from './licence-type.js';
import { BUSINESS_NOUNS, PREMISES_SOURCE, SHARES_OF } from '../entities/index.js';
import { isCountry } from '../entities/common-words.js';
import { triggerGate, triggerKeys, type TriggerKeys } from './trigger-gate.js';

/** How an event verb finds its parts. */
interface EventFrame {
  readonly predicate: string;
  readonly trigger: RegExp;
  /** Lower-case words one of which every match of the trigger contains (see {@link triggerGate}). */
  readonly keys: TriggerKeys;
  /** Where the subject is: the thing acted on after the verb (founded X), or the actor before it. */
  readonly subject: 'object-after' | 'actor';
  /** Whether an entity after the verb is the claim's object. */
  readonly object?: 'entity' | 'phrase';
}

const FRAMES: readonly EventFrame[] = [
  // 'started' only with when or how it began ('which Mr Obi started in 2014 with 40 sites').
  { predicate: 'founded', trigger: /\b(?:established|establish(?:es)?|set up|sets up|setting up|founded|founds|found(?<=\bto\sfound)|incorporated|formed|created|started(?=\s(?:in|with|back in)\s))\b/giu, keys: triggerKeys('establish', 'set up', 'sets up', 'setting up', 'found', 'incorporated', 'formed', 'created', 'started'), subject: 'object-after' },
  { predicate: 'launched', trigger: /\b(?:launched|launch(?:es)?|rolled out|rolls out|unveiled|introduced|debuted|went live|commenced operations?|started operations?|began operations?)\b/giu, keys: triggerKeys('launch', 'rolled out', 'rolls out', 'unveiled', 'introduced', 'debuted', 'went live', 'commenced operation', 'started operation', 'began operation'), subject: 'actor', object: 'entity' },
  // 'the wind farm began operating', 'entered commercial operation', 'came online': a plant or a site opening.
  { predicate: 'opened', trigger: /\b(?:opened|opens?|(?:began|begins|started|starts) (?:commercial )?operating|(?:began|begins|started|starts) commercial operations?|entered (?:full |commercial )?(?:operation|service)|enters (?:full |commercial )?(?:operation|service)|came online|comes online|came on stream|comes on stream)\b/giu, keys: triggerKeys('open', 'operating', 'commercial operation', 'entered full', 'entered commercial', 'entered operation', 'entered service', 'enters full', 'enters commercial', 'enters operation', 'enters service', 'came online', 'comes online', 'came on stream', 'comes on stream'), subject: 'actor' },
  { predicate: 'acquired', trigger: /\b(?:acquired|acquires?|acquiring|bought|buys|purchased|took over|takes over|taken over)\b/giu, keys: triggerKeys('acquir', 'bought', 'buys', 'purchased', 'took over', 'takes over', 'taken over'), subject: 'actor', object: 'entity' },
  // The bare verb only after a modal or 'to' ('would buy', 'is expected to purchase'): 'a buy' is a noun.
  { predicate: 'acquired', trigger: /(?<=\b(?:to|would|will|could|might|may|not|shall) )(?:buy|purchase|take over)\b/giu, keys: triggerKeys('buy', 'purchase', 'take over'), subject: 'actor', object: 'entity' },
  { predicate: 'invested', trigger: /\b(?:invested|invests?|investing) in\b/giu, keys: triggerKeys('invest'), subject: 'actor', object: 'entity' },
  { predicate: 'partnered', trigger: /\b(?:teamed up|teams up|partnered|partners|joined hands|joins hands|in partnership|cooperated|cooperates|allied) with\b/giu, keys: triggerKeys('teamed up', 'teams up', 'partner', 'joined hands', 'joins hands', 'cooperate', 'allied'), subject: 'actor', object: 'entity' },
  { predicate: 'appointed', trigger: /\b(?:appointed|appoints|hired|hires|named|names|brought in|brings in|tapped|taps|poached)\b/giu, keys: triggerKeys('appoint', 'hired', 'hires', 'named', 'names', 'brought in', 'brings in', 'tapped', 'taps', 'poached'), subject: 'actor', object: 'entity' },
  { predicate: 'listed', trigger: /\b(?:listed on|lists on|list on|listing on|listed in|went public|go public|goes public|IPO(?:ed)? on|debuted on|(?:its|their|a|the) (?:market |stock market |stock-market |trading |public )?debut on|(?:was|were|got|became) listed)\b/giu, keys: triggerKeys('list', 'public', 'ipo', 'debut'), subject: 'actor' },
  { predicate: 'suspended', trigger: /\b(?:suspended|suspends|halted|halts|paused|pauses|froze|freezes)\b/giu, keys: triggerKeys('suspend', 'halted', 'halts', 'paused', 'pauses', 'froze', 'freezes'), subject: 'actor', object: 'phrase' },
  { predicate: 'closed', trigger: /\b(?:closed|closes|shut down|shuts down|shut|broke up|break up|breaks up|wound down|winds down|dissolved|dissolves|liquidated|collapsed)\b/giu, keys: triggerKeys('closed', 'closes', 'shut', 'broke up', 'break up', 'breaks up', 'wound down', 'winds down', 'dissolve', 'liquidated', 'collapsed'), subject: 'actor', object: 'phrase' },
  { predicate: 'merged', trigger: /\b(?:merged|merges|merging|combined|combines) with\b/giu, keys: triggerKeys('merg', 'combined', 'combines'), subject: 'actor', object: 'entity' },
  { predicate: 'sold', trigger: /\b(?:sold|sells|divested|divests|offloaded|offloads)\b/giu, keys: triggerKeys('sold', 'sells', 'divest', 'offload'), subject: 'actor', object: 'phrase' },
  { predicate: 'signed', trigger: /\b(?:signed|signs|inked|inks|struck|strikes|sealed|seals)(?= (?:an?|the|its|their|\w+-year) (?:\w+ ){0,3}(?:agreement|deal|contract|partnership|memorandum|pact))/giu, keys: triggerKeys('signed', 'signs', 'inked', 'inks', 'struck', 'strikes', 'sealed', 'seals'), subject: 'actor', object: 'phrase' },
  { predicate: 'fined', trigger: /\b(?:was|were|has been|had been|been|got) (?:fined|penalized|penalised|sanctioned)\b/giu, keys: triggerKeys('fined', 'penali', 'sanctioned'), subject: 'actor' },
  { predicate: 'sued', trigger: /\b(?:sued|sues|filed (?:a )?(?:lawsuit|suit|complaint) against)\b/giu, keys: triggerKeys('sued', 'sues', 'filed'), subject: 'actor', object: 'entity' },
  { predicate: 'acquired', trigger: /\b(?:agreed to (?:buy|acquire|purchase)|completed (?:its|the) (?:acquisition|purchase|takeover|buyout) of)\b/giu, keys: triggerKeys('agreed to', 'completed'), subject: 'actor', object: 'entity' },
  { predicate: 'launched', trigger: /\b(?:released|releases)(?= (?:its|their|a|an|the) )/giu, keys: triggerKeys('release'), subject: 'actor', object: 'entity' },
  { predicate: 'announced', trigger: /\b(?:announced|announces)\b/giu, keys: triggerKeys('announce'), subject: 'actor', object: 'phrase' },
];

const FRAME_KEYS = triggerKeys(...new Set(FRAMES.flatMap((f) => f.keys.words)));

const DIVESTED = /\b(?:stake|stakes|shares|share|unit|units|division|business|businesses|arm|subsidiary|subsidiaries|operations?|holding|holdings|interest|assets?|brand|plant|factory|portfolio|company|bank|lender|insurer)\b/iu;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|be|being|got|get|gets)\s+(?:\w+ly\s+)?$/iu;
// Between 'opened' and the name of what opened: 'its', 'the', 'a new' (no preposition, no comma).
const OPENED_GAP = /^\s+(?:(?:its|their|the|a|an|new|first|second)\s+){1,3}$/u;
const LICENCE = /\blicen[cs]es?\b/iu;
const LICENCE_VERB = /\b(?:received|receives?|receiving|obtained|obtains?|obtaining|won|wins?|got|gets?|acquired|acquires?|secured|secures?|granted|awarded|issued|holds?|held|lacks?|gained|gains?|applied for|was given|were given)\b/giu;
// 'the animation studio it set up in 2019': a noun phrase, then a pronoun and a verb without its
// object (group 1: the pronoun and what follows it); 'the chain she started' names the company.
const REDUCED_RELATIVE_BEFORE = /\b(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+(\s+(?:it|they|he|she|we)\s+(?:(?:had|has|have|also|first|originally)\s+)?)$/u;
const COMPANY_WORD_BEFORE = /\bthe\s+(?:company|firm|group|business|chain|bank|lender|carrier|airline|insurer|start-?up|venture|brand|operator)$/u;
// 'the (export) licence was granted', 'approved the licence' (group 1: the verb comes first, so the clause's subject granted it;
// 'granted X a licence' and 'was granted a licence' are read with LICENCE_VERB).
const LICENCE_GIVEN = /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Aa]n?)\s+(?:[\p{L}-]+\s+){0,3}?licen[cs]e\s+(?:was|were|has been|had been|is)\s+(?:formally\s+|finally\s+|officially\s+)?(?:granted|approved|issued|awarded|given)\b|\b(approved)\s+(?:the|its|their|an?)\s+(?:[\p{L}-]+\s+){0,3}?licen[cs]e\b/gu;
const LICENCE_DUTY = /\b(?:requir\w*|forc\w*|oblig\w*|compel\w*|must|need(?:s|ed)? to|ha(?:ve|s|d) to|would have to|will have to)\b[^.;]{0,60}$/iu;
const APPROVAL = /\b(?:gave|gives|given|granted|grants)\s+/giu;
const APPROVAL_OBJECT = /^\s*(?:the\s+)?(?:green light|approval|nod|go-ahead|permission)\b/iu;
const APPROVED = /\b(?:approved|approves|cleared|clears|greenlit|greenlighted)\b/giu;
// 'its plant in Hai Phong, Vietnam, ' right before a relative clause.
const OWNED_FACILITY_BEFORE = new RegExp(String.raw`\b(?:[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}${PREMISES_SOURCE}\s+in\s+[^,.;]{1,40}(?:,\s*[^,.;]{1,30})?,\s*$`, 'u');
/**
 * 'its plant in Hai Phong, Vietnam, which opened in 2020': the owner named by 'its' before a place
 * of business and where it is, the relative clause starting at `head`.
 */
function facilityOwner(ctx: SentenceContext, head: number): SentenceMention | undefined {
  const owned = OWNED_FACILITY_BEFORE.exec(ctx.text.slice(Math.max(ctx.sentence.start, head - 90), head));
  if (!owned) return undefined;
  const ownerAt = head - owned[0].length;
  return ctx.mentions.find((x) => x.start === ownerAt && x.type === 'organization');
}

/**
 * A 'closed' that tells a day's trading, not a closure: 'the stock closed at VND 30,000', 'shares
 * closed up 3%', 'after the market closed'.
 */
function tradingClose(ctx: SentenceContext, clauseStart: number, at: number, end: number): boolean {
  return CLOSED_TRADING.test(ctx.text.slice(end, end + 40)) || MARKET_BEFORE_CLOSED.test(ctx.text.slice(Math.max(clauseStart, at - 20), at));
}

const MARKET_BEFORE_CLOSED = /\b(?:market|markets|trading|session|exchange|bell|books?)\s+(?:had\s+)?$/iu;
const CLOSED_TRADING = /^\s+(?:(?:the (?:day|session|week)|trading)\s+)?(?:at|up|down|higher|lower|flat|unchanged|(?:\d+(?:\.\d+)?\s*)?(?:%|per ?cent)\s+(?:higher|lower|up|down))\b/iu;
const LICENCE_KEYS = triggerKeys('licence', 'license');
const APPROVAL_KEYS = triggerKeys('gave', 'gives', 'given', 'grant');
const APPROVED_KEYS = triggerKeys('approve', 'cleared', 'clears', 'greenlit', 'greenlighted');
const CORPORATE_VOTERS = /\b(?:shareholders|stockholders|investors|board|directors|members|unitholders|bondholders|creditors)\s+(?:(?:have|had|has|unanimously|overwhelmingly|formally)\s+)?$/iu;
// 'X won FDA approval', 'X received regulatory clearance', 'X secured marketing authorisation'.
const WON_APPROVAL = /\b(?:won|wins|received|receives|secured|secures|gained|gains|got|gets|obtained|obtains|earned|earns)\s+(?:(?:the|its|their|a|an|final|full|formal|regulatory|marketing|conditional|accelerated|government)\s+|\p{Lu}[\p{L}.]{0,20}\s+){0,3}(?:approval|clearance|authori[sz]ation)\b/giu;
const WON_APPROVAL_KEYS = triggerKeys('approval', 'clearance', 'authoris', 'authoriz');
const RENAME_SELF_KEYS = triggerKeys('name');
const RENAME_TO_KEYS = triggerKeys('name', 'renaming', 'rebranded', 'now known as', 'now called as', 'evolv');
const NAME_CHANGE_KEYS = triggerKeys('name', 'rebranded');
const RENAME_SELF = /\b(?:upgraded|changed|renamed|rebranded|switched) to (?:its|their|the) (?:existing|current|present|new|now-familiar) name\b|\bchanged (?:its|their) name from\b|\b(?:adopted|adopts|took|takes|assumed|assumes) (?:on )?(?:its|their|the) (?:current|present|new|now-familiar) name\b/iu;
const RENAME_TO = /\b(?:under the new name|(?:was |were |has been |had been |is being )?(?:officially )?(?:renamed|rebranded)(?: itself| themselves)?(?: as| to| into)?|changed (?:its|their) name to|now (?:known|called) as|evolv\w+|renaming of)\s*["“'‘]?/giu;
const FORMER_NAME = /\b(?:formerly|previously|originally|once) (?:known as|called|named)\b|\b(?:which|that) (?:was|had been|used to be) (?:known as|called|named)\b|\b(?:its|their) (?:former|previous|old|original) name\b|\bchanged (?:its|their) name from\b/iu;
const NAME_CHANGE = /\b(?:changed (?:its|their) name|name change|renamed|rebranded)\b/iu;
// A listing told by its noun or by 'floated': 'in their market debut on Thursday', 'on their first
// day of trading on the Santiago Stock Exchange', 'its listing in Santiago last June', "since the
// company's debut on the exchange in 2021", 'when it floated in Warsaw in December 2020'.
const DEBUT = /\b(?:(?:its|their|the (?:company|group|firm)['’]s)\s+(?:(?:stock[- ]market|market|trading|public|exchange|share|stock|bourse)\s+)?(?:debut|listing|flotation)|first day of trading|(?:floated|floats)\s+(?:on|in)\b)/gu;
const DEBUT_KEYS = triggerKeys('debut', 'listing', 'flotation', 'first day of trading', 'floated', 'floats');
// A listing still to come, or one that did not happen: 'plans', 'ahead of', 'a planned listing'.
const UNREALIZED = /\b(?:plans?|planned|planning|prepar\w+|ahead of|consider\w*|weigh\w*|intends?|aims?|hopes?|seeks?|expect\w*|would|will|could|may|might|proposed|potential|possible|upcoming|delay\w*|postpon\w*|shelved|scrapped|abandoned|called off)\b/iu;

/** The trigger patterns of the event frames with their gate keys, for tests that check the keys. */
export const EVENT_TRIGGERS: readonly { readonly pattern: RegExp; readonly keys: TriggerKeys }[] = [
  ...FRAMES.map((f) => ({ pattern: f.trigger, keys: f.keys })),
  { pattern: LICENCE, keys: LICENCE_KEYS },
  { pattern: APPROVAL, keys: APPROVAL_KEYS },
  { pattern: APPROVED, keys: APPROVED_KEYS },
  { pattern: WON_APPROVAL, keys: WON_APPROVAL_KEYS },
  { pattern: RENAME_SELF, keys: RENAME_SELF_KEYS },
  { pattern: RENAME_TO, keys: RENAME_TO_KEYS },
  { pattern: NAME_CHANGE, keys: NAME_CHANGE_KEYS },
  { pattern: DEBUT, keys: DEBUT_KEYS },
];

/** Event claims of one sentence: founded, launched, acquired, licensed, renamed, ... */
export function eventClaims(ctx: SentenceContext): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  const s = ctx.sentence;
  const claimed = new Set<string>();
  const push = (d: ClaimDraft): void => {
    const key = `${d.predicate}|${d.subject}|${d.qualifier ?? ''}|${d.evidence.start}`;
    if (claimed.has(key)) return;
    claimed.add(key);
    out.push(d);
  };

  const may = triggerGate(s.text);
  const debut = (at: number, word: string): void => {
    const clause = clauseAt(ctx, at);
    const before = ctx.text.slice(clause.start, at);
    // Whose listing: 'Shares of X ... their debut', "X's debut", the subject of 'floated', or the
    // company the text is about ('its listing', 'the company's debut').
    // A bare 'debut' or 'listing' (not 'market debut') is a listing only on or in an exchange or
    // a city, or with the shares in the clause: 'its debut at the trade fair' is no listing.
    const bare = /(?:debut|listing|flotation)$/u.test(word) && !/(?:market|trading|public|exchange|share|stock|bourse)\s+\S+$/u.test(word);
    const where = ctx.text.slice(at + word.length, Math.min(clause.end, at + word.length + 50));
    const onExchange = /^\s+(?:on|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,4}(?:(?:stock\s+)?exchange|bourse|market|board|Nasdaq|NYSE)\b/u.test(where) || ctx.mentions.some((x) => x.place && x.start >= at + word.length && x.start <= at + word.length + 8 && /^\s+(?:on|in)\s+(?:the\s+)?$/u.test(ctx.text.slice(at + word.length, x.start)));
    const shares = ctx.mentions.find((x) => x.type === 'organization' && !x.place && x.start >= clause.start && x.end <= at && SHARES_OF.test(ctx.text.slice(Math.max(clause.start, x.start - 14), x.start)));
    const possessor = /^(?:its|their)\b/u.test(word) ? [...ctx.mentions].reverse().find((x) => x.type === 'organization' && !x.place && x.possessive && x.end <= at && at - x.end <= 3) : undefined;
    const actor = /^float/u.test(word) ? subjectBefore(ctx, clause, at, ['organization']) : undefined;
    const subject = shares ?? possessor ?? actor ?? (/^\s*(?:it\s+)?$/iu.test(before.replace(/^.*\b(?:when|after|since|before|as|once)\s+/iu, '')) || !/^float/u.test(word) ? topicMention(ctx, at) : undefined);
    if (!subject || (bare && !shares && !onExchange)) return;
    const unrealized = UNREALIZED.test(before.slice(-60)) || /\b(?:plans?|planned)\b/iu.test(ctx.text.slice(at + word.length, at + word.length + 20));
    const time = timeFor(ctx, clause, at);
    const clauseText = ctx.text.slice(clause.start, clause.end);
    const base = { ...modalityOf(clauseText), ...attributionOf(clauseText, attributionSpeaker(ctx)) };
    push({
      kind: 'event',
      subject: subject.entity,
      predicate: 'listed',
      ...datedOrBefore(time, unrealized ? 'future' : tenseOf(clauseText), ctx.reference),
      modality: unrealized ? { ...base, hedged: true } : base,
      evidence: clause,
    });
  };
  // One search for all the frames' keys first: most sentences have none.
  const anyFrame = may(FRAME_KEYS);
  // A function of its own rather than a loop body: V8 optimizes a smaller function far more cheaply.
  const frameClaims = (frame: EventFrame): void => {
    if (!anyFrame || !may(frame.keys)) return;
    for (const m of s.text.matchAll(frame.trigger)) {
      const at = s.start + m.index;
      const end = at + m[0].length;
      const clause = clauseAt(ctx, at);
      const clauseText = ctx.text.slice(clause.start, clause.end);
      // Lower-case triggers only: 'Founded' opens a participle clause, handled below.
      const word = m[0];
      const participle = /^\p{Lu}/u.test(word) && at === clause.start;
      if (/^\p{Lu}/u.test(word) && !participle) continue;
      if (frame.predicate === 'closed' && tradingClose(ctx, clause.start, at, at + m[0].length)) continue;
      // 'the official launch', 'a close': nouns, not verbs.
      if (/\b(?:the|a|an|its|their|official|formal|soft)\s+$/iu.test(ctx.text.slice(Math.max(clause.start, at - 12), at))) continue;
      const before = ctx.text.slice(clause.start, at);
      const passive = PASSIVE_BEFORE.test(before);
      // A relative clause describes the noun before it ('a product that launched').
      let subject: SentenceMention | undefined;
      let object: string | undefined;
      if (frame.predicate === 'acquired' || frame.predicate === 'appointed' || frame.predicate === 'opened' || frame.predicate === 'launched' || frame.predicate === 'sold') {
        // 'acquired a ... licence' is a licence, handled below; 'named X' after 'was' is a name.
        const rest = ctx.text.slice(end, Math.min(clause.end, end + 60));
        if (frame.predicate === 'acquired' && LICENCE.test(rest.split(/,|\band\b/u)[0] ?? '')) continue;
        if (frame.predicate === 'appointed' && /^(?:named|names)$/iu.test(word) && (passive || /^\s+(?:after|for)\b/iu.test(rest))) continue;
        // 'a round that brought in $10.5 million': money, not a hire.
        if (frame.predicate === 'appointed' && /^(?:brought|brings) in$/iu.test(word) && /^\s+(?:(?:about|around|nearly|over|some|roughly|the equivalent of|more than)\s+)*[\d$€£¥₹₦]|^\s+\p{Lu}{1,3}\$?\s?\d/u.test(rest)) continue;
        // 'takes over from X' is a succession, 'took over as CEO' a role: neither buys a company.
        if (frame.predicate === 'acquired' && /^\s+(?:from|as)\b/iu.test(rest)) continue;
        // 'X, who took over in April last year': a succession without an object.
        if (frame.predicate === 'acquired' && /^(?:took|takes|taken|take) over/iu.test(word) && /^(?:\s+(?:in|on|at|last|this|after|before|when|early|late)\b|\s*[,.;)]|\s*$)/iu.test(rest)) continue;
        // 'sold 526,409 cars' is a sales figure, not a divestment.
        if (frame.predicate === 'sold' && /^\s+(?:about |around |nearly |over |more than )?[\d$€£¥]/iu.test(rest)) continue;
        // 'sells cars', 'sold phones': what a company trades in, not a divestment; a divestment
        // parts with a stake, a unit or a company.
        if (frame.predicate === 'sold' && !DIVESTED.test(rest.split(/[,;]/u)[0] ?? '') && !mentionRightAfter(ctx, end, 4, ['organization'])) continue;
      }
      // 'Bluebay Bank, a private bank it set up in 2017': the appositive's head was founded.
      const appositive = ctx.appositives.find((r) => at >= r.start && at < r.end);
      if (frame.predicate === 'founded' && appositive && /^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:bank|company|firm|venture|joint venture|subsidiary|unit|startup|start-up|lender|platform|business)\b/iu.test(ctx.text.slice(appositive.start, at))) {
        subject = [...ctx.mentions].reverse().find((x) => x.end <= appositive.start && appositive.start - x.end <= 4 && x.type === 'organization');
      } else if (participle) {
        // 'Founded in 2016, X is ...': the subject follows the participle phrase.
        const comma = ctx.text.indexOf(',', end);
        if (comma < 0 || comma > clause.end) continue;
        subject = ctx.mentions.find((x) => x.start > comma && !x.place && (x.type === 'organization' || x.type === 'product'));
      } else if (frame.subject === 'object-after' && !passive && !/^\s+(?:in|on|at|by|as|with|under|during|since)\b/iu.test(ctx.text.slice(end, end + 8))) {
        subject = mentionRightAfter(ctx, end, 4, ['organization', 'product']);
        if (!subject) continue;
      } else if (frame.subject === 'object-after' && !passive && /^(?:which|that)\b/u.test(ctx.text.slice(clause.start, clause.start + 6))) {
        // 'X, which Y founded in 2013': a relative clause without an object after its verb acts
        // on the noun before it; Y is the founder, not what was founded.
        const head = clause.start;
        subject = [...ctx.mentions].reverse().find((x) => x.end <= head && head - x.end <= 4 && !x.place && (x.type === 'organization' || x.type === 'product'));
        // 'its plant in Hai Phong, Vietnam, which opened in 2020': the owner's opening, as
        // 'X opened a plant in Hai Phong' tells it.
        if (!subject && frame.predicate === 'opened') subject = facilityOwner(ctx, head);
        if (!subject) continue;
      } else {
        // 'to expand the animation studio it set up in 2019': a noun, then a pronoun and the verb
        // without its object; what was set up is the noun, not the pronoun's company. 'the chain
        // she started in 2004' founded the company 'the chain' refers to.
        const reduced = frame.subject === 'object-after' && !passive ? REDUCED_RELATIVE_BEFORE.exec(ctx.text.slice(Math.max(clause.start, at - 60), at)) : null;
        if (reduced) {
          const nounEnd = at - (reduced[1]?.length ?? 0);
          const noun = ctx.mentions.find((x) => x.end <= nounEnd && nounEnd - x.end <= 1 && x.type === 'organization' && !x.place);
          // 'the animation studio' is a part of the company, not the company 'the studio' would be.
          if (noun && noun.via === 'reference' && ctx.text.slice(noun.start, noun.end).trim().split(/\s+/u).length > 2) continue;
          // 'the run of the chain she started': a bare word for a company is the one the sentence is about.
          const bare = COMPANY_WORD_BEFORE.test(ctx.text.slice(Math.max(clause.start, nounEnd - 30), nounEnd)) ? topicMention(ctx, at) : undefined;
          if (!noun && !bare) continue;
          subject = bare ?? noun;
        } else subject = subjectBefore(ctx, clause, at);
        if (!subject && frame.predicate === 'opened' && /^(?:which|that)\b/u.test(ctx.text.slice(clause.start, clause.start + 6))) subject = facilityOwner(ctx, clause.start);
        // 'X was acquired by Y': Y acted, X is the object.
        const agent = passive && frame.subject === 'actor' ? byAgent(ctx, end, clause.end) : undefined;
        if (agent) {
          if (frame.object === 'entity' && subject && subject.entity !== agent.entity) object = subject.entity;
          subject = agent;
        }
        // 'X, which Y bought in 2016': the antecedent is the object.
        const head = /^(?:which|that)\b/u.test(ctx.text.slice(clause.start, clause.start + 6)) ? clause.start : undefined;
        if (!passive && head !== undefined && frame.object === 'entity' && subject && subject.start >= head) {
          const antecedent = [...ctx.mentions].reverse().find((m) => m.end <= head && head - m.end <= 4 && !m.place);
          if (antecedent && antecedent.entity !== subject.entity) object = antecedent.entity;
        }
        // 'X opened its Duqm South Container Terminal on Sunday': the opening is the terminal's.
        if (frame.predicate === 'opened' && !passive) {
          const opened = ctx.mentions.find((x) => x.start >= end && x.via !== 'reference' && !x.place && (x.type === 'organization' || x.type === 'product'));
          const gap = opened ? ctx.text.slice(end, opened.start) : '';
          if (opened && opened.entity !== subject?.entity && OPENED_GAP.test(gap)) subject = opened;
        }
        if (!subject && ctx.topic && /^\s*(?:(?:it|they)\s+|(?:has|have|had|also|then|later|officially|already|finally|recently)\s+)*$/iu.test(before)) {
          subject = { entity: ctx.topic, type: 'organization', start: at, end: at, text: '', via: 'reference', possessive: false, appositive: false, place: false, prepositional: false };
        }
        if (frame.object === 'entity' && !passive && object === undefined) {
          const obj = mentionRightAfter(ctx, end, 6);
          if (obj && obj.entity !== subject?.entity) object = obj.entity;
          else if (frame.predicate === 'acquired') {
            // '65% equity of X', 'a stake in X'
            const stake = ctx.mentions.find((x) => x.start > end && x.start < clause.end && /\b(?:of|in)\s+$/u.test(ctx.text.slice(end, x.start)) && !x.place);
            if (stake) object = stake.entity;
          }
        }
        if (frame.object === 'phrase' || (frame.object === 'entity' && object === undefined && !passive)) {
          const phrase = objectPhrase(ctx.text.slice(end, clause.end));
          if (phrase) object = phrase;
        }
      }
      if (!subject) continue;
      // 'X, who runs Y, said the chain had bought Z': a person who speaks is not the actor of what
      // is reported, unless a pronoun for them acts ('said she had bought').
      const speech = frame.subject === 'actor' && subject.type === 'person' && subject.end <= at ? /\b(?:said|says|told|added|noted)\b/u.exec(ctx.text.slice(subject.end, at)) : null;
      if (speech) {
        const speechEnd = subject.end + speech.index + speech[0].length;
        const reported = [...ctx.mentions].reverse().find((m) => m.start >= speechEnd && m.end <= at && !m.place && !m.prepositional && (m.type === 'organization' || m.type === 'person'));
        if (!reported) continue;
        subject = reported;
      }
      if (frame.predicate === 'appointed' && subject.type === 'person') continue;
      // 'the chain she started in Mysuru in 2004', 'the company Obi founded in 2013': the founder
      // acts on the organization named right before.
      if (frame.predicate === 'founded' && subject.type === 'person') {
        const founder = subject;
        const made = [...ctx.mentions].reverse().find((x) => x.end <= founder.start && x.type === 'organization' && !x.place && /^\s+(?:(?:which|that)\s+)?$/u.test(ctx.text.slice(x.end, founder.start)));
        if (!made || !/^\s+$/u.test(ctx.text.slice(founder.end, at))) continue;
        subject = made;
      }
      // "Yeonhwa's tender offer closed in January": what closed is the offer, not its owner.
      if (frame.predicate === 'closed' && subject.via !== 'reference' && isPossessiveModifier(ctx, subject) && subject.end < at) continue;
      if (frame.predicate === 'announced' && typeof object === 'string' && !/^that\b|\s/u.test(object)) continue;
      // 'launched its first credit product “X”': the product named in the object phrase.
      if (typeof object === 'string' && frame.object === 'entity') {
        const reach = end + object.length + 4;
        const named = ctx.mentions.find((x) => x.type === 'product' && x.start >= end && x.start <= reach);
        if (named) object = named.entity;
      }
      const time = timeFor(ctx, clause, at);
      // 'gave X the green light to set up Y': a plan, not an outcome.
      // 'had to break up', 'was forced to sell': obligations that were carried out.
      const plan = (/\bto\s+(?:\w+ly\s+)?$/iu.test(before) && !/\b(?:had|has|have|needed|was forced|were forced|was able|were able|managed|went on)\s+to\s+$/iu.test(before)) || /^agreed to/iu.test(word);
      // 'X, founded in 2017 by Y, plans to ...': the appositive states a fact of its own; the
      // plan of the clause around it is not the founding's.
      const openingPhrase = participle ? ctx.text.slice(at, Math.max(at, ctx.text.indexOf(',', end))) : undefined;
      const scope = scopeAt(ctx, clause, at);
      const ownText = appositive ? ctx.text.slice(appositive.start, appositive.end) : (openingPhrase ?? ctx.text.slice(scope.start, scope.end));
      const tense = plan ? 'future' : tenseOf(ownText);
      const base = { ...modalityOf(ownText), ...attributionOf(clauseText, attributionSpeaker(ctx)) };
      const modality = plan ? { ...base, hedged: true } : base;
      // 'launched its wallet in Brazil on Tuesday': a launch in a country is that market's, so
      // launches in two countries are two events.
      const market = frame.predicate === 'launched' ? marketOf(ctx, clause, end) : undefined;
      // 'A and B opened': both did.
      const subjects = [subject, ...coordinated(ctx, subject, at)];
      for (const one of subjects) {
        push({
          kind: 'event',
          subject: one.entity,
          predicate: frame.predicate,
          ...(object !== undefined ? { object } : {}),
          ...(market ? { qualifier: market } : {}),
          ...datedOrBefore(time, tense, ctx.reference),
          modality,
          evidence: clause,
        });
      }
    }
  };
  for (const frame of FRAMES) frameClaims(frame);

  // Entering a market: 'entered Uganda in 2020', 'Since entering Brazil in 2023', 'its expansion into Mexico'.
  for (const m of may(ENTRY_KEYS) ? s.text.matchAll(ENTERED) : []) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    const country = ctx.mentions.find((x) => x.place && x.start === end && isCountry(ctx.text.slice(x.start, x.end).toLowerCase()));
    if (!country) continue;
    const clause = clauseAt(ctx, at);
    const clauseText = ctx.text.slice(clause.start, clause.end);
    const subject = subjectBefore(ctx, clause, at, ['organization']) ?? topicMention(ctx, at);
    if (!subject) continue;
    const plan = UNREALIZED.test(ctx.text.slice(Math.max(clause.start, at - 40), at));
    const base = { ...modalityOf(clauseText), ...attributionOf(clauseText, attributionSpeaker(ctx)) };
    push({
      kind: 'event',
      subject: subject.entity,
      predicate: 'launched',
      qualifier: country.entity,
      ...datedOrBefore(timeFor(ctx, clause, at), plan ? 'future' : tenseOf(clauseText), ctx.reference),
      modality: plan ? { ...base, hedged: true } : base,
      evidence: clause,
    });
  }

  let lastLicenceKinds: string[] = [];
  // Licences: 'received the mobile payment license', 'obtained the license of consumer finance and virtual banking'.
  // Each needs the word licence after its verb, in the same sentence.
  for (const m of may(LICENCE_KEYS) ? s.text.matchAll(LICENCE_VERB) : []) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    const clause = clauseAt(ctx, at);
    const after = ctx.text.slice(end, clause.end);
    const lic = LICENCE.exec(after);
    if (!lic || lic.index > 60) continue;
    // 'a law requiring ride-hailing companies to obtain operating licences': a duty, not a licence held.
    if (LICENCE_DUTY.test(ctx.text.slice(Math.max(clause.start, at - 80), at))) continue;
    const phrase = after.slice(0, lic.index + lic[0].length + 60).split(/[,;(]|\bwhich\b|\bthat\b|\bin(?= \p{Lu}| \d)/u)[0] ?? '';
    // 'the licence' again: the kind named last.
    const named = licenceKinds(phrase);
    const kinds = named.length === 0 && /\bthe licen[cs]e\b/iu.test(phrase) ? lastLicenceKinds : named;
    if (named.length > 0) lastLicenceKinds = named;
    const clauseText = ctx.text.slice(clause.start, clause.end);
    // 'the central bank granted it a payment licence', 'granted Cardonal a 30-year licence': the
    // holder is who it was granted to, never the grantor; 'granted an environmental licence for
    // El Cardón': what it is for. 'X was granted a licence' is X's.
    const giving = /^(?:granted|awarded|issued)$/iu.test(m[0]) && !/\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/iu.test(ctx.text.slice(Math.max(clause.start, at - 20), at));
    const given = giving ? (mentionRightAfter(ctx, end, 1, ['organization']) ?? ctx.mentions.find((x) => x.type === 'organization' && !x.place && x.start > end + lic.index && x.start - (end + lic.index) <= 40 && /^\s*(?:for|to)\s+(?:the\s+)?$/u.test(ctx.text.slice(end + lic.index + lic[0].length, x.start)))) : undefined;
    if (giving && !given) continue;
    const subject = given ?? subjectBefore(ctx, clause, at, ['organization']) ?? topicMention(ctx, at);
    if (!subject) continue;
    const time = timeFor(withoutOthersDeals(ctx), clause, at);
    // 'where it has applied for a licence': asked for, not held.
    const applied = /^applied for$/iu.test(m[0]);
    for (const kind of kinds.length > 0 ? kinds : ['unspecified']) {
      push({
        kind: 'event',
        subject: subject.entity,
        predicate: 'licensed',
        qualifier: kind,
        ...datedOrBefore(time, tenseOf(clauseText), ctx.reference),
        modality: { ...modalityOf(clauseText, attributionSpeaker(ctx)), ...(applied ? { hedged: true } : {}) },
        evidence: clause,
      });
    }
  }

  // A licence told from the grantor's side: 'The licence was granted on Monday by the agency',
  // 'The regulator approved the licence on Tuesday'. Its holder is the company whose licence it
  // is ("X's licence"), else the one the text is about, never the grantor.
  for (const m of may(LICENCE_KEYS) ? s.text.matchAll(LICENCE_GIVEN) : []) {
    const at = s.start + m.index;
    const clause = clauseAt(ctx, at);
    if (LICENCE_DUTY.test(ctx.text.slice(Math.max(clause.start, at - 80), at))) continue;
    const lic = LICENCE.exec(m[0]);
    const licenceAt = at + (lic?.index ?? 0);
    // In 'the regulator approved the licence', the clause's subject is the grantor.
    const grantor = m[1] ? subjectBefore(ctx, clause, at, ['organization'])?.entity : undefined;
    const owner = ctx.mentions.find((x) => x.possessive && x.type === 'organization' && x.end <= licenceAt && licenceAt - x.end <= 40 && x.start >= clause.start);
    const holder = owner?.entity ?? (grantor === undefined ? ctx.topic : ctx.main);
    if (!holder || holder === grantor) continue;
    const clauseText = ctx.text.slice(clause.start, clause.end);
    const kinds = licenceKinds(m[0]);
    for (const kind of kinds.length > 0 ? kinds : ['unspecified']) {
      push({
        kind: 'event',
        subject: holder,
        predicate: 'licensed',
        qualifier: kind,
        ...datedOrBefore(timeFor(withoutOthersDeals(ctx), clause, licenceAt), tenseOf(clauseText), ctx.reference),
        modality: modalityOf(clauseText, attributionSpeaker(ctx)),
        evidence: clause,
      });
    }
  }

  // Approvals: 'regulators gave X the green light to ...', 'X's application was approved by Y'.
  for (const m of may(APPROVAL_KEYS) ? s.text.matchAll(APPROVAL) : []) {
    const end = s.start + m.index + m[0].length;
    const obj = mentionRightAfter(ctx, end, 1, ['organization']);
    if (!obj || !APPROVAL_OBJECT.test(ctx.text.slice(obj.end, obj.end + 30))) continue;
    const clause = clauseAt(ctx, end);
    const clauseText = ctx.text.slice(clause.start, clause.end);
    const kinds = licenceKinds(ctx.text.slice(obj.end, clause.end));
    push({
      kind: 'event',
      subject: obj.entity,
      predicate: 'approved',
      ...(kinds[0] ? { qualifier: kinds[0] } : {}),
      ...datedOrBefore(timeFor(ctx, clause, end), tenseOf(clauseText), ctx.reference),
      modality: modalityOf(clauseText, attributionSpeaker(ctx)),
      evidence: clause,
    });
  }
  for (const m of may(APPROVED_KEYS) ? s.text.matchAll(APPROVED) : []) {
    const at = s.start + m.index;
    const clause = clauseAt(ctx, at);
    const passive = PASSIVE_BEFORE.test(ctx.text.slice(clause.start, at));
    // 'X shareholders approved it', 'the board approved the deal': a company's own vote, not a
    // regulator's approval of it.
    if (!passive && CORPORATE_VOTERS.test(ctx.text.slice(Math.max(clause.start, at - 40), at))) continue;
    const subject = passive ? subjectBefore(ctx, clause, at, ['organization']) : mentionRightAfter(ctx, at + m[0].length, 3, ['organization']);
    if (subject) push(approvalClaim(ctx, clause, at, subject.entity));
  }

  for (const m of may(WON_APPROVAL_KEYS) ? s.text.matchAll(WON_APPROVAL) : []) {
    const at = s.start + m.index;
    const clause = clauseAt(ctx, at);
    const subject = subjectBefore(ctx, clause, at, ['organization', 'product']);
    if (subject) push(approvalClaim(ctx, clause, at, subject.entity));
  }

  for (const m of may(DEBUT_KEYS) ? s.text.matchAll(DEBUT) : []) debut(m.index + s.start, m[0]);

  // Renames. The new name is one of the entity's names, so the object is the entity itself;
  // a rename with no new name stated has no object.
  const self = may(RENAME_SELF_KEYS) ? RENAME_SELF.exec(s.text) : null;
  if (self) {
    const at = s.start + self.index;
    const clause = clauseAt(ctx, at);
    const subject = subjectBefore(ctx, clause, at, ['organization']) ?? topicMention(ctx, at);
    // The date after 'adopted its current name' is the rename's, not 'current'.
    if (subject) push(renameClaim(ctx, clause, at + self[0].length, subject.entity, subject.entity));
  }
  for (const m of may(RENAME_TO_KEYS) ? s.text.matchAll(RENAME_TO) : []) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    const clause = clauseAt(ctx, at);
    const target = ctx.mentions.find((x) => x.start >= end && x.start <= end + 2 && x.type === 'organization');
    if (!target) continue;
    if (/^evolv|^renaming/iu.test(m[0])) {
      // 'evolving X to Y', 'renaming of X to Y': the target is the second name.
      const second = ctx.mentions.find((x) => x.start > target.end && x.start <= target.end + 8 && /^(?:\s+(?:["'’”]\s+)?|["'’”]\s+)(?:to|into|as)\s+["“'‘]?$/u.test(ctx.text.slice(target.end, x.start)));
      if (!second) continue;
      push(renameClaim(ctx, clause, at, second.entity, second.entity));
      continue;
    }
    push(renameClaim(ctx, clause, at, target.entity, target.entity));
  }
  if (!self && out.every((d) => d.predicate !== 'renamed')) {
    const plain = may(NAME_CHANGE_KEYS) ? NAME_CHANGE.exec(s.text) : null;
    if (plain) {
      const at = s.start + plain.index;
      const clause = clauseAt(ctx, at);
      const subject = subjectBefore(ctx, clause, at, ['organization']) ?? topicMention(ctx, at);
      // 'X was formerly known as Y and changed its name in 2019': the sentence gives the old
      // name, so the subject is called by its new name, which is the rename's object.
      const renamedTo = subject && FORMER_NAME.test(s.text) ? subject.entity : undefined;
      if (subject) push(renameClaim(ctx, clause, at, subject.entity, renamedTo));
    }
  }
  return out;
}

/** The agent of a passive verb: 'by Y' right after it (an adverb or a date may come between). */
export function byAgent(ctx: SentenceContext, from: number, limit: number): SentenceMention | undefined {
  return ctx.mentions.find((m) => {
    if (m.start <= from || m.start >= limit || m.place) return false;
    const gap = ctx.text.slice(from, m.start);
    if (/^[^,;]{0,30}\bby\s+(?:the\s+)?$/u.test(gap)) return true;
    // 'owned by Dutch investor X', 'acquired by state-owned lender X': a descriptor ending in a business noun.
    const described = /^[^,;]{0,30}\bby\s+(?:the\s+)?((?:[\p{L}-]+\s){1,4})$/u.exec(gap)?.[1]?.trim().split(/\s/u);
    return described !== undefined && BUSINESS_NOUNS.has(described[described.length - 1] ?? '');
  });
}

/** Names joined to a subject by 'and' before the verb: 'A and B, a bank under C, opened'. */
function coordinated(ctx: SentenceContext, subject: SentenceMention, verbAt: number): SentenceMention[] {
  const out: SentenceMention[] = [];
  let prev = subject;
  for (const m of ctx.mentions) {
    if (m.start <= prev.end || m.start >= verbAt || m.appositive || m.place || m.type !== subject.type) continue;
    const gap = ctx.text.slice(prev.end, m.start).replace(/\s+/gu, ' ').replace(/^\./u, '').trim();
    if (gap !== ',' && gap !== ', and' && gap !== 'and' && gap !== '&') break;
    out.push(m);
    prev = m;
  }
  return out;
}

/** A regulator's approval of `subject`, for what kind of business the clause says, dated by the clause. */
function approvalClaim(ctx: SentenceContext, clause: { start: number; end: number }, at: number, subject: string): ClaimDraft {
  const clauseText = ctx.text.slice(clause.start, clause.end);
  const kinds = licenceKinds(clauseText);
  return {
    kind: 'event',
    subject,
    predicate: 'approved',
    ...(kinds[0] ? { qualifier: kinds[0] } : {}),
    ...datedOrBefore(timeFor(ctx, clause, at), tenseOf(clauseText), ctx.reference),
    modality: modalityOf(clauseText, attributionSpeaker(ctx)),
    evidence: clause,
  };
}

function renameClaim(ctx: SentenceContext, clause: { start: number; end: number }, at: number, subject: string, object: string | undefined): ClaimDraft {
  const clauseText = ctx.text.slice(clause.start, clause.end);
  return {
    kind: 'event',
    subject,
    predicate: 'renamed',
    ...(object ? { object } : {}),
    ...datedOrBefore(timeFor(ctx, clause, at), tenseOf(clauseText), ctx.reference),
    modality: modalityOf(clauseText, attributionSpeaker(ctx)),
    evidence: clause,
  };
}

// 'clearing the last hurdle for a deal signed in Jakarta late last year': a date after a deal's
// own participle is that deal's, not the licence's.
const OTHER_DEAL_BEFORE = /\b(?:deal|agreement|contract|order|accord|pact|transaction)\s+(?:signed|agreed|struck|announced|reached|sealed|inked|placed)\s+(?:in\s+\p{Lu}[\p{L}-]*\s+)?(?:on\s+|in\s+)?$/u;

function withoutOthersDeals(ctx: SentenceContext): SentenceContext {
  const times = ctx.times.filter((t) => !t.span || !OTHER_DEAL_BEFORE.test(ctx.text.slice(Math.max(0, t.span.start - 60), t.span.start)));
  return times.length === ctx.times.length ? ctx : { ...ctx, times };
}

const ENTERED = /\b(?:entered|enters|entering|entry into|expanded into|expands into|expanding into|expansion into)\s+(?=\p{Lu})/gu;
const ENTRY_KEYS = triggerKeys('enter', 'entry into', 'expanded into', 'expands into', 'expanding into', 'expansion into');

/** The country a launch was in: 'launched ... in Brazil', or the place before ', where it launched'. */
function marketOf(ctx: SentenceContext, clause: { start: number; end: number }, end: number): string | undefined {
  const country = (x: SentenceMention): boolean => x.place && isCountry(ctx.text.slice(x.start, x.end).toLowerCase());
  const after = ctx.mentions.find((x) => country(x) && x.start >= end && x.start <= end + 60 && x.end <= clause.end && /^[^,;]*\bin\s+(?:the\s+)?$/u.test(ctx.text.slice(end, x.start)));
  if (after) return after.entity;
  if (!/^where\b/u.test(ctx.text.slice(clause.start, clause.start + 6))) return undefined;
  const before = [...ctx.mentions].reverse().find((x) => x.end <= clause.start && clause.start - x.end <= 3);
  return before && country(before) ? before.entity : undefined;
}

/** The topic as a mention, when the clause's subject is only implied ('and in 2021 was renamed'). */
function topicMention(ctx: SentenceContext, at: number): SentenceMention | undefined {
  if (!ctx.topic) return undefined;
  return { entity: ctx.topic, type: 'organization', start: at, end: at, text: '', via: 'reference', possessive: false, appositive: false, place: false, prepositional: false };
}

/** A past event the text does not date lies before the publication date; a dated one keeps its date. */
export function datedOrBefore(given: TimeValue | undefined, tense: 'past' | 'present' | 'future', reference: TimeValue | undefined): { time?: TimeValue; tense: 'past' | 'present' | 'future' } {
  // 'X, co-founded by A and B, now has 3,000 agents': 'now' dates the state, never a one-time event.
  const time = given?.timex === 'PRESENT_REF' ? undefined : given;
  if (time) return { time: sinceAsStart(time), tense: tense === 'future' ? 'future' : 'past' };
  if (tense === 'future') return { tense };
  const before = beforePublication(reference);
  return before ? { time: before, tense: 'past' } : { tense: 'past' };
}

const MONTHS_IN: Partial<Record<TimeValue['granularity'], number>> = { month: 1, quarter: 3, season: 3, half: 6, year: 12 };

/**
 * A one-time event told as a state since a date ('has been listed in Toronto since 2018',
 * 'has operated since 2015') happened at that date: the time the state started, not an open
 * interval from it.
 */
function sinceAsStart(time: TimeValue): TimeValue {
  if (time.mod !== 'ON_OR_AFTER') return time;
  const [y, m] = time.start.split('-').map(Number);
  const months = MONTHS_IN[time.granularity];
  if (y === undefined || m === undefined || Number.isNaN(y) || Number.isNaN(m)) return time;
  let end: string | undefined;
  if (time.granularity === 'day') end = time.start;
  else if (months !== undefined) end = new Date(Date.UTC(y, m - 1 + months, 0)).toISOString().slice(0, 10);
  if (end === undefined) return time;
  const { mod: _mod, ...rest } = time;
  return { ...rest, end };
}

/** Who the sentence says is speaking ('X said', 'it said'); 'according to X' is read by the modality. */
export function attributionSpeaker(ctx: SentenceContext): string | undefined {
  const said = /(?:^|,)([^,]{1,60}?) (?:said|says|told|announced|revealed|claims|claimed)\b/u.exec(ctx.text.slice(ctx.sentence.start, ctx.sentence.end));
  // 'X is said to': a hedge, not a speaker.
  if (said?.[1] && !/\b(?:is|are|was|were|be|been|being)$/u.test(said[1])) {
    const m = ctx.mentions.find((x) => x.start >= ctx.sentence.start + said.index && x.end <= ctx.sentence.start + said.index + said[0].length);
    // 'it said': the speaker by name.
    if (m) return m.via === 'reference' ? (ctx.names.get(m.entity) ?? m.text) : m.text;
  }
  return undefined;
}

function objectPhrase(rest: string): string | undefined {
  const head = rest.trimStart().split(/[,;.]| (?=(?:in|on|at|amid|after|before|since|for|from|with|to|and|which|that|by) )/u)[0] ?? '';
  const phrase = head.slice(0, 80).trim();
  // 'launch in Germany next year': no object, only where.
  if (/^(?:in|on|at|to|for|from|with|by|amid|after|before|since|next|last|this|soon|later)\b/iu.test(phrase)) return undefined;
  return phrase.length >= 2 ? phrase : undefined;
}
