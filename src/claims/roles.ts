import type { TimeValue } from '../types.js';
import { clauseAt, insideQuotes, isPossessiveModifier, mentionRightAfter, scopeAt, subjectBefore, timeFor, type ClaimDraft, type SentenceContext, type SentenceMention } from './context.js';
import { attributionOf, modalityOf } from './modality.js';
import { attributionSpeaker } from './events.js';

/** Title words and the role predicate each one means; longest first so 'vice president' wins over 'president'. */
const TITLES: readonly (readonly [string, string])[] = [
  ['senior vice president', 'vice-president'],
  ['executive vice president', 'vice-president'],
  ['vice president', 'vice-president'],
  ['vice-president', 'vice-president'],
  ['chief executive officer', 'ceo'],
  ['chief executive', 'ceo'],
  ['chief financial officer', 'cfo'],
  ['legal representative', 'legal-representative'],
  ['general manager', 'manager'],
  ['managing director', 'director'],
  ['board member', 'director'],
  ['board director', 'director'],
  ['co-founder', 'founder'],
  ['cofounder', 'founder'],
  ['founder', 'founder'],
  ['chairwoman', 'chairman'],
  ['chairman', 'chairman'],
  ['chairperson', 'chairman'],
  ['president', 'president'],
  ['ceo', 'ceo'],
  ['cfo', 'cfo'],
  ['svp', 'vice-president'],
  ['evp', 'vice-president'],
  ['vp', 'vice-president'],
  ['manager', 'manager'],
  ['head', 'manager'],
  ['director', 'director'],
  ['top executive', 'director'],
  ['executive', 'director'],
];

interface TitleList {
  readonly predicates: readonly string[];
  readonly end: number;
  readonly former: boolean;
}

/** Reads 'the former president and CEO' at an offset: the titles, and where the list ends. */
function readTitles(text: string, at: number, limit: number): TitleList | undefined {
  let p = at;
  const predicates: string[] = [];
  let former = false;
  const skip = (re: RegExp): boolean => {
    re.lastIndex = p;
    const m = re.exec(text);
    if (m && m.index === p) {
      p += m[0].length;
      return true;
    }
    return false;
  };
  skip(/\s+/uy);
  for (let k = 0; k < 4 && p < limit; k++) {
    const indefinite = skip(/an?\s+/iuy);
    if (!indefinite) skip(/(?:the|its|their|his|her)\s+/iuy);
    if (skip(/(?:former|then|ex-|previous|outgoing|erstwhile)\s*/iuy)) former = true;
    skip(/(?:current|new|incoming|acting|interim|sole|first|joint|senior(?= vice| executive))\s+/iuy);
    const lower = text.slice(p, Math.min(limit, p + 40)).toLowerCase();
    const hit = TITLES.find(([t]) => lower.startsWith(t) && !/\p{L}/u.test(lower[t.length] ?? ''));
    if (!hit) break;
    p += hit[0].length;
    // 'the club's managing director', 'managing director of X': the top post, as in British and
    // most non-American usage; 'a managing director at X' is a banker's rank.
    predicates.push(hit[0] === 'managing director' && !indefinite && !/^\s+at\b/iu.test(text.slice(p, p + 5)) ? 'ceo' : hit[1]);
    if (!skip(/\s*(?:,\s*|and\s+|&\s+)(?=(?:the\s+|former\s+|senior\s+)?(?:vice|chief|legal|general|managing|board|co-?founder|founder|chair|president|ceo|cfo|svp|evp|vp|manager|head|director)\b)/iuy) && !skip(/\s+and\s+/iuy)) break;
  }
  if (predicates.length === 0) return undefined;
  return { predicates: [...new Set(predicates)], end: p, former };
}

/** The organization a title belongs to: 'of X', 'at X', 'X's' before the title. */
function organizationAfter(ctx: SentenceContext, at: number, limit: number): SentenceMention | null | undefined {
  const rest = ctx.text.slice(at, limit);
  const m = /^\s*(?:of|at|for|in)\s+/iu.exec(rest);
  if (!m) return undefined;
  const from = at + m[0].length;
  // 'of Chinese consumer electronics giant X': a few descriptive words may come first.
  const org = ctx.mentions.find((x) => x.start >= from && x.start <= from + 60 && x.type === 'organization' && !x.place && !/[,;()]/u.test(ctx.text.slice(from, x.start)));
  // 'chairman of X's fintech branch' is a post in a unit of X, not in X.
  if (org && isPossessiveModifier(ctx, org)) return null;
  // 'chief executive of its Asian unit': a post in a unit the text does not name, not in the company.
  if (!org && UNIT_OF.test(ctx.text.slice(from, Math.min(limit, from + 60)))) return null;
  return org;
}

/** A unit of a company named by what it is ('its Asian unit', 'the consumer lending division'). */
const UNIT_OF = /^(?:the|its|their|his|her|a)\s+(?:[\p{L}-]+\s+){0,3}?(?:unit|division|arm|subsidiary|branch|operations?|segment|department|affiliate|venture|business)\b/iu;

/** Titles at an offset, with an owner written as a possessive before them ('Y's chief executive'). */
function titlesWithOwner(ctx: SentenceContext, from: number, limit: number): { titles: TitleList; owner?: SentenceMention } | undefined {
  const skipped = /^\s*/u.exec(ctx.text.slice(from, from + 8))?.[0].length ?? 0;
  const owner = ctx.mentions.find((x) => x.start >= from && x.start <= from + skipped + 4 && x.possessive && x.type === 'organization');
  const titleAt = owner ? owner.end + (/^['’‘]s?/u.exec(ctx.text.slice(owner.end, owner.end + 3))?.[0].length ?? 0) : from;
  const titles = readTitles(ctx.text, titleAt, limit);
  if (!titles) return undefined;
  return owner ? { titles, owner } : { titles };
}

/** The date a post has been held since: 'since 2012' after `from`, within its clause. */
// 'since 2016', 'since early 2016', and the start told as the company's own: 'since it was set up
// in 2016', 'since its founding in 2016'.
const SINCE_BEFORE = /\bsince\s+(?:(?:early\s+|late\s+|mid-?)?|the\s+|(?:it|the \p{Ll}+) was (?:founded|set up|established|created|launched|started|formed)\s+(?:in\s+)?|its (?:founding|creation|launch|inception) in\s+)$/iu;

function sinceTime(ctx: SentenceContext, from: number, clause: { start: number; end: number }): TimeValue | undefined {
  // An appositive in between does not count towards the distance ('X, a former head of enterprise
  // sales at Y, has been chief executive since June last year').
  const skipped = (to: number): number => ctx.appositives.reduce((n, r) => (r.start >= from && r.end <= to ? n + r.end - r.start : n), 0);
  // A date inside such an appositive is its own post's ('X, its chief financial officer since 2016,
  // will succeed Y as chief executive'), not the one read from `from`.
  const elsewhere = (at: number): boolean => ctx.appositives.some((r) => at >= r.start && at < r.end && !(from >= r.start && from < r.end));
  return ctx.times.find((t) => t.span !== undefined && t.span.start >= from && t.span.end <= clause.end && !elsewhere(t.span.start) && t.span.start - from - skipped(t.span.start) <= 80 && SINCE_BEFORE.test(ctx.text.slice(Math.max(from, t.span.start - 48), t.span.start)) && !/;/u.test(ctx.text.slice(from, t.span.start)));
}

// Words after which a date belongs to another verb or clause ('became CEO after the company
// listed in 2014', 'named CEO, and in 2015 ...'), not to the start of the post.
const OTHER_CLAUSE = /[,;:()]|\b(?:after|before|since|until|till|when|while|which|who|whom|that|where|because|although|following|and|but|or|said|says|told|announced|than|by|during)\b/iu;
// What may stand between a title (with its organization) and the date of its start.
const START_PREPOSITION = /(?:^|\s)(?:in|on|from|as of|effective|with effect from|at the (?:start|end|beginning) of)\s+$/iu;

/** A date with the modifier of a phrase around it removed ('after 2012, when X became': 2012 itself). */
function bare(t: TimeValue): TimeValue {
  if (t.mod !== 'AFTER' && t.mod !== 'BEFORE' && t.mod !== 'ON_OR_AFTER' && t.mod !== 'ON_OR_BEFORE') return t;
  const { mod: _mod, ...rest } = t;
  return rest;
}

/**
 * The date a post began, as a start phrase states it: right after the title and its organization
 * ('became CEO of Y in March 2012', 'joined Y as CEO in 2012'), right before the one who took it
 * ('In 2012, X became CEO', 'In March 2012, Y appointed X as CEO': `lead` is where that subject or
 * appointer starts), or as the date a 'when' clause hangs on ('2012, when X became CEO'). A date
 * with another clause or verb in between is not the start's, so none is better than a wrong one.
 */
function startTime(ctx: SentenceContext, titlesEnd: number, lead: number, clause: { start: number; end: number }): TimeValue | undefined {
  for (const t of ctx.times) {
    if (!t.span || t.span.start < titlesEnd || t.span.end > clause.end) continue;
    const gap = ctx.text.slice(titlesEnd, t.span.start);
    if (gap.length <= 80 && !OTHER_CLAUSE.test(gap) && (START_PREPOSITION.test(gap) || /^\s+$/u.test(gap))) return t.mod === undefined || t.mod === 'EARLY' || t.mod === 'MID' || t.mod === 'LATE' || t.mod === 'APPROX' ? t : undefined;
    break;
  }
  const before = [...ctx.times].reverse().find((t) => t.span !== undefined && t.span.end <= lead);
  if (!before?.span) return undefined;
  const gap = ctx.text.slice(before.span.end, lead);
  // 'In 2012, X became', 'Last year, Y appointed X': a date opening its clause, then the subject.
  const opens = /\b(?:in|on|at the (?:start|end|beginning) of)\s+$/iu.test(ctx.text.slice(Math.max(ctx.sentence.start, before.span.start - 30), before.span.start)) || /^\s*["“]?$/u.test(ctx.text.slice(clause.start, before.span.start));
  if (before.span.start >= clause.start && /^\s*(?:,\s*)?$/u.test(gap) && opens && before.mod === undefined) return before;
  if (/^\s*,\s*when\s+$/iu.test(gap)) return bare(before);
  return undefined;
}

/** A post held from a stated date through the publication date: mod 'ON_OR_AFTER', start the stated start. */
export function heldSince(from: TimeValue, reference: TimeValue | undefined): TimeValue {
  const { span, ...rest } = from;
  return { ...rest, mod: 'ON_OR_AFTER', end: reference && reference.end > from.end ? reference.end : from.end, ...(span ? { span } : {}) };
}

function topicAsMention(ctx: SentenceContext): SentenceMention | undefined {
  // A speaker quoted with a post and no company ('"Uruguayan beef opens doors," X, who took over
  // as chief executive in April, said'), after sentences about another company (the one bought),
  // speaks for the company the article is most about, not for the topic carried from them.
  const carried = ctx.topic !== undefined && !ctx.mentions.some((m) => m.entity === ctx.topic);
  const quoted = carried && /["“”]/u.test(ctx.sentence.text);
  const entity = quoted && ctx.main !== undefined ? ctx.main : ctx.topic;
  if (!entity) return undefined;
  return { entity, type: 'organization', start: ctx.sentence.start, end: ctx.sentence.start, text: '', via: 'reference', possessive: false, appositive: false, place: false, prepositional: false };
}

// An age right after a name: 'X, 46, became ...'.
const AGE_AFTER = /^,\s+\d{2},\s+/u;
// A relative clause right after a name, up to its closing comma: 'X, who joined in 2010, ...'.
const RELATIVE_CLAUSE = /^,\s+who\s[^,;()]{1,100},\s+/u;
const BECAME = /^\s*(?:,\s*)?(?:who\s+)?(?:in\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4},?\s+)?(?:has\s+|had\s+|have\s+|officially\s+|then\s+|later\s+|subsequently\s+)*(?:became|becomes|become|been named(?: as)?|was named(?: as)?|is named(?: as)?|was made|was elevated to|rose to become|rose to|took on the role of|took up the (?:post|role|position) of|was appointed to the (?:role|post|position) of|was appointed(?: as)?|has been appointed(?: as)?|is appointed(?: as)?|was promoted to|took the role of|takes the role of|took over as|takes over as|assumed the role of|assumes the role of|took the helm as|takes the helm as|(?:succeeded|succeeds|will succeed|would succeed) (?:[^\s,;]+ ){1,4}?as|replaces \S+(?: \S+)? as|(?:will|would) replace \S+(?: \S+)? as|is replacing \S+(?: \S+)? as|(?:will|would|is to|is set to|was to) (?:take over as|become)|took the reins as|takes the reins as|was installed as|was hired as|was brought in as|was elected|stepped in as|replaced (?:[^\s,;]+ ){1,4}?as)\s+/iu;
const IS = /^\s*(?:,\s*)?(?:who\s+)?(?:is|has been serving as|has been|have been|remains|will remain|would remain|continues as|serves as|acts as|currently serves as|holds the position of|holds the post of|holds the title of|has held the (?:post|position|role|title) of)\s+/iu;
const WAS = /^\s*(?:,\s*)?(?:who\s+)?(?:was|had been|used to be|served as|previously served as|formerly served as|held the position of|held the post of)\s+/iu;
const RAN = /^\s*(?:,\s*)?(?:who\s+)?(?:has|had|have)\s+(?:\w+ly\s+)?(run|led|headed|helmed|steered|chaired|been at the helm of|been at the helm(?= since\b))\s+/iu;
// 'X took the helm at Y in 2012': the start of running it, with the date that phrase states.
const TOOK_HELM = /^\s*(?:,\s*)?(?:who\s+)?(?:took|has taken|had taken)\s+(?:over\s+)?the\s+(?:helm|reins)\s+(?:at|of)\s+/iu;
// 'has served as CEO' tells of experience unless a date says since when ('has served as CEO since 2011').
const SERVED = /^\s*(?:,\s*)?(?:who\s+)?(?:has|have)\s+(?:served|acted)\s+as\s+/iu;
const LED_BY = /\b(?:has|have) been (led|run|headed|helmed|chaired) by\s+$/iu;
const JOINED = /^\s*(?:,\s*)?(?:who\s+)?(?:later\s+|then\s+|subsequently\s+)?joined\s+/iu;
// 'X, who took the job in 2012': the start of a title named just before the person.
const BOARD = /^the\s+(?:supervisory\s+|management\s+|executive\s+)?board\b/iu;
const CHAIRS = /^\s*(?:,\s*)?(?:who\s+)?(?:chairs|presides over|heads)\s+(?:the|its)\s+(?:supervisory\s+|management\s+)?board(?:\s+of\s+directors)?\b/iu;
const HELD_THE_POST = /^,\s+who\s+(?:has|had)\s+held\s+(?:the|that|this)\s+(?:post|position|role|job|title)\s+since\s/iu;
const TOOK_THE_JOB = /^,\s+who\s+(?:(?:took|assumed|took up|took over|stepped into)\s+(?:the\s+)?(?:top\s+)?(?:job|post|role|position|helm|reins)|took over(?=\s+(?:in|on|last|at)\b))\s+/iu;
const PRE_SINCE = /(?:^|[\s,(])(chairman|chairwoman|chairperson|ceo|cfo|president|chief executive(?: officer)?|chief financial officer|general manager|legal representative) since [^,;]{1,25}, $/iu;
const STEPPED_DOWN = /^\s*(?:,\s*)?(?:has\s+|had\s+)?(?:stepped down as|steps down as|resigned as|resigns as|quit as|left (?:his|her|their) (?:post|position|role) as|retired as|was removed as|was dismissed as|was ousted as)\s+/iu;
const FOUNDED_BY = /\b(?:[Cc]o-?founded|[Ff]ounded|[Ss]et up|[Ee]stablished)(?: in \w+(?: \d{4})?)? by (?:(?:the|its|a|former|late)\s)?(?:[\p{Ll}-]+\s){0,3}$/u;
const COPULA_BEFORE = /(?:^|\b(?:previously|formerly|earlier|before that|until \w+),?\s+)(?:the\s+)?$/iu;

// 'will take over on April 1', with no title of its own ('take over as CEO' is BECAME's).
const TAKE_OVER = /^\s*(?:(?:will|is to|is set to|would|is due to)\s+take over|takes? over)\s+(?=(?:on|in|from|at the (?:start|end|beginning) of)\s)/iu;
// ', who has been creative director since 2014, ' between a name and its verb.
const LEADING_RELATIVE = /^,?\s*who\s[^,;()]{1,120},\s+/u;
// Before a post that changes hands: 'step down as', 'resigned as', 'named ... as', 'its new'.
const VACATED_BEFORE = /(?:\b(?:step|steps|stepping|stepped) down as|\b(?:resign|resigns|resigned|quit|quits|retire|retires|retired|leave|leaves|left) as|\b(?:named|appointed|hired|promoted|picked|chose|elected)\b[^.;]{1,60}\bas|\b(?:new|next|incoming|successor as)|\breplac(?:e|es|ed|ing)\b[^.;]{1,40}\bas)\s+(?:(?:its|the|their)\s+)?$/iu;
// A top post as the sentences before name it ('will step down as chief executive').
const TOP_POST = /\b(?:chief executive(?: officer)?|ceo|chairman|chairwoman|chairperson|president|managing director|chief financial officer|cfo)\b/giu;

/**
 * The post that sentences just before this one named, within its paragraph and the one before:
 * 'X will step down as chief executive ... Y will take over on April 1' is Y's start as chief
 * executive. The last named post wins.
 */
function postNamedBefore(ctx: SentenceContext): TitleList | undefined {
  const from = Math.max(0, ctx.sentence.start - 600);
  let window = ctx.text.slice(from, ctx.sentence.start);
  const breaks = [...window.matchAll(/\n\s*\n/gu)];
  if (breaks.length > 1) window = window.slice((breaks[breaks.length - 2]?.index ?? 0));
  const start = from + (ctx.text.slice(from, ctx.sentence.start).length - window.length);
  // The post someone leaves or is named to ('step down as chief executive ... and become chairman'
  // leaves the chief executive's post open), else the last one named.
  let last: RegExpExecArray | null = null;
  let vacated: RegExpExecArray | null = null;
  for (const m of window.matchAll(TOP_POST)) {
    last = m;
    if (VACATED_BEFORE.test(window.slice(Math.max(0, m.index - 80), m.index))) vacated = m;
  }
  const post = vacated ?? last;
  return post ? readTitles(ctx.text, start + post.index, start + post.index + post[0].length) : undefined;
}

// 'the founder's grandson and ', 'his daughter and ': kin named before a title in an appositive.
const KIN_BEFORE_TITLE = /^(?:(?:the|his|her|their|its)\s+)?(?:[\p{L}-]+['’]s\s+)?(?:grandson|granddaughter|son|daughter|nephew|niece|widow|wife|husband|brother|sister|father|mother|heir)\s+and\s+/u;
// What ends right before a speaker's title: a quotation, and maybe 'said'.
const TITLE_AND_BEFORE = /(?<![\p{L}-])(?:co-founder|cofounder|founder|chairman|chairwoman|chief executive|ceo|president)\s+and\s+$/iu;
const AFTER_QUOTE = /[,.!?]\s*["”]\s*(?:(?:said|says|added|continued)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;


/** Role claims of one sentence: who holds which title at which organization, and when. */
export function roleClaims(ctx: SentenceContext): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  const seen = new Set<string>();
  const s = ctx.sentence;
  const add = (org: SentenceMention | null | undefined, person: SentenceMention, titles: TitleList, tense: 'past' | 'present', at: number, appositive: boolean, event = false, since?: TimeValue, start?: TimeValue): void => {
    // null: the text names a unit we cannot identify; better no claim than one about the parent.
    if (org === null) return;
    const owner = org ?? topicAsMention(ctx);
    if (!owner || owner.entity === person.entity) return;
    const clause = clauseAt(ctx, at);
    const clauseText = ctx.text.slice(clause.start, clause.end);
    const stated = timeFor(ctx, clause, at);
    // A post held since a date is asserted by the words up to that date, not by what the clause
    // goes on to say ('X, who has led it since 2019, said it would ...').
    // A former post in an appositive ('X, a former head of sales at Y, has been CEO since 2023')
    // is not the post held since the clause's date.
    const from = since ?? (appositive && titles.former ? undefined : sinceTime(ctx, at, clause));
    const ownEnd = from?.span && from.span.end > at ? from.span.end : undefined;
    // Hedges and negations count within the post's own part of the clause (see scopeAt); who
    // vouches for it is read over the whole clause.
    const scope = scopeAt(ctx, clause, at);
    const base = { ...modalityOf(ctx.text.slice(scope.start, ownEnd ?? scope.end)), ...attributionOf(clauseText, attributionSpeaker(ctx)) };
    // An appositive states a fact about the person whatever the clause around it does.
    const modality = appositive ? { negated: false, hedged: false, ...(base.attributedTo ? { attributedTo: base.attributedTo } : {}) } : base;
    for (const predicate of titles.predicates) {
      const key = `${owner.entity}|${predicate}|${person.entity}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // 'has been CEO since 2012', 'X, chief executive since 2015,': held from then on, still held
      // as told unless the clause ends it ('until', 'stepped down').
      // 'had been CEO since 2011' (past perfect) tells of a post that has ended by the time told.
      const ended = from !== undefined && /\b(?:until|till|stepped down|resigned|left|retired|was replaced|former|had (?:been|run|led|headed|served))\b/iu.test(clauseText);
      const past = (tense === 'past' || titles.former) && (from === undefined || ended);
      // A start ('became CEO in 2012') is dated only by the date its own phrase states (see
      // `startTime`); any other date of the clause belongs to something else.
      // An ended term with its start ('had been CEO since 2011') still dates the start: the term
      // ran from then to about the time told, and is past.
      const time = from ? heldSince(from, ctx.reference) : past ? (event ? stated : undefined) : event ? (start ?? ctx.reference) : ctx.reference;
      out.push({
        kind: 'role',
        subject: owner.entity,
        predicate,
        object: person.entity,
        ...(time ? { time } : {}),
        tense: past ? 'past' : 'present',
        modality,
        evidence: clause,
      });
    }
  };

  const people = ctx.mentions.filter((m) => m.type === 'person');
  for (const person of people) {
    const after = person.end;
    // 'X, founder and CEO of Y,' / 'X, the former president at Y,' / 'X, Y's founder,'
    const app = ctx.appositives.find((r) => r.start >= after && r.start <= after + 3);
    if (app) {
      const owner = ctx.mentions.find((x) => x.start === app.start && x.possessive && x.type === 'organization');
      // "X, the founder's grandson and chairman since 2017,": a kinship before the title is no title.
      const kin = owner ? null : KIN_BEFORE_TITLE.exec(ctx.text.slice(app.start, app.end));
      const titleAt = owner ? owner.end + (ctx.text.slice(owner.end, owner.end + 3).match(/^['’‘]s?/u)?.[0].length ?? 0) : app.start + (kin?.[0].length ?? 0);
      const titles = readTitles(ctx.text, titleAt, app.end);
      if (titles) {
        const org = owner ?? organizationAfter(ctx, titles.end, app.end) ?? undefined;
        // 'X, CEO since 2015, said': a title held since a date, at the company the text is about.
        const since = sinceTime(ctx, titles.end, app);
        if (org) add(org, person, titles, 'present', app.start, true);
        else if (since && /^\s*$/u.test(ctx.text.slice(titles.end, since.span?.start ?? titles.end).replace(/\bsince\b/u, ''))) add(undefined, person, titles, 'present', app.start, true, false, since);
      }
    }
    // The verb comes after the appositive, if there is one: 'X, CFO of Y, became ...'.
    // 'X, 46, took over as CEO': an age between the name and its verb.
    const age = app ? null : AGE_AFTER.exec(ctx.text.slice(after, after + 8));
    const verbFrom = app ? app.end : after + (age?.[0].length ?? 0);
    const rest = ctx.text.slice(verbFrom, s.end);
    // 'X became the chairman (of Y)'; 'X, who joined in 2010, became chairman in 2022': the main
    // verb after a relative clause that names no post of its own.
    let becameFrom = verbFrom;
    let became = BECAME.exec(rest);
    const relative = !app && !became ? RELATIVE_CLAUSE.exec(rest) : null;
    if (relative) {
      becameFrom = verbFrom + relative[0].length;
      became = BECAME.exec(ctx.text.slice(becameFrom, s.end));
    }
    const becameAt = relative ? becameFrom : after;
    if (became) {
      const from = becameFrom + became[0].length;
      // "Y's chief executive", or the name as a modifier: 'became Y chief executive'.
      const owner = ctx.mentions.find((x) => x.start >= from && x.start <= from + 4 && x.type === 'organization' && !x.place && (x.possessive || readTitles(ctx.text, x.end, s.end) !== undefined));
      const titleAt = owner ? owner.end + (ctx.text.slice(owner.end, owner.end + 3).match(/^['’‘]s?/u)?.[0].length ?? 0) : from;
      const titles = readTitles(ctx.text, titleAt, s.end);
      if (titles) {
        const org = owner ?? organizationAfter(ctx, titles.end, s.end);
        // 'X, who in 2012 became CEO': the date inside the verb phrase is the start's.
        const within = ctx.times.find((t) => t.span !== undefined && t.span.start >= becameFrom && t.span.end <= from && t.mod === undefined);
        add(org, person, titles, 'present', becameAt, false, true, undefined, within ?? startTime(ctx, org && org.start >= titles.end ? org.end : titles.end, relative ? becameFrom : person.start, clauseAt(ctx, becameAt)));
      }
    }
    // 'X is the chairman and legal representative' / 'X has been Y's chief executive since 2014'
    const is = IS.exec(rest);
    if (is && !became) {
      const owned = titlesWithOwner(ctx, verbFrom + is[0].length, s.end);
      if (owned) add(owned.owner ?? organizationAfter(ctx, owned.titles.end, s.end), person, owned.titles, 'present', after, false);
    }
    const served = SERVED.exec(rest);
    if (served) {
      const owned = titlesWithOwner(ctx, verbFrom + served[0].length, s.end);
      const since = owned ? sinceTime(ctx, owned.titles.end, clauseAt(ctx, after)) : undefined;
      if (owned && since) add(owned.owner ?? organizationAfter(ctx, owned.titles.end, s.end), person, owned.titles, 'present', after, false, false, since);
    }
    const was = WAS.exec(rest);
    if (was) {
      const owned = titlesWithOwner(ctx, verbFrom + was[0].length, s.end);
      if (owned) add(owned.owner ?? organizationAfter(ctx, owned.titles.end, s.end), person, owned.titles, 'past', after, false);
    }
    // 'Y named X as chief executive', 'Y has appointed X, a banker, as its CFO'
    const lead = ctx.text.slice(Math.max(s.start, person.start - 40), person.start);
    const appointedBy = /\b(?:appointed|appoints|named|names|hired|hires|tapped|taps|promoted|elected|picked|chose)\s+$/iu.test(lead);
    // 'as its CEO', or 'named X its new CEO'
    const asTitle = /^\s*as\s+|^\s+(?=(?:its|their)\s)/iu.exec(rest);
    if (appointedBy && asTitle) {
      const owned = titlesWithOwner(ctx, verbFrom + asTitle[0].length, s.end);
      if (owned) {
        const clause = clauseAt(ctx, person.start);
        const explicit = owned.owner ?? organizationAfter(ctx, owned.titles.end, s.end);
        const appointer = ctx.mentions.find((m) => m.type === 'organization' && !m.appositive && !m.place && m.start >= clause.start && m.end <= person.start);
        const titlesEnd = explicit && explicit.start >= owned.titles.end ? explicit.end : owned.titles.end;
        // 'Y on Thursday appointed X as CEO': a date between the appointer and its verb.
        const between = appointer ? ctx.times.find((t) => t.span !== undefined && t.mod === undefined && t.span.start >= appointer.end && t.span.end <= person.start && /^\s+(?:(?:on|in)\s+)?$/iu.test(ctx.text.slice(appointer.end, t.span.start)) && /^\s+(?:has\s+|had\s+)?\p{L}+\s+$/u.test(ctx.text.slice(t.span.end, person.start))) : undefined;
        add(explicit === undefined ? appointer : explicit, person, owned.titles, 'present', person.start, false, true, undefined, between ?? startTime(ctx, titlesEnd, appointer?.start ?? person.start, clause));
      }
    }
    // 'X joined Y as chief executive in 2012': the post, and when it began.
    const joined = JOINED.exec(rest);
    if (joined) {
      const at = verbFrom + joined[0].length;
      // 'joined as chief executive': the company the text is about.
      const named = /^as\s/iu.test(ctx.text.slice(at, at + 3)) ? undefined : mentionRightAfter(ctx, at, 3, ['organization']);
      const org = named ?? (/^as\s/iu.test(ctx.text.slice(at, at + 3)) ? topicAsMention(ctx) : undefined);
      const asFrom = named ? named.end : at;
      const as = org ? /^\s*as\s+/iu.exec(ctx.text.slice(asFrom, asFrom + 8)) : null;
      const titles = org && as ? readTitles(ctx.text, asFrom + as[0].length, s.end) : undefined;
      // 'joined Y as CFO in 2015 and became CEO in 2018': where a career began, not a post still held.
      const movedOn = titles ? /\b(?:before (?:becoming|being|moving|taking|rising)|(?:and|later|then|subsequently) (?:later |then )?(?:became|rose|was promoted|was named|moved|left|took over)|rising to|until)\b/iu.test(ctx.text.slice(titles.end, s.end)) : false;
      if (org && titles && !movedOn) add(org, person, titles, 'present', after, false, true, undefined, startTime(ctx, titles.end, person.start, clauseAt(ctx, after)));
    }
    // 'X, who co-founded Y in 2010,'
    const who = /^,\s+who\s+(?:co-?)?found(?:ed|s)\s+/iu.exec(ctx.text.slice(after, s.end));
    if (who) {
      const org = ctx.mentions.find((m) => m.start === after + who[0].length && m.type === 'organization');
      if (org) add(org, person, { predicates: ['founder'], end: org.end, former: false }, 'present', after, true);
    }
    // 'Y, founded in 2017 by former engineer X,' / 'Y was set up by X': X is Y's founder.
    const by = FOUNDED_BY.exec(ctx.text.slice(Math.max(s.start, person.start - 90), person.start));
    if (by) {
      const verbAt = person.start - by[0].length;
      // 'Founded in 2017 by X, Y plans ...': the company follows the opening participle phrase.
      const opening = /^\s*$/u.test(ctx.text.slice(s.start, verbAt));
      const founded = opening ? ctx.mentions.find((m) => m.start > person.end && m.type === 'organization' && !m.place && /^[^,]*,\s*$/u.test(ctx.text.slice(person.end, m.start))) : subjectBefore(ctx, clauseAt(ctx, verbAt), verbAt, ['organization']);
      if (founded) add(founded, person, { predicates: ['founder'], end: person.end, former: false }, 'present', verbAt, true);
    }
    // 'X has run the airline since 2012', 'X, who has led the company since 2019': running an
    // organization since a date is its chief executive's post. Without the date ('has led the
    // talks') it says nothing about a post.
    const ran = RAN.exec(rest);
    if (ran) {
      const from = verbFrom + ran[0].length;
      const clause = clauseAt(ctx, from);
      const since = sinceTime(ctx, from, clause);
      const named = mentionRightAfter(ctx, from, 3, ['organization']);
      // 'has chaired the supervisory board since 2020': the board of the company the text is about.
      const board = BOARD.exec(ctx.text.slice(from, from + 40));
      const org = named ?? (board || /^(?:the (?:company|firm|group|business)|it\b|since\b)/iu.test(ctx.text.slice(from, from + 12)) ? topicAsMention(ctx) : undefined);
      // Chairing is the chairman's post, and so is leading the board; the other verbs name the one who runs it.
      const post = ran[1]?.toLowerCase() === 'chaired' || board ? 'chairman' : 'ceo';
      if (since && org && since.span && since.span.start - from <= 60) add(org, person, { predicates: [post], end: from, former: false }, 'present', from, false, false, since);
    }
    // 'Benavente will take over on April 1', 'X, 41, who has been creative director since 2014, will
    // take over on April 1': a post taken on a date, the post the sentences before named.
    const takeOver = TAKE_OVER.exec(rest.replace(LEADING_RELATIVE, ''));
    if (takeOver) {
      const from = s.end - rest.replace(LEADING_RELATIVE, '').length + takeOver[0].length;
      const start = ctx.times.find((t) => t.span !== undefined && t.span.start >= from && t.span.start <= from + 30 && t.mod === undefined && /^\s*(?:(?:on|in|from|at the (?:start|end|beginning) of)\s*)?$/iu.test(ctx.text.slice(from, t.span.start)));
      const titles = start ? postNamedBefore(ctx) : undefined;
      // No company named since: the one the text is about most.
      const org = ctx.topic === undefined && ctx.main !== undefined ? { ...person, entity: ctx.main, type: 'organization' as const, via: 'reference' as const, text: '' } : undefined;
      if (start && titles) add(org, person, titles, 'present', from, false, true, undefined, start);
    }
    // 'X chairs the supervisory board': the chairman now.
    const chairs = CHAIRS.exec(rest);
    if (chairs) {
      const from = verbFrom + chairs[0].length;
      const named = /^\s+of\s/u.test(ctx.text.slice(from, from + 4)) ? mentionRightAfter(ctx, from + 4, 3, ['organization']) : undefined;
      add(named ?? topicAsMention(ctx), person, { predicates: ['chairman'], end: from, former: false }, 'present', from, false);
    }
    const helm = TOOK_HELM.exec(rest);
    if (helm) {
      const from = verbFrom + helm[0].length;
      const named = mentionRightAfter(ctx, from, 3, ['organization']);
      const org = named ?? (/^the (?:company|firm|group|business)\b/iu.test(ctx.text.slice(from, from + 14)) ? topicAsMention(ctx) : undefined);
      const orgEnd = named ? named.end : from + (/^the \w+/u.exec(ctx.text.slice(from, from + 14))?.[0].length ?? 0);
      // Without its date the phrase says too little about a post to claim one.
      const start = org ? startTime(ctx, orgEnd, person.start, clauseAt(ctx, from)) : undefined;
      if (org && start) add(org, person, { predicates: ['ceo'], end: orgEnd, former: false }, 'present', from, false, true, undefined, start);
    }
    // 'Y has been led by X since 2011': the same post told from the organization's side.
    const ledBy = LED_BY.exec(ctx.text.slice(Math.max(s.start, person.start - 40), person.start));
    if (ledBy) {
      const verbAt = person.start - ledBy[0].length;
      const clause = clauseAt(ctx, verbAt);
      const subject = subjectBefore(ctx, clause, verbAt, ['organization']);
      const org = subject ?? (/^\s*(?:the (?:company|firm|group|business)|it)\s+$/iu.test(ctx.text.slice(clause.start, verbAt)) ? topicAsMention(ctx) : undefined);
      const since = sinceTime(ctx, person.end, clause);
      const post = ledBy[1]?.toLowerCase() === 'chaired' ? 'chairman' : 'ceo';
      if (org && since?.span && since.span.start - person.end <= 20) add(org, person, { predicates: [post], end: person.end, former: false }, 'present', verbAt, false, false, since);
    }
    // 'X stepped down as chairman of Y': the role ends, and a resignation event.
    const down = STEPPED_DOWN.exec(rest);
    if (down) {
      const titles = readTitles(ctx.text, verbFrom + down[0].length, s.end);
      if (titles) {
        const found = organizationAfter(ctx, titles.end, s.end);
        const org = found === undefined ? topicAsMention(ctx) : found;
        add(org, person, titles, 'past', after, false, true);
        const clause = clauseAt(ctx, after);
        const clauseText = ctx.text.slice(clause.start, clause.end);
        const time = timeFor(ctx, clause, after);
        for (const predicate of titles.predicates) {
          out.push({
            kind: 'event',
            subject: person.entity,
            predicate: 'resigned',
            object: predicate,
            ...(org ? { qualifier: org.entity } : {}),
            // the role left
            ...(time ? { time } : {}),
            tense: 'past',
            modality: modalityOf(clauseText, attributionSpeaker(ctx)),
            evidence: clause,
          });
        }
      }
    }
    // 'Y's co-founder X' / 'CEO X' / 'chairman of Y X'
    const before = ctx.text.slice(Math.max(s.start, person.start - 60), person.start);
    const pre = /(?:^|[\s,(])((?:former |then |ex-)?(?:co-founder|cofounder|founder|chairman|chairwoman|ceo|cfo|president|vice president|senior vice president|general manager|chief executive(?: officer)?|chief financial officer|director)),? $/iu.exec(before);
    if (pre?.[1]) {
      const lastTitle = person.start - before.length + pre.index + pre[0].indexOf(pre[1]);
      // 'Founder and chairman X told ...': two titles joined by 'and' open the sentence.
      const joined = TITLE_AND_BEFORE.exec(ctx.text.slice(Math.max(s.start, lastTitle - 30), lastTitle));
      const titleStart = joined ? lastTitle - joined[0].length : lastTitle;
      const titles = readTitles(ctx.text, titleStart, person.start);
      const owner = ctx.mentions.find((x) => x.type === 'organization' && x.end <= titleStart && titleStart - x.end <= 4 && x.possessive);
      // 'Chief executive X, who took the job in 2012,': the start of the title just named.
      const took = titles && !titles.former ? TOOK_THE_JOB.exec(ctx.text.slice(person.end, s.end)) : null;
      const tookAt = person.end + (took?.[0].length ?? 0);
      const start = took ? startTime(ctx, tookAt, person.start, { start: person.end, end: Math.min(s.end, tookAt + 40) }) : undefined;
      const tense = titles?.former ? 'past' : 'present';
      // 'chairman X, who has held the post since 2020': held since then.
      const held = titles && !titles.former && !took ? HELD_THE_POST.exec(ctx.text.slice(person.end, s.end)) : null;
      const heldSince = held ? sinceTime(ctx, person.end, { start: person.end, end: s.end }) : undefined;
      if (titles && owner) add(owner, person, titles, tense, person.start, true, start !== undefined, heldSince, start);
      // 'the board, led by chairman X': the board of the company the text is about.
      else if (titles && ctx.topic && /\b(?:led|headed|chaired|run) by\s+$/iu.test(ctx.text.slice(Math.max(s.start, titleStart - 12), titleStart))) add(undefined, person, titles, tense, person.start, true, start !== undefined, heldSince, start);
      // 'Chief executive X said ...' opening a sentence: the title at the company the text is about.
      else if (titles && ctx.topic && /^\s*["“]?$/u.test(ctx.text.slice(s.start, titleStart)) && !ctx.mentions.some((x) => x.end <= titleStart)) add(undefined, person, titles, tense, person.start, true, start !== undefined, undefined, start);
      // '"...," chief executive X said', '"...," said supervisory board chairwoman X': a speaker
      // after a quotation, with no company named outside it before the title and none after the name.
      else if (titles && ctx.topic && AFTER_QUOTE.test(ctx.text.slice(s.start, titleStart)) && !ctx.mentions.some((x) => x.end <= titleStart && !insideQuotes(ctx, x.start)) && !/^,?\s+(?:of|at|from)\s/u.test(ctx.text.slice(person.end, person.end + 7))) add(undefined, person, titles, tense, person.start, true, start !== undefined, undefined, start);
    }
    // "Y's chief executive since 2011, X," / 'Its chairman since 2014, X,': a title held since a date.
    const preSince = PRE_SINCE.exec(before);
    if (preSince?.[1]) {
      const titleStart = person.start - before.length + preSince.index + preSince[0].indexOf(preSince[1]);
      const titles = readTitles(ctx.text, titleStart, person.start);
      const since = titles ? sinceTime(ctx, titles.end, { start: titleStart, end: person.start }) : undefined;
      const owner = ctx.mentions.find((x) => x.type === 'organization' && x.end <= titleStart && titleStart - x.end <= 4 && x.possessive);
      const itsOwn = /(?:^|\s)(?:its|the (?:company|group|firm|bank)['’]s)\s+$/iu.test(ctx.text.slice(Math.max(s.start, titleStart - 20), titleStart)) || /^\s*["“]?$/u.test(ctx.text.slice(s.start, titleStart));
      if (titles && since && (owner || itsOwn)) add(owner, person, titles, 'present', person.start, true, false, since);
    }
  }

  // 'the chairman of X was Y' / 'Previously, the chairman of the company was Y'
  for (const m of s.text.matchAll(/\b(?:the|its|their)\s+/giu)) {
    const at = s.start + m.index;
    const titles = readTitles(ctx.text, at, s.end);
    if (!titles || !COPULA_BEFORE.test(ctx.text.slice(s.start, at).replace(/^\s*(?:After[^,]{0,40},|In \d{4},)\s*/u, ''))) continue;
    const org = organizationAfter(ctx, titles.end, s.end);
    const afterOrg = org ? org.end : titles.end;
    const cop = /^\s*(?:of [^,]{1,40}?\s+)?(is|was|has been|had been|remains)\s+/u.exec(ctx.text.slice(afterOrg, s.end));
    if (!cop) continue;
    const holderAt = afterOrg + cop[0].length;
    const holder = people.find((x) => x.start >= holderAt && x.start <= holderAt + 2);
    if (!holder) continue;
    const lead = ctx.text.slice(s.start, at);
    const past = cop[1] === 'was' || cop[1] === 'had been' || /\b(?:previously|formerly|earlier|before)\b/iu.test(lead);
    add(org, holder, titles, past ? 'past' : 'present', at, false);
  }
  return out;
}
