import type { Document, Entity, EntityName, EntityType, Mention, Quantity, Span, TimeValue } from '../types.js';
import type { Segmented, Sentence } from '../text/index.js';
import { analyzeSentence, type NlpSentence } from './nlp.js';
import { findNames, type NameSpan } from './names.js';
import { classifyName, placesNamed, type TypeVote } from './classify.js';
import { candidatePairs, foldName, nameKey, sameOrganizationName, samePersonName, slug, typePrefix } from './identity.js';
import { appositiveRanges, inRanges, type Range } from './appositives.js';
import { UnionFind } from './union-find.js';
import { isHeading } from './heading.js';
import { BUSINESS_NOUNS, COMPANY_WORDS, FUNCTION_WORDS, PERSON_PARTICLES, PERSON_WORD, shortFormWord } from './name-words.js';
import { isShortFormCandidate, isUnitName } from './short-names.js';
import { asBound, combineSpans, dateAfter, dateBetween, mergeNames, openingDate, type NameUse } from './name-spans.js';
import { parseTimes } from '../time/index.js';

/** The entities of one document, with mentions whose `entity` is a document-local id. */
export interface DocumentEntities {
  readonly doc: string;
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
  /**
   * Organizations founded in this document's text and who founded them ('A teamed up with B and
   * set up a bank'): local id → local ids of the founders. The linker uses it to identify an
   * unnamed joint venture with a named company founded by the same partners elsewhere.
   */
  readonly founders?: Readonly<Record<string, readonly string[]>>;
  /**
   * Holders known only by a description ('the sovereign fund, which owns 40% of X'): local id →
   * local ids of the companies they hold. The linker joins two such descriptions of one kind that
   * hold the same company.
   */
  readonly holdings?: Readonly<Record<string, readonly string[]>>;
  /** Local ids of entities known only by a description ('a private online bank'). */
  readonly anonymous?: readonly string[];
  /** Per sentence index: the organization the text is about when the sentence starts. */
  readonly topics?: readonly (string | undefined)[];
  /** Per sentence index: appositive ranges ('X, founder of Y,'), whose names are not subjects. */
  readonly appositives?: readonly (readonly Range[])[];
  /** Local ids of places ('based in X'). */
  readonly places?: readonly string[];
}

/** One occurrence of a name or a reference, before entities are final. */
interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: number;
  readonly node: number;
  readonly via: Mention['via'];
  readonly possessive: boolean;
}

/**
 * Occurrences, mentions and their spans are made with classes, not object literals. They live
 * until the article is done, long enough that V8 pretenures a literal's objects (allocates them
 * straight into the old generation: 96-97% of these were), where they die as garbage that only a
 * full collection frees; instances of a class start in the young generation. The fields are the
 * interfaces', in the same order, so they read, copy and serialize as the literals did.
 */
class OccurrenceRecord implements Occurrence {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly sentence: number,
    readonly node: number,
    readonly via: Mention['via'],
    readonly possessive: boolean,
  ) {}
}

class MentionRecord implements Mention {
  constructor(
    readonly entity: string,
    readonly span: Span,
    readonly sentence: number,
    readonly via: Mention['via'],
  ) {}
}

class SpanRecord implements Span {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
  ) {}
}

/** What is known about one node (a name, or a description) before merging. */
interface Node {
  readonly names: Map<string, number>;
  readonly votes: TypeVote[];
  readonly former: Set<string>;
  readonly current: Set<string>;
  /** Names given beside the one the text uses ('X (Y)', 'X, known in Chinese as Y'): the entity is called by them only when it has no other. */
  readonly secondary: Set<string>;
  readonly extraAliases: Set<string>;
  /** When each of its names was used, as far as the text says ('renamed Z in 2020'). */
  readonly spans: Map<string, NameUse>;
  descriptor?: string;
  /** Business nouns the text puts before the name ('budget airline X', 'X, a lender'). */
  readonly kinds: Set<string>;
  firstAt: number;
}

/** A {@link Node}, made by a class for the reason the records above are: V8 pretenured 96% of the literal's objects. */
class NodeRecord implements Node {
  readonly names = new Map<string, number>();
  readonly votes: TypeVote[] = [];
  readonly former = new Set<string>();
  readonly current = new Set<string>();
  readonly secondary = new Set<string>();
  readonly extraAliases = new Set<string>();
  readonly spans = new Map<string, NameUse>();
  declare descriptor?: string;
  readonly kinds = new Set<string>();
  constructor(public firstAt: number) {}
}

const FOUNDING_VERB = /\b(?:established|establish|establishes|set up|sets up|setting up|founded|founds|formed|forms|created|launched|teamed up)\b/gu;
// What a name or description must contain to be 'the bank', 'the lender', 'the insurer'.
const KIND_PATTERNS: Readonly<Record<string, RegExp>> = {
  club: /\b(?:fc|cf|afc|sc|ac|club|united|football|athletic|athletico|sporting|rovers|wanderers)\b/u,
  fund: /\bfunds?\b|\bfondo|\bfonds\b|capital|partners|investment|pension|sovereign|\btrust\b|reserve/u,
  bank: /\bbank/u,
  lender: /\bbank|lend|loan|credit|financ/u,
  insurer: /insur|assur/u,
};
// Industry nouns for companies that make or run something rather than invest or lend.
const OPERATING_NOUN = /^(?:\p{Ll}*maker|start-?up|retailer|airline|manufacturer|miner|telco|carrier|operator|platform|chain|developer|supplier|provider|agritech|fintech|insurtech|edtech|healthtech|proptech|publisher|broadcaster|studio)$/u;
// Trades a person may be called by as well ('the designer'): a reference only to a company the text described so.
// (A developer, supplier or provider in business news is a company: 'the developer' is an operating noun.)
const DESCRIBED_ONLY = /^(?:designer|producer)$/u;
// What a place of business is called right after its name: 'X wind farm', 'X, a 150 MW solar plant'.
// Sticky: tried at the end of each name, on the whole text (no slice per name).
const FACILITY_AFTER = /(?:,\s+(?:an?|the)\s+(?:[\p{L}\p{N},-]+\s+){0,3}|\s+(?:[\p{Ll}-]+\s+)?)(?:farm|plant|mine|oilfield|refinery|factory|stadium|arena|terminal|dam|reactor|smelter|gigafactory|site|printworks|depot|warehouse|shipyard|mill)\b/uy;
// Names of public bodies: what 'the company' or 'the operator' never refers to.
const PUBLIC_BODY = /\b(?:commission|authority|ministry|regulator|agency|council|court|tribunal|department|bureau|administration|parliament|government|inspectorate|ombudsman)\b/u;
const FINANCIAL_KINDS = new Set(['bank', 'lender', 'insurer', 'reinsurer', 'investor', 'fund', 'brokerage', 'broker', 'exchange']);
const INVESTOR_NAME = /\b(?:capital|ventures|partners|fund|funds|investments?|securities|asset management|equity|investor)\b|bank\b/u;
const LENDING_START_UP = /^(?:start-?up|(?:agri|fin|insur|prop)tech)$/u;
const FINANCIAL_NAME = /\b(?:capital|ventures|partners|fund|funds|investments?|securities|insurance|asset management|equity|lender|insurer|investor)\b|bank\b/u;

const KIND_NOUNS = /^(?:bank|joint venture|venture|company|firm|subsidiary|startup|start-up|lender|insurer|fund|platform|unit|entity|institution)$/u;
// 'the company', 'the carmaker', 'the start-up', 'the airline': an industry noun refers back to the
// salient organization (any word ending in 'maker' is one: 'chipmaker', 'drugmaker').
// Up to two words before the noun, or a place of several words made a modifier ('the Ho Chi Minh
// City-based airline').
const REFERENCE = /\b[Tt]he ((?:\p{Lu}[\p{L}.]* ){1,3}\p{Lu}[\p{L}.]*-(?:based|listed|headquartered|registered) (?:[\p{L}\p{N}][\p{L}\p{N},.-]* )?|(?:[\p{L}\p{N}][\p{L}\p{N},.-]* ){0,2})(company|firm|bank|lender|group|start-up|startup|venture|subsidiary|insurer|\p{Ll}*maker|giant|conglomerate|retailer|airline|platform|operator|manufacturer|brokerage|miner|telco|carrier|designer|developer|producer|supplier|provider|(?:agri|fin|insur|ed|health|prop)tech(?! (?:unit|arm|division|subsidiary|sector|industry|market|space|firm|company|companies|start-?ups?|lender|business|platform|app|group|licen[cs]e)\b)|publisher|broadcaster|studio|club|chain|fund|stadium|ground|arena|venue|mine|plant|factory|refinery)\b(?!-)/gu;
// 'the ground', 'the mine', 'the plant': a place of business, referred to by the head word of its
// name ('Ostwall Stadium', 'Cerro Verde Mine', 'Tilburg Plant').
const FACILITY_HEADS: Readonly<Record<string, RegExp>> = {
  stadium: /\b(?:stadium|arena|park|ground|field|bowl|dome)$/u,
  ground: /\b(?:stadium|arena|park|ground|field|bowl|dome)$/u,
  arena: /\b(?:stadium|arena|park|ground|dome)$/u,
  venue: /\b(?:stadium|arena|park|ground|field|bowl|dome|hall|centre|center)$/u,
  mine: /\bmines?$/u,
  plant: /\b(?:plant|works|factory|refinery)$/u,
  factory: /\b(?:plant|works|factory)$/u,
  refinery: /\brefinery$/u,
};
// A holder described, not named: 'the (Gulf state's) sovereign fund', 'a state investor'. Group 1 is
// the kind, which names the description.
const HOLDER_DESCRIPTION = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\p{L}-]+(?:['’]s)?\s+){0,2}?((?:sovereign(?:\s+wealth)?|state|state-owned|government|pension|investment|private\s+equity|hedge|family|strategic|institutional|anchor|cornerstone)\s+(?:fund|investor|trust|holding company|shareholder)|(?:state|state-owned|government)\s+(?:[\p{Ll}-]+\s+)?(?:company|group|firm))\b/gu;
// What makes such a description a holder: a verb of owning right after it or after ', which'.
const HOLDS_AFTER = /^(?:,\s+(?:which|that)\s+|\s+)(?:now\s+|already\s+|also\s+|still\s+)?(?:owns|holds|controls|has|had|held|owned|controlled)\b/u;
// 'X, known in Chinese as Y', 'X, whose Chinese name is Y', 'X, literally "Y"', 'KL, short for Y':
// the words between two names that make them one.
const OTHER_NAME = /^,? \(?(?:(?:which|that|who) (?:is |was )?)?(?:(?:also |better |locally |widely |officially )?(?:known|called|named|referred to)(?: in \p{Lu}\p{Ll}+| locally| at home| abroad| internationally)? as|whose (?:\p{Lu}\p{Ll}+ |official |full |legal |registered |local |formal |original )?name (?:is|was)|literally|meaning|which means|which translates (?:as|to)|translated as|short for|which stands for|stands for|an abbreviation (?:of|for)|abbreviated from) ["“'‘]?$/u;
// 'Y, or X in English', 'KL, or Kailong for short': 'or' names the same thing only with these after it.
const OTHER_NAME_AFTER = /^["'’”]?\)?,? (?:in (?:\p{Lu}\p{Ll}+|short)|for short)\b/u;
// 'A renamed Y to Z': A is who renamed, Y the old name; A is no name of Y.
const AGENT_RENAMES = /^ (?:renamed|rebranded) ["“'‘]?$/u;
// A new name right after the verb of a rename ('was renamed Z'); 'renamed Y to Z' has the old one there.
const RENAMED_TO_BEFORE = /\b(?:renamed|rebranded)(?: itself| themselves)?(?: as| to| into)? ["“'‘]?$|\bchanged (?:its|their) name to ["“'‘]?$/u;
// 'X was founded as Y', 'X, which was set up in 2015 as Y': Y is the name X started with.
const FOUNDED_AS = /^,? (?:which |that )?(?:was |had been |were )?(?:originally |first |initially )?(?:founded|established|set up|started|launched|incorporated|registered|created)(?: in (?:\p{Lu}\p{Ll}+ )?\d{4})? as ["“'‘]?$/u;
const NAME_AS_MODIFIER = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:app|apps|brand|brands|name|unit|business|platform|service|division|arm|network|model|product|website|logo|label|deal|takeover|acquisition)\b/u;
const PLANNED_RENAME = /^(?:['’]s)?['"’”]? (?:is|are) (?:renaming|rebranding) (?:itself |themselves )?(?:as |to )?["“'‘]?$|^(?:['’]s)?['"’”]? (?:will|plans to|is to|is set to|intends to|aims to) (?:rename|rebrand) (?:itself |themselves )?(?:as |to )?["“'‘]?$/u;
// Words every match of HOLDER_DESCRIPTION, and of the abbreviation pattern, contains (both are
// case-sensitive): a sentence without them is not searched.
const HOLDER_HEADS = /fund|investor|trust|shareholder|company|group|firm/u;
const ABBREVIATION_WORDS = /short for|stands for|abbreviation/u;
const PRONOUN = /\b(?:[Ii]ts?|[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er)\b/gu;
const EXPLETIVE_IT = /^\s+(?:is|was|will|would|has been|had been|might|may|could|seems|seemed|wasn['’]t|isn['’]t|remains)\s+(?:not\s+|only\s+|also\s+)?(?:be\s+|become\s+)?(?:reported|said|believed|expected|understood|known|clear|unclear|immediately|likely|unlikely|possible|impossible|natural|important|difficult|harder|hard|easy|true|time|necessary|worth|a|an|the|no|only|estimated|rumou?red)\b/u;
// Words right before a description that leave it a clause's subject or predicate, not an object:
// 'said the carrier would', 'and the lender', 'is the largest carrier', 'after the firm reported'.
const NOT_OBJECT_BEFORE = /\b(?:and|or|but|nor|so|then|that|which|who|whose|where|when|while|whereas|although|though|because|since|after|before|until|unless|if|once|whether|as|said|says|say|told|tells|added|adds|noted|notes|announced|stated|states|believes|believed|expects|expected|thinks|thought|warned|argued|claimed|reported|is|was|are|were|be|been|being|become|became|becomes|remains|remained|stays|stayed)\s+$/iu;
// 'the latest venture from X', 'the parent of X', 'the lender owned by X': a description related to X, not X.
const OWNER_AFTER = /^\s+(?:from|of|at|under|owned by|backed by|controlled by)\s+(?:the\s+)?$/u;
// Words that take a pronoun as their object: prepositions and verb forms ('for it', 'valuing it', 'bought it').
const OBJECT_PRONOUN_BEFORE = /(?:^|\s)(?:for|of|to|with|from|into|in|on|at|by|over|against|about|than|behind|via|\p{Ll}+ing|\p{Ll}+ed|bought|sold|took|made|gave|got|won|kept|held|ran|buy|sell|take|acquire|merge|value|back|fund|own|owns|run|runs)\s+$/u;
// What ends a subject's hold on a later object: a reporting verb or a new clause ('X said the
// carrier', 'X bought Y, which the lender'); a comma alone does not ('X bought Y, paying $N for the carrier').
const CLAUSE_BREAK = /[;:]|\b(?:said|says|say|told|tells|added|adds|noted|notes|announced|stated|states|believes|believed|expects|expected|thinks|thought|warned|argued|claimed|reported|that|which|who|whose|where|when|while|whereas|although|though|because|since|after|before|until|unless|if|but|as)\b/iu;
const SUBORDINATOR_BEFORE = /\b(?:[Aa]fter|[Bb]efore|[Ss]ince|[Uu]ntil|[Ww]hen|[Oo]nce)\s+(?:the\s+)?$/u;
const DEAL_VERB_AFTER = /^[^.;]{0,80}?\b(?:took|takes|bought|buys|acquired|acquires|paid|pays|invested|invests|raised|raises|increased|increases|cut|cuts|sold|sells|agreed|took over|completed|granted|grants|awarded|awards|issued|issues|gave|gives|fined|fines|approved|approves|sued|sues)\b/u;
const PREPOSITION_BEFORE = /\b(?:by|from|of|to|with|in|at|for|under|than|into|on|behind|including|via|as|besides|[Rr]esembling|[Ff]ollowing|[Aa]fter|[Bb]efore|[Ll]ike|[Uu]nlike)\s+(?:the\s+)?$/u;
// 'launched on PC, PlayStation and Xbox': a name further along a list that follows a preposition
// is as much the preposition's object as the first.
const LIST_NAME = String.raw`\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s\p{Lu}[\p{L}\p{N}.&'’-]*){0,3}`;
const LISTED_AFTER_PREPOSITION = new RegExp(String.raw`\b(?:on|in|at|by|from|with|to|for|including|like)\s${LIST_NAME}(?:,\s${LIST_NAME})*(?:,\s|,?\s(?:and|or)\s)$`, 'u');
const LIST_CONTINUES = new RegExp(String.raw`^(?:,\s${LIST_NAME})*,?\s(?:and|or)\s\p{Lu}`, 'u');

/**
 * Whether the name at `start`..`end` is a later item of a list after a preposition: 'PlayStation'
 * and 'Xbox' in 'on PC, PlayStation and Xbox'. A name after only a comma must be followed by the
 * rest of the list ('According to Reuters, Globex plans' and 'in Hamamatsu, X builds' are no lists).
 */
export function listedAfterPreposition(text: string, sentenceStart: number, start: number, end: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 120), start);
  if (!LISTED_AFTER_PREPOSITION.test(before)) return false;
  return /\s(?:and|or)\s$/u.test(before) || LIST_CONTINUES.test(text.slice(end, end + 80));
}

// 'Since the two friends founded the company in 2016, ' : a subordinate clause opening a sentence, to its comma.
const FRONTED_CLAUSE = /^\s*(?:Since|After|When|Before|While|Although|Though|Until|Once|As)\s[^,;"“”]{3,160},\s/u;
// Before who is told: 'told Vistula Business Daily', 'in an interview with X'.
const TOLD_BEFORE = /\b(?:told|tells|telling|speaking to|said to|in an interview with)\s+(?:the\s+)?$/iu;
// A sentence whose subject is 'she' or 'he' ('Now she runs the company.').
const PRONOUN_OPENS = /^\s*(?:["“]\s*)?(?:(?:now|then|today|but|and|still|later|since then|there|yet),?\s+)?(?:she|he)\s+\p{Ll}/iu;
// 'Obi said he', 'X told reporters she', 'X added that he'.
const SAID_PRONOUN_AFTER = /^,?\s+(?:said|says|told \p{L}+|added|explained|recalled)(?: that)?,?\s+(?:she|he)\s/u;
const PRONOUN_PERSON_VOTE: TypeVote = Object.freeze({ type: 'person', strength: 2 });
/**
 * A name of two or three words each shaped like a person's name ('Folasade Adeyemi-Bankole', 'Ewa
 * Sobczak'), no company word among them. One word alone ('Tolhuaca, founded in 1996, has grown
 * under Echenique. He led ...') is as often a company that a pronoun skips over.
 */
function personShapedName(name: string): boolean {
  const words = name.replace(/['’]s$/u, '').split(' ');
  return words.length >= 2 && words.length <= 3 && words.every((w) => PERSON_WORD.test(w) && !COMPANY_WORDS.has(w.toLowerCase()) && !BUSINESS_NOUNS.has(w.toLowerCase()));
}
// 'Shares in X rose': the company whose shares, which the sentence is about, though a preposition comes before it.
export const SHARES_OF = /(?:^|[\s"“])(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+$/u;

/**
 * Entities and mentions of one document.
 *
 * @param times - the document's dates (`parseTimes` of its text), which date its names ('renamed Z
 *   in 2020'); without them, the few sentences that state a name change are read for dates here.
 * @param quantities - the document's figures (`parseQuantities` of its text): a currency's letters
 *   in a sum ('KSh 45 million', 'R41.2 billion') are no name, nor part of the name before them.
 */
export function extractEntities(doc: Document, segmented: Segmented, times?: readonly TimeValue[], quantities?: readonly Quantity[]): DocumentEntities {
  const text = doc.text;
  // A sum and the conversion in brackets after it ('AED 655 million (about SR 669m)').
  const sums = (quantities ?? []).flatMap((q) => (q.equivalent ? [q, q.equivalent] : [q])).filter((q) => q.kind === 'money' && q.span && /^\p{L}/u.test(q.span.text)).map((q) => q.span as Span);
  const sentences = segmented.sentences;
  const lowercaseWords = new Set<string>(text.match(LOWERCASE_WORD));

  const uf = new UnionFind();
  const nodes: Node[] = [];
  const byKey = new Map<string, number>();
  const occurrences: Occurrence[] = [];
  // Groups of nodes and their types, kept up to date on every merge.
  const members = new Map<number, Node[]>();
  const typeCache = new Map<number, EntityType>();
  // What a group's names, descriptor and business nouns say, lower case (see kindOf); kept up to date on every merge.
  const kindCache = new Map<number, string>();
  const merge = (a: number, b: number): void => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) return;
    uf.union(ra, rb);
    const root = uf.find(ra);
    const other = root === ra ? rb : ra;
    const into = members.get(root);
    const from = members.get(other) ?? [];
    if (into) for (const n of from) into.push(n);
    else members.set(root, [...from]);
    members.delete(other);
    typeCache.delete(ra);
    typeCache.delete(rb);
    kindCache.delete(ra);
    kindCache.delete(rb);
  };
  const occurrencesBySentence = new Map<number, Occurrence[]>();
  const addOccurrence = (o: Occurrence): void => {
    occurrences.push(o);
    const list = occurrencesBySentence.get(o.sentence) ?? [];
    list.push(o);
    list.sort((a, b) => a.start - b.start);
    occurrencesBySentence.set(o.sentence, list);
  };
  const newNode = (at: number): number => {
    const node: Node = new NodeRecord(at);
    nodes.push(node);
    const id = uf.add();
    members.set(id, [node]);
    return id;
  };

  const roots = (): number[] => [...new Set(nodes.map((_, i) => uf.find(i)))];

  // 1. Names, sentence by sentence.
  const headings = new Set<number>();
  // Words that start a run of capitalized words somewhere ('Starling Bank') or are capitalized
  // inside a sentence: such a word opening a sentence is a name, whatever compromise thinks.
  const knownNames = knownNamesIn(text);
  const placesInText = placesNamed(text);
  // A function of its own rather than a loop body: V8 optimizes a smaller function far more cheaply.
  const namesIn = (s: Sentence): void => {
    if (s.boilerplate) return;
    const heading = isHeading(s.text);
    if (heading) headings.add(s.index);
    const nlpFacts: NlpSentence = worthNlp(s.text) ? analyzeSentence(s.text) : NO_NLP;
    for (const found of findNames(text, s.start, s.end, lowercaseWords, nlpFacts.notNames, nlpFacts.adjectives, knownNames)) {
      const name = sums.length > 0 ? outsideSums(text, found, sums) : found;
      if (!name || (heading && !name.quoted)) continue;
      const vote = classifyName(text, name, nlpFacts, s.start, placesInText);
      addName(name, s, vote);
    }
  };
  for (const s of sentences) namesIn(s);

  function addName(name: NameSpan, s: Sentence, vote: TypeVote): void {
    const key = (vote.place ? 'place:' : '') + nameKey(name.text);
    if (key.length === 0) return;
    let node = byKey.get(key);
    if (node === undefined) {
      node = newNode(name.start);
      byKey.set(key, node);
    }
    const n = nodes[node];
    if (!n) return;
    n.names.set(foldName(name.text), (n.names.get(foldName(name.text)) ?? 0) + 1);
    n.votes.push(vote);
    const kind = businessNounAround(text.slice(Math.max(s.start, name.start - 30), name.start), text.slice(name.end, Math.min(s.end, name.end + 60)));
    if (kind) n.kinds.add(kind);
    // 'its Punta Carrizal wind farm', 'X, a 150 MW solar plant': a place of business, not a business.
    FACILITY_AFTER.lastIndex = name.end;
    if (FACILITY_AFTER.test(text)) n.kinds.add('facility');
    addOccurrence(new OccurrenceRecord(name.start, name.end, name.text, s.index, node, 'name', name.possessive));
  }

  // 'Folasade Adeyemi-Bankole spent six years at X. Now she runs the company.', 'Obi said he ...':
  // a name that 'she' or 'he' picks up is a person's, whatever the words are.
  const personByPronoun = (s: Sentence): void => {
    const prev = sentences[s.index - 1];
    const next = PRONOUN_OPENS.test(s.text) && prev && prev.paragraph >= s.paragraph - 1 ? occurrencesBySentence.get(prev.index)?.[0] : undefined;
    if (next && /^\s*(?:["“]\s*)?$/u.test(text.slice(prev?.start ?? 0, next.start)) && personShapedName(next.text)) nodes[next.node]?.votes.push(PRONOUN_PERSON_VOTE);
    for (const o of occurrencesBySentence.get(s.index) ?? []) {
      if (personShapedName(o.text) && SAID_PRONOUN_AFTER.test(text.slice(o.end, Math.min(s.end, o.end + 40)))) nodes[o.node]?.votes.push(PRONOUN_PERSON_VOTE);
    }
  };
  for (const s of sentences) personByPronoun(s);

  // 2. Known multi-word names inside headings (title case hides which words are names).
  const multiWord = [...byKey.entries()].filter(([k]) => k.includes(' ') && !k.startsWith('place:'));
  for (const idx of headings) {
    const s = sentences[idx];
    if (!s) continue;
    const lower = s.text.toLowerCase();
    for (const [, node] of multiWord) {
      const n = nodes[node];
      for (const name of n ? n.names.keys() : []) {
        const at = lower.indexOf(name.toLowerCase());
        if (at < 0 || occurrences.some((o) => o.start === s.start + at)) continue;
        addOccurrence(new OccurrenceRecord(s.start + at, s.start + at + name.length, s.text.slice(at, at + name.length), idx, node, 'name', false));
      }
    }
  }

  const typeOf = (node: number): EntityType => {
    const root = uf.find(node);
    const cached = typeCache.get(root);
    if (cached) return cached;
    const t = decideType(nodesOf(root).flatMap((n) => n.votes));
    typeCache.set(root, t);
    return t;
  };
  const isPlace = (node: number): boolean => nodesOf(uf.find(node)).some((n) => n.votes.some((v) => v.place));
  function nodesOf(root: number): Node[] {
    return members.get(root) ?? [];
  }

  // 3. Partial person names ('Zhang' after 'Zhang Wenhao') and spelling variants of one organization.
  const keys = [...byKey.entries()];
  const personWords = new Map<string, number[]>();
  const personWordsOf = ([key, node]: [string, number]): void => {
    if (key.startsWith('place:') || typeOf(node) !== 'person' || !key.includes(' ')) return;
    for (const w of new Set(key.split(' '))) {
      const list = personWords.get(w);
      if (list) list.push(node);
      else personWords.set(w, [node]);
    }
  };
  for (const entry of keys) personWordsOf(entry);
  // 'Al Haddabi' after 'Layla Al Haddabi', 'de Groot' after 'Pieter de Groot': the last words of
  // exactly one longer person name, when they start with a particle.
  const personTails = new Map<string, number[]>();
  for (const [key, node] of keys) {
    if (key.startsWith('place:') || typeOf(node) !== 'person') continue;
    const words = key.split(' ');
    for (let i = 1; i < words.length - 1; i++) {
      // A particle starts a surname of several words; so does a double-barrelled surname, which the
      // key splits at its hyphen ('Adeyemi-Bankole' after 'Folasade Adeyemi-Bankole').
      if (!PERSON_PARTICLES.has(words[i] ?? '') && !(i === words.length - 2 && hyphenatedSurname(node, words.slice(i)))) continue;
      const tail = words.slice(i).join(' ');
      personTails.set(tail, [...(personTails.get(tail) ?? []), node]);
    }
  }
  function hyphenatedSurname(node: number, tail: readonly string[]): boolean {
    const joined = tail.join('-');
    return nodesOf(uf.find(node)).some((n) => [...n.names.keys()].some((name) => name.toLowerCase().endsWith(joined)));
  }
  // The words a company is called by alone (shortFormWord).
  const orgFirstWords = new Set<string>();
  for (const [k, n] of keys) if (!k.startsWith('place:') && k.includes(' ') && typeOf(n) === 'organization') orgFirstWords.add(shortFormWord(k));
  const partialNameOf = ([key, node]: [string, number]): void => {
    if (key.startsWith('place:')) return;
    if (key.includes(' ')) {
      const owners = personTails.get(key) ?? [];
      if (owners.length === 1 && owners[0] !== undefined && owners[0] !== node) {
        merge(node, owners[0]);
        nodes[node]?.votes.push({ type: 'person', strength: 2 });
        typeCache.delete(uf.find(node));
      }
      return;
    }
    // 'Kagayama' beside 'Kagayama Robotics' and its founder 'Hiroshi Kagayama': the company's short
    // name unless its own uses read as a person.
    if (orgFirstWords.has(key) && typeOf(node) !== 'person') return;
    const owners = personWords.get(key) ?? [];
    if (owners.length === 1 && owners[0] !== undefined) {
      merge(node, owners[0]);
      nodes[node]?.votes.push({ type: 'person', strength: 2 });
      typeCache.delete(uf.find(node));
    } else if (owners.length > 1 && new Set(owners.map((o) => uf.find(o))).size > 1 && owners.every((o) => nodesOf(uf.find(o)).some((n) => [...n.names.keys()].some((name) => name.toLowerCase().endsWith(` ${key}`))))) {
      // 'Brandão' beside 'Anselmo Brandão' and 'Ricardo Brandão': a person, though not which one.
      nodes[node]?.votes.push({ type: 'person', strength: 2 });
      typeCache.delete(uf.find(node));
    }
  };
  for (const entry of keys) partialNameOf(entry);
  // 'Brzozowska, 41, who ...' after 'his partner, Agnieszka Brzozowska': a surname that reads as a
  // person on its own makes the one longer name it ends a person too, when only context, never the
  // name's own words, made that name a company.
  const weakOrgsByLastWord = new Map<string, number[]>();
  for (const [key, node] of keys) {
    if (key.startsWith('place:') || typeOf(node) !== 'organization') continue;
    const words = key.split(' ');
    if (words.length < 2 || words.length > 3 || words.some((w) => COMPANY_WORDS.has(w) || BUSINESS_NOUNS.has(w))) continue;
    if (nodesOf(uf.find(node)).some((n) => n.votes.some((v) => v.type !== 'person' && v.strength === 2))) continue;
    const last = words[words.length - 1] ?? '';
    weakOrgsByLastWord.set(last, [...(weakOrgsByLastWord.get(last) ?? []), node]);
  }
  for (const [key, node] of weakOrgsByLastWord.size > 0 ? keys : []) {
    if (key.startsWith('place:') || key.includes(' ') || typeOf(node) !== 'person') continue;
    if (!nodesOf(uf.find(node)).some((n) => n.votes.some((v) => v.type === 'person' && v.strength === 2))) continue;
    // 'Brandão' already read as 'Anselmo Brandão' is his, not also 'Ricardo Brandão''s: a family
    // shares a surname.
    if (nodesOf(uf.find(node)).some((n) => [...n.names.keys()].some((name) => name.includes(' ')))) continue;
    const owners = weakOrgsByLastWord.get(key) ?? [];
    if (owners.length !== 1 || owners[0] === undefined) continue;
    merge(node, owners[0]);
    nodes[node]?.votes.push({ type: 'person', strength: 2 });
    typeCache.delete(uf.find(node));
  }
  const plain = keys.filter(([k]) => !k.startsWith('place:'));
  for (const [i, j] of candidatePairs(plain.map(([k]) => [k]))) {
    const [key, node] = plain[i] as [string, number];
    const [otherKey, other] = plain[j] as [string, number];
    if (typeOf(node) === 'organization' && typeOf(other) === 'organization' && sameOrganizationName(key, otherKey)) merge(node, other);
    else if (typeOf(node) === 'person' && typeOf(other) === 'person' && samePersonName(key, otherKey)) merge(node, other);
  }

  // Longer organization names by their first word.
  const byFirstWord = new Map<string, [string, number][]>();
  for (const entry of keys) {
    const [k, n] = entry;
    if (k.startsWith('place:') || !k.includes(' ') || typeOf(n) !== 'organization') continue;
    // 'Maison Vauterre' is called 'Vauterre', as 'Kagayama Robotics' is 'Kagayama'.
    const first = shortFormWord(k);
    const list = byFirstWord.get(first);
    if (list) list.push(entry);
    else byFirstWord.set(first, [entry]);
  }
  // A word compromise took for a place but that starts a company's name here ('Berkshire' after
  // 'Berkshire Hathaway') is that company's short name, not a place.
  const placeOrShortName = ([key, node]: [string, number]): void => {
    if (!key.startsWith('place:') || key.includes(' ')) return;
    const word = key.slice('place:'.length);
    const n = nodes[node];
    if (!n || n.votes.some((v) => v.place && v.strength === 2)) return;
    if ((byFirstWord.get(word) ?? []).length > 0) {
      for (let i = 0; i < n.votes.length; i++) if (n.votes[i]?.place) n.votes[i] = { type: 'organization', strength: 1 };
      typeCache.delete(uf.find(node));
    }
  };
  for (const entry of keys) placeOrShortName(entry);

  // 'Starling' after 'Starling Bank': a one-word name that starts exactly one longer name whose
  // other words only say what kind of company it is.
  const shortFormOf = ([key, node]: [string, number]): void => {
    if (key.includes(' ') || key.startsWith('place:') || typeOf(node) !== 'organization') return;
    const longer = (byFirstWord.get(key) ?? []).filter(([, n]) => n !== node);
    const only = longer[0];
    if (longer.length === 1 && only && only[0].split(' ').slice(1).every((w) => COMPANY_WORDS.has(w))) merge(node, only[1]);
  };
  for (const entry of keys) shortFormOf(entry);
  const sentencesByNode = new Map<number, Set<number>>();
  for (const o of occurrences) sentencesByNode.set(o.node, (sentencesByNode.get(o.node) ?? new Set()).add(o.sentence));
  const sentencesOf = (n: number): ReadonlySet<number> => sentencesByNode.get(n) ?? new Set();
  // 'Lumeng' beside 'Lumeng Auto': a one-word name that is no ordinary word and starts exactly
  // one longer organization name is its short form, unless the longer name is a business unit
  // of it ('X' and 'X Finance' are parent and subsidiary).
  const shortOrganizationOf = ([key, node]: [string, number]): void => {
    if (key.includes(' ') || key.startsWith('place:') || typeOf(node) !== 'organization' || !isShortFormCandidate(key) || lowercaseWords.has(key)) return;
    if (nodesOf(uf.find(node)).some((n) => [...n.names.keys()].some((x) => x.includes(' ')))) return;
    const longer = (byFirstWord.get(key) ?? []).filter(([, n]) => uf.find(n) !== uf.find(node));
    const roots = new Set(longer.map(([, n]) => uf.find(n)));
    const only = longer[0];
    if (!only || roots.size !== 1 || longer.some(([k]) => isUnitName(k))) return;
    // Both forms in one sentence ('founder of X, chairman of X Software') are two companies.
    const shortIn = sentencesOf(node);
    if ([...sentencesOf(only[1])].some((x) => shortIn.has(x))) return;
    merge(node, only[1]);
  };
  for (const entry of keys) shortOrganizationOf(entry);

  // 4. Organizations known only by a description: 'established a private online bank'.
  // A function of its own rather than a loop body: V8 optimizes a smaller function far more cheaply.
  const describedIn = (s: Sentence): void => {
    if (s.boilerplate || headings.has(s.index)) return;
    for (const m of s.text.matchAll(FOUNDING_VERB)) {
      const after = s.start + m.index + m[0].length;
      const np = indefiniteDescription(text, after, s.end);
      if (!np) continue;
      const node = newNode(np.start);
      const n = nodes[node];
      if (!n) continue;
      n.descriptor = np.descriptor;
      n.votes.push({ type: 'organization', strength: 2 });
      addOccurrence(new OccurrenceRecord(np.start, np.end, text.slice(np.start, np.end), s.index, node, 'reference', false));
    }
  };
  for (const s of sentences) describedIn(s);

  // 4b. Holders known only by a description: 'the sovereign fund, which owns 40 percent of X',
  // 'a state investor holds a 12% stake in X'. One node per description in a document.
  const holderNodes = new Map<string, number>();
  const holderAt: { node: number; sentence: number; after: number }[] = [];
  // A function of its own rather than a loop body: V8 optimizes a smaller function far more cheaply.
  const holdersIn = (s: Sentence): void => {
    if (s.boilerplate || headings.has(s.index)) return;
    for (const m of HOLDER_HEADS.test(s.text) ? s.text.matchAll(HOLDER_DESCRIPTION) : []) {
      const head = m[1];
      if (!head) continue;
      const end = s.start + m.index + m[0].length;
      const rest = text.slice(end, Math.min(s.end, end + 100));
      if (!HOLDS_AFTER.test(rest) || !/\b(?:stake|percent|per cent|shares|equity|interest)\b|%/u.test(rest)) continue;
      const descriptor = head.toLowerCase().split(/\s/u).filter((w) => w !== '' && w !== 'wealth').join(' ');
      const start = end - head.length;
      let node = holderNodes.get(descriptor);
      if (node === undefined) {
        node = newNode(start);
        holderNodes.set(descriptor, node);
        const n = nodes[node];
        if (n) {
          n.descriptor = descriptor;
          n.votes.push({ type: 'organization', strength: 2 });
        }
      }
      addOccurrence(new OccurrenceRecord(start, end, text.slice(start, end), s.index, node, 'reference', false));
      holderAt.push({ node, sentence: s.index, after: end });
    }
  };
  for (const s of sentences) holdersIn(s);

  // 5. References ('the company', 'it', 'he') resolved to the salient entity, sentence by sentence.
  const appositives: Range[][] = sentences.map(() => []);
  const topics: (number | undefined)[] = sentences.map(() => undefined);
  const bySentence = (idx: number): Occurrence[] => occurrencesBySentence.get(idx) ?? [];
  const kindOf = (node: number): string => {
    const root = uf.find(node);
    let kind = kindCache.get(root);
    if (kind === undefined) {
      kind = nodesOf(root)
        .flatMap((n) => [...n.names.keys(), n.descriptor ?? '', ...n.kinds])
        .join(' ')
        .toLowerCase();
      kindCache.set(root, kind);
    }
    return kind;
  };
  // A described holder is referred to only by its description, never by 'the company' or 'it',
  // and is never what the text is about.
  const isHolder = (node: number): boolean => [...holderNodes.values()].some((h) => uf.find(h) === uf.find(node));
  const fits = (node: number, want: 'org' | 'person' | string): boolean => {
    if (want.startsWith('facility:')) {
      const head = FACILITY_HEADS[want.slice('facility:'.length)];
      return head !== undefined && typeOf(node) !== 'person' && nodesOf(uf.find(node)).some((n) => [...n.names.keys()].some((name) => head.test(name.toLowerCase())));
    }
    if (isPlace(node) || isHolder(node)) return false;
    const t = typeOf(node);
    if (want === 'person') return t === 'person';
    if (t !== 'organization') return false;
    if (want === 'org') return true;
    // 'the company', 'the operator': a business, never a regulator, ministry or court ('it' may be one).
    if (PUBLIC_BODY.test(kindOf(node))) return false;
    // 'the developer' after 'Punta Carrizal, a wind farm': a farm is no business.
    if (kindOf(node).includes('facility')) return false;
    if (want === 'firm') return true;
    // 'the carmaker', 'the start-up': not a company whose name says it is an investor or a bank.
    // A start-up or a fintech may well be a lender or an insurer, never an investor or a bank.
    if (want.startsWith('operating:') && LENDING_START_UP.test(want.slice('operating:'.length))) return !INVESTOR_NAME.test(kindOf(node));
    if (want.startsWith('operating')) return !FINANCIAL_NAME.test(kindOf(node));
    return (KIND_PATTERNS[want] ?? /$^/u).test(kindOf(node));
  };
  // Organizations named in sentences before `idx` with business nouns that pass `test`, if just one.
  // Names with a business noun beside them are few; only they are searched.
  const describedNames = occurrences.filter((o) => o.via === 'name' && (nodes[o.node]?.kinds.size ?? 0) > 0);
  const describedAs = (idx: number, test: (kinds: ReadonlySet<string>) => boolean): number | undefined => {
    const found = new Set<number>();
    for (const o of describedNames) {
      const kinds = nodes[o.node]?.kinds;
      if (o.sentence < idx && kinds && test(kinds) && !isPlace(o.node)) found.add(uf.find(o.node));
    }
    return found.size === 1 ? [...found][0] : undefined;
  };
  // Who is told ('X told Vistula Business Daily') and the outlet that publishes the article are
  // never what a reference means.
  const outletKey = doc.outlet ? nameKey(doc.outlet.replace(/^the\s+/iu, '')) : undefined;
  const toldOrOwnOutlet = (o: Occurrence): boolean => TOLD_BEFORE.test(text.slice(Math.max(0, o.start - 24), o.start)) || (outletKey !== undefined && outletKey.length > 0 && nameKey(o.text) === outletKey);
  const subjectCandidates = (idx: number, before: number, want: string): Occurrence[] => {
    const ranges = appositives[idx] ?? [];
    return bySentence(idx).filter((o) => o.start < before && !inRanges(ranges, o.start) && fits(o.node, want) && !toldOrOwnOutlet(o));
  };
  // Whether a mention at `at` is the object of a verb or preposition: a lowercase word before it
  // that is no conjunction, copula or reporting verb.
  const isObjectAt = (sentenceStart: number, at: number, pronoun = false): boolean => {
    const before = text.slice(Math.max(sentenceStart, at - 30), at);
    if (!/(?:^|\s)\p{Ll}[\p{Ll}-]*\s+$/u.test(before) || NOT_OBJECT_BEFORE.test(before)) return false;
    // A pronoun after a noun starts a clause of its own ('the user base it already has').
    return !pronoun || OBJECT_PRONOUN_BEFORE.test(before);
  };
  // The subjects whose clause a description at `at` is the object of: 'X bought Y, paying $N for
  // the carrier' (X, or 'it' standing for X); a reporting verb or a new clause in between frees it.
  const governingSubjects = (idx: number, at: number, want: string): Set<number> => {
    const s = sentences[idx];
    const out = new Set<number>();
    if (!s) return out;
    for (const o of subjectCandidates(idx, at, want)) {
      // 'Its largest shareholder, Y, raised its holding in the company': a possessive is no subject.
      if (o.possessive) continue;
      // 'X, which paid $N for the carrier': X is the subject of its own relative clause, whatever it is in the main one.
      const relative = /^,?\s+(?:which|that|who)\s/u.exec(text.slice(o.end, at));
      // 'a year after the X fund, a state vehicle, took a stake in the company', 'before the central
      // bank granted it a licence': 'after' opens a clause whose subject X is, not a preposition's
      // object, when a deal's or a grant's verb follows.
      const clauseOpened = SUBORDINATOR_BEFORE.test(text.slice(s.start, o.start)) && DEAL_VERB_AFTER.test(text.slice(o.end, at));
      if (!relative && !clauseOpened && (PREPOSITION_BEFORE.test(text.slice(s.start, o.start)) || isObjectAt(s.start, o.start))) continue;
      const between = text.slice(o.end + (relative?.[0].length ?? 0), at);
      // After a comma, a noun phrase ('X posted a profit, a record for the company') sums up the
      // clause rather than continuing it.
      const comma = between.lastIndexOf(',');
      if (CLAUSE_BREAK.test(between) || (comma >= 0 && /^\s*(?:(?:a|an|the)\s|\p{Lu})/u.test(between.slice(comma + 1)))) continue;
      // 'X hired Y to run the company': the infinitive's subject is Y, so the company may be X
      // ('X agreed with Y to pay for the carrier' keeps X: Y there is no object of X's verb).
      if (bySentence(idx).some((x) => x.start >= o.end && x.end <= at && !PREPOSITION_BEFORE.test(text.slice(s.start, x.start)) && /\bto\s/u.test(text.slice(x.end, at)))) continue;
      out.add(uf.find(o.node));
    }
    return out;
  };
  // The organization named or referred to most often before `before`, if clearly the most.
  const mostNamedBefore = (before: number, want: string): number | undefined => {
    const counts = new Map<number, number>();
    for (const o of occurrences) if (o.start < before && fits(o.node, want) && !isPlace(o.node)) counts.set(uf.find(o.node), (counts.get(uf.find(o.node)) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    return first && (!second || first[1] > second[1]) ? first[0] : undefined;
  };
  // 'the X delivery app', 'the X brand': a name that only modifies the thing the clause is about.
  const asModifier = (o: Occurrence): boolean => o.via === 'name' && /\bthe\s+$/iu.test(text.slice(Math.max(0, o.start - 5), o.start)) && NAME_AS_MODIFIER.test(text.slice(o.end, o.end + 40));
  const resolve = (idx: number, at: number, wanted: string, attribution = false, definite = false, object = false, owner?: number): number | undefined => {
    const s = sentences[idx];
    if (!s) return undefined;
    // 'the group' after 'X, a family-controlled newspaper group': the one organization the text
    // called a group, if any; else any company, as 'the company' is.
    const want = wanted === 'group' ? 'firm' : wanted;
    // 'Since the two friends founded the company in 2016, Qantara has grown': a description in a
    // subordinate clause opening the sentence means the main clause's subject, named after it.
    if (definite) {
      const lead = FRONTED_CLAUSE.exec(text.slice(s.start, s.end));
      const comma = lead ? s.start + lead[0].length : -1;
      if (lead && at < comma) {
        const main = bySentence(idx).find((o) => o.start >= comma && o.start <= comma + 2 && o.via === 'name' && fits(o.node, want));
        if (main) return main.node;
      }
    }
    // A description that is the object of a verb or preposition is not the subject of that
    // clause ('X took over Y, paying $N for the carrier' is Y): the most recent other candidate.
    const governing = object ? governingSubjects(idx, at, want) : new Set<number>();
    // Nor is 'the latest venture from X' or 'the parent of X' X itself.
    const excluded = owner === undefined ? governing : new Set([...governing, uf.find(owner)]);
    const allowed = (node: number | undefined): node is number => node !== undefined && !excluded.has(uf.find(node));
    if (wanted === 'group') {
      const described = describedAs(idx, (kinds) => kinds.has('group'));
      if (allowed(described)) return described;
    }
    // 'the airline' after 'budget airline X': the one organization the text called so; 'the
    // chipmaker' after 'X, a chip designer': the one it described by a trade at all.
    if (want.startsWith('described:')) {
      const described = describedAs(idx, (kinds) => kinds.has(want.slice('described:'.length)));
      return allowed(described) ? described : undefined;
    }
    if (want.startsWith('operating:')) {
      const noun = want.slice('operating:'.length);
      const described = describedAs(idx, (kinds) => kinds.has(noun)) ?? describedAs(idx, (kinds) => !kinds.has('facility') && [...kinds].some((k) => !FINANCIAL_KINDS.has(k)));
      if (allowed(described)) return described;
    }
    if (object) {
      const other = subjectCandidates(idx, at, want).filter((o) => allowed(o.node)).pop();
      if (other) return other.node;
    }
    // 'X, Y and Z, the company said': the speaker is the topic, not the last name listed.
    let here = attribution ? [] : subjectCandidates(idx, at, want).filter((o) => allowed(o.node) && !asModifier(o));
    // 'X owns 40% of the company': a description in X's own clause is someone else, unless a
    // comma or an infinitive separates them ('X hired Y to lead the smartphone maker's unit').
    if (definite) here = here.filter((o) => PREPOSITION_BEFORE.test(text.slice(s.start, o.start)) || /[,;]|\bto\s|\bthat\s/u.test(text.slice(o.end, at)) || CLAUSE_BREAK.test(text.slice(o.end, at)));
    // 'As for X, it ...' sets X as the topic.
    const preferred = here.filter((o) => !afterPreposition(text, s.start, o) || /\bas for\s+$/iu.test(text.slice(s.start, o.start)) || SHARES_OF.test(text.slice(s.start, o.start)));
    if (preferred[0]) return preferred[0].node;
    if (here[0] && want !== 'org' && want !== 'firm') return here[0].node;
    // 'X, who became chief executive of Y in 2019, said the firm ...': the speaker's company.
    const employer = definite ? here.filter((o) => /\b(?:chief|officer|executive|chairman|chairwoman|president|head|founder|director|ceo|cfo)\w* of\s+(?:the\s+)?$/iu.test(text.slice(Math.max(s.start, o.start - 30), o.start)) && /,|\b(?:since|after|when|until|before|because)\s/u.test(text.slice(o.end, at))).pop() : undefined;
    if (employer) return employer.node;
    // 'The company, founded in 2006 by ...' opening a paragraph after one about another company
    // (its new investor): the writer returns to the company the article is about, the one named
    // most often so far, when one clearly is.
    if (definite && (want === 'org' || want === 'firm') && here.length === 0 && at - s.start <= 4 && sentences[idx - 1]?.paragraph !== s.paragraph) {
      const most = mostNamedBefore(s.start, want);
      if (allowed(most)) return most;
    }
    const limit = want === 'org' || want === 'firm' || want === 'person' ? 4 : 8;
    let seen = 0;
    let fallback: number | undefined;
    for (let k = idx - 1; k >= 0 && seen < limit; k--) {
      const prev = sentences[k];
      if (!prev || prev.boilerplate || headings.has(k)) continue;
      if (s.paragraph - prev.paragraph > 2) break;
      seen++;
      const topic = topics[k];
      if (allowed(topic) && fits(topic, want)) return topic;
      // A name used only as a modifier ('the X delivery app') is not what a later reference means.
      const cands = subjectCandidates(k, prev.end, want).filter((o) => allowed(o.node) && !asModifier(o));
      // A name in a quotation ('"Emeka built this company," he said') is the speaker's word, not
      // the narrative's: one only when no sentence back to the limit offers another. A
      // preposition's object ('established the unit of X in 2009. In 2010, it acquired ...') is the
      // next best, unless it is a later item of a list ('on PC, PlayStation and Xbox').
      const unquoted = cands.filter((o) => !insideQuotation(text, prev.start, o.start));
      const pick = unquoted.find((o) => !afterPreposition(text, prev.start, o)) ?? unquoted.find((o) => !listedAfterPreposition(text, prev.start, o.start, o.end));
      if (pick) return pick.node;
      fallback ??= cands[0]?.node;
    }
    return fallback;
  };

  // A function of its own rather than a loop body: V8 optimizes a smaller function far more cheaply.
  const referencesIn = (s: Sentence): void => {
    if (s.boilerplate || headings.has(s.index)) return;
    const names = bySentence(s.index);
    appositives[s.index] = appositiveRanges(text, s.start, s.end, names.map((o) => o.end + (o.possessive ? possessiveLength(text, o.end) : 0)));
    const refs: { start: number; end: number; want: string; possessive: boolean; definite: boolean }[] = [];
    for (const m of s.text.matchAll(REFERENCE)) {
      const noun = m[2] ?? 'company';
      const start = s.start + m.index;
      const end = start + m[0].length;
      // 'the state mining company' already read as a described holder is not 'the company'.
      if (occurrences.some((o) => o.start <= start && o.end > start) || holderAt.some((h) => h.sentence === s.index && h.after > start && h.after <= end)) continue;
      // 'the bank', 'the fund', 'the club': the kinds a name or description must say (KIND_PATTERNS).
      const want = KIND_PATTERNS[noun] ? noun : FACILITY_HEADS[noun] ? `facility:${noun}` : OPERATING_NOUN.test(noun) ? `operating:${noun}` : DESCRIBED_ONLY.test(noun) ? `described:${noun}` : noun === 'group' ? 'group' : 'firm';
      refs.push({ start, end, want, possessive: /^['’]s\b/u.test(text.slice(end, end + 3)), definite: true });
    }
    for (const m of s.text.matchAll(PRONOUN)) {
      const word = m[0].toLowerCase();
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (word === 'it' && EXPLETIVE_IT.test(text.slice(end, end + 40))) continue;
      // 'made it clear', 'found it hard to': a dummy object.
      if (word === 'it' && /\b(?:make|makes|made|take|takes|took|find|finds|found|consider|considers|considered|keep|keeps|kept)\s*$/u.test(text.slice(start - 12, start))) continue;
      const want = word === 'it' || word === 'its' ? 'org' : 'person';
      refs.push({ start, end, want, possessive: word === 'its' || word === 'his' || word === 'her', definite: false });
    }
    refs.sort((a, b) => a.start - b.start);
    for (const r of refs) {
      // ', the company said' closes a sentence about something else; 'it said' is the subject speaking.
      const closing = r.definite && /,\s*$/u.test(text.slice(r.start - 2, r.start)) && /^,?\s+(?:said|says|announced|told|added|noted|stated)\b/u.test(text.slice(r.end, r.end + 12));
      // 'paying $N for the carrier', 'bought the retailer': the object of a verb or preposition.
      // A pronoun there is no more its clause's subject ('X agreed to buy Y, valuing it at $N' is Y).
      const pronoun = text.slice(r.start, r.end).toLowerCase();
      const object = (r.definite || pronoun === 'it' || pronoun === 'him') && !r.possessive && isObjectAt(s.start, r.start, !r.definite);
      const owner = r.definite ? bySentence(s.index).find((o) => o.start >= r.end && o.via === 'name' && OWNER_AFTER.test(text.slice(r.end, o.start))) : undefined;
      const node = resolve(s.index, r.start, r.want, closing, r.definite, object, owner?.node);
      if (node === undefined) continue;
      addOccurrence(new OccurrenceRecord(r.start, r.end, text.slice(r.start, r.end), s.index, node, 'reference', r.possessive));
    }
    const all = bySentence(s.index);
    // 'The Oslo-based start-up, founded in 2015, employs ...': a description has appositives too.
    if (refs.length > 0) appositives[s.index] = appositiveRanges(text, s.start, s.end, all.map((o) => o.end + (o.possessive ? possessiveLength(text, o.end) : 0)));
    const ranges = appositives[s.index] ?? [];
    const orgs = all.filter((o) => !inRanges(ranges, o.start) && fits(o.node, 'org'));
    const direct = orgs.filter(
      (o) =>
        (o.via === 'reference' || !afterPreposition(text, s.start, o) || SHARES_OF.test(text.slice(s.start, o.start))) &&
        !(o.possessive && o.via !== 'reference') &&
        !/\baccording to\b[^,;]*$/iu.test(text.slice(s.start, o.start)) &&
        // '"X gives us ...," chief executive Y said': a name inside a quotation is the speaker's topic.
        !insideQuotation(text, s.start, o.start) &&
        // '"...," chief executive X told Vistula Business Daily': who is told is no topic.
        !toldOrOwnOutlet(o) &&
        // the agency of a dateline, 'BEIJING (Reuters) -'
        !/^\)\s?[-–—]/u.test(text.slice(o.end, o.end + 4)) &&
        // 'the X delivery app', 'the X brand': the name modifies another thing the sentence is about
        !asModifier(o),
    );
    topics[s.index] = direct[0]?.node;
  };
  for (const s of sentences) referencesIn(s);

  // 6. Aliases stated in the text, and when each name was used.
  const sentenceTimes = new Map<number, readonly TimeValue[]>();
  const timesOf = (s: Sentence): readonly TimeValue[] => {
    let list = sentenceTimes.get(s.index);
    if (!list) {
      list = times
        ? times.filter((t) => t.span && t.span.start >= s.start && t.span.end <= s.end)
        : parseTimes(s.text, { reference: doc.published }).map((t) => (t.span ? { ...t, span: { ...t.span, start: t.span.start + s.start, end: t.span.end + s.start } } : t));
      list = [...list].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
      sentenceTimes.set(s.index, list);
    }
    return list;
  };
  const note = (o: Occurrence, span: NameUse): void => {
    const n = nodes[o.node];
    if (!n || o.via !== 'name') return;
    const key = foldName(o.text);
    const had = n.spans.get(key);
    n.spans.set(key, had ? combineSpans(had, span) : span);
  };
  const bounds = (t: TimeValue | undefined, side: 'from' | 'until'): NameUse => (t ? { [side]: asBound(t) } : {});
  // A function of its own rather than a loop body: V8 optimizes a smaller function far more cheaply.
  const aliasesIn = (s: Sentence): void => {
    if (s.boilerplate) return;
    const occ = bySentence(s.index);
    for (let a = 0; a < occ.length; a++) {
      const m1 = occ[a];
      if (!m1) continue;
      for (let b = a + 1; b < occ.length && b <= a + 3; b++) {
        const m2 = occ[b];
        if (!m2 || m2.start < m1.end) continue;
        const between = text.slice(m1.end, m2.start);
        const tail = text.slice(m2.end, m2.end + 2);
        const n1 = nodes[m1.node];
        const n2 = nodes[m2.node];
        // Two names already one entity may still say when each was used ('X changed its name from
        // Y to X in 2019'); one name twice says nothing.
        if (!n1 || !n2 || (uf.find(m1.node) === uf.find(m2.node) && (m1.via !== 'name' || foldName(m1.text) === foldName(m2.text)))) continue;
        if (isPlace(m1.node) || isPlace(m2.node)) continue;
        const compatible = typeOf(m1.node) === typeOf(m2.node) || m1.via === 'reference';
        // 'X, formerly known as Y', 'X, which was called Y until 2021': Y is a former name of X.
        if (/^,? \(?(?:(?:was|is|had been|has been) )?(?:formerly|previously|once|originally) (?:known as |called |named )?["“'‘]?$/u.test(between) || /^, (?:which|that) (?:was|had been|used to be) (?:called|named|known as) ["“'‘]?$/u.test(between)) {
          merge(m1.node, m2.node);
          n2.former.add(foldName(m2.text));
          // 'X, formerly known as Y until 2018': Y until then, X since.
          const until = dateAfter(text, m2.end, timesOf(s), 'until');
          note(m2, { ...bounds(until, 'until'), former: true });
          note(m1, bounds(until, 'from'));
        } else if (/^ \($/u.test(between) && tail.startsWith(')') && compatible && m2.via === 'name') {
          merge(m1.node, m2.node);
          n2.secondary.add(foldName(m2.text));
        } else if (/^,? \(?(?:also known as|aka|a\.k\.a\.|also called|or simply) ["“'‘]?$/u.test(between) && compatible) {
          merge(m1.node, m2.node);
        } else if (m2.via === 'name' && !m2.possessive && (OTHER_NAME.test(between) || (/^,? \(?or ["“'‘]?$/u.test(between) && OTHER_NAME_AFTER.test(text.slice(m2.end, m2.end + 24))))) {
          // 'X, known in Chinese as Y', 'X, whose Chinese name is Y', 'X, literally "Y"', 'KL, short
          // for Kailong Logistics', 'Y, or X in English': the text says both are one name, in two
          // languages or two lengths, whatever each looked like on its own.
          merge(m1.node, m2.node);
          // The expansion of a short form is the better name; a translation is the lesser one.
          if (!/\b(?:short|stands|abbreviat)/u.test(between)) n2.secondary.add(foldName(m2.text));
        } else if (
          ((/^['"’”]?,? (?:(?:which |that )?(?:was |has been |had been |is being |will be ))?(?:officially )?(?:renamed|rebranded)(?: as| to| into)? ["“'‘]?$/u.test(between) && !(AGENT_RENAMES.test(between) && /^["'’”]?\s+(?:to|into|as)\s/u.test(text.slice(m2.end, m2.end + 6)))) ||
            /^['"’”]? (?:changed|changes|will change) (?:its|their) name to ["“'‘]?$/u.test(between) ||
            (/^['"’”]? (?:to|into|as) ["“'‘]?$/u.test(between) && /\b(?:renam\w*|rebrand\w*|evolv\w*|chang\w* (?:its |the )?name)(?: of| from)? ["“'‘]?$/iu.test(text.slice(Math.max(s.start, m1.start - 30), m1.start)))) &&
          compatible
        ) {
          merge(m1.node, m2.node);
          n1.former.add(foldName(m1.text));
          n2.current.add(foldName(m2.text));
          // 'Y was renamed Z in 2020', 'In 2020, Y changed its name to Z': Y until then, Z since.
          const when = dateAfter(text, m2.end, timesOf(s), 'change') ?? openingDate(text, s.start, m1.start, timesOf(s));
          note(m1, { ...bounds(when, 'until'), former: true });
          note(m2, bounds(when, 'from'));
        } else if (PLANNED_RENAME.test(between) && compatible && m2.via === 'name') {
          // 'X is renaming itself Y', 'X will rebrand as Y': one company under its coming name;
          // which name it goes by when is left to the rename's own claim.
          merge(m1.node, m2.node);
        } else if (
          / (?:changed|changes) (?:its|their) name from ["“'‘]?$/u.test(between) &&
          !inRanges(appositives[s.index] ?? [], m1.start) &&
          occ.slice(a + 1, b).every((o) => o.via === 'reference' || inRanges(appositives[s.index] ?? [], o.start)) &&
          compatible
        ) {
          // 'X changed its name from Y': Y is X's former name.
          merge(m1.node, m2.node);
          n2.former.add(foldName(m2.text));
          const when = dateAfter(text, m2.end, timesOf(s), 'change') ?? openingDate(text, s.start, m1.start, timesOf(s));
          note(m2, { ...bounds(when, 'until'), former: true });
          note(m1, bounds(when, 'from'));
        } else if (/^ (?:is|was|has been|will be) (?:now |also |officially )?(?:called|named|dubbed|known as) ["“'‘]?$/u.test(between) && m2.via === 'name' && compatible && !m1.possessive) {
          merge(m1.node, m2.node);
          n2.current.add(foldName(m2.text));
          note(m2, bounds(dateAfter(text, m2.end, timesOf(s), 'from'), 'from'));
        } else if (FOUNDED_AS.test(between) && m2.via === 'name' && !m2.possessive && compatible && typeOf(m2.node) === 'organization') {
          // 'X was founded as Y in 2015': Y was its first name, from then on.
          merge(m1.node, m2.node);
          n2.former.add(foldName(m2.text));
          const when = dateAfter(text, m2.end, timesOf(s), 'change') ?? dateBetween(m1.end, m2.start, timesOf(s)) ?? openingDate(text, s.start, m1.start, timesOf(s));
          note(m2, { ...bounds(when, 'from'), former: true });
        }
      }
      // 'under the new name X' names the entity itself: the new name is its current name.
      const before = text.slice(s.start, m1.start);
      if (m1.via === 'name' && /\b(?:under|with|adopted|adopt|took|take|got) (?:the|a|its) new name,? ["“'‘]?$/u.test(before)) {
        nodes[m1.node]?.current.add(foldName(m1.text));
        note(m1, bounds(dateAfter(text, m1.end, timesOf(s), 'change') ?? openingDate(text, s.start, m1.start, timesOf(s)), 'from'));
      } else if (m1.via === 'name' && RENAMED_TO_BEFORE.test(before) && !/^["'’”]?\s+(?:to|into|as)\s/u.test(text.slice(m1.end, m1.end + 6))) {
        // '... and was renamed Z in 2017', with the old name far back or unsaid: Z from then on.
        note(m1, bounds(dateAfter(text, m1.end, timesOf(s), 'change'), 'from'));
      }
    }
    // 'KL is short for Kailong': the expansion gives another spelling of every name that uses the short form.
    for (const m of ABBREVIATION_WORDS.test(s.text) ? s.text.matchAll(/\b([\p{Lu}\d]{2,8}) (?:is |was )?(?:short for|stands for|an abbreviation (?:of|for)) (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,3})/gu) : []) {
      const short = m[1] ?? '';
      const long = m[2] ?? '';
      for (const n of nodes) {
        for (const name of n.names.keys()) {
          const words = name.split(' ');
          if (words.length > 1 && words.includes(short)) n.extraAliases.add(words.map((w) => (w === short ? long : w)).join(' '));
        }
      }
    }
  };
  for (const s of sentences) aliasesIn(s);

  // 7. Spelling variants again, now that aliases have joined names (an expansion may match another name).
  const allNames = (root: number): string[] => nodesOf(root).flatMap((n) => [...n.names.keys(), ...n.extraAliases]);
  const orgRoots = roots().filter((r) => typeOf(r) === 'organization' && !isPlace(r));
  for (const [i, j] of candidatePairs(orgRoots.map(allNames))) {
    const r1 = orgRoots[i] as number;
    const r2 = orgRoots[j] as number;
    if (uf.find(r1) === uf.find(r2)) continue;
    if (allNames(r1).some((a) => allNames(r2).some((b) => sameOrganizationName(a, b)))) merge(r1, r2);
  }

  // 8. Founders of organizations founded in the text.
  const foundersOf = new Map<number, Set<number>>();
  // A function of its own rather than a loop body: V8 optimizes a smaller function far more cheaply.
  const foundersIn = (s: Sentence): void => {
    if (s.boilerplate || headings.has(s.index)) return;
    for (const m of s.text.matchAll(FOUNDING_VERB)) {
      if (m[0] === 'teamed up' || m[0] === 'launched') continue;
      const verbEnd = s.start + m.index + m[0].length;
      const occ = bySentence(s.index);
      const founded = occ.find((o) => o.start >= verbEnd && o.start <= verbEnd + 2 && (o.via === 'reference' || nodes[o.node]?.descriptor !== undefined));
      if (!founded || typeOf(founded.node) !== 'organization') continue;
      const ranges = appositives[s.index] ?? [];
      const root = uf.find(founded.node);
      const set = foundersOf.get(root) ?? new Set<number>();
      for (const o of occ) {
        if (o === founded || inRanges(ranges, o.start) || isPlace(o.node) || typeOf(o.node) !== 'organization') continue;
        if (uf.find(o.node) === root) continue;
        set.add(uf.find(o.node));
      }
      if (set.size > 0) foundersOf.set(root, set);
    }
  };
  for (const s of sentences) foundersIn(s);

  // 8b. What each described holder holds: the company after 'of'/'in' in its sentence.
  const holdingsOf = new Map<number, Set<number>>();
  for (const h of holderAt) {
    const held = bySentence(h.sentence).find((o) => o.start >= h.after && uf.find(o.node) !== uf.find(h.node) && typeOf(o.node) === 'organization' && !isPlace(o.node) && /\b(?:of|in)\s+(?:the\s+)?$/u.test(text.slice(Math.max(h.after, o.start - 12), o.start)));
    if (!held) continue;
    const set = holdingsOf.get(uf.find(h.node)) ?? new Set<number>();
    set.add(uf.find(held.node));
    holdingsOf.set(uf.find(h.node), set);
  }

  // 9. Final entities with local ids.
  const idOf = new Map<number, string>();
  const entities: Entity[] = [];
  const anonymous: string[] = [];
  const places: string[] = [];
  const usedIds = new Set<string>();
  const rootList = roots().sort((a, b) => (nodes[a]?.firstAt ?? 0) - (nodes[b]?.firstAt ?? 0));
  const entityOf = (root: number): void => {
    const group = nodesOf(root);
    const type = typeOf(root);
    const counts = new Map<string, number>();
    const former = new Set<string>();
    const current = new Set<string>();
    const secondary = new Set<string>();
    for (const n of group) {
      for (const [name, c] of n.names) counts.set(name, (counts.get(name) ?? 0) + c);
      for (const f of n.former) former.add(f);
      for (const c of n.current) current.add(c);
      for (const c of n.secondary) secondary.add(c);
    }
    const named = [...counts.keys()].filter((n) => !former.has(n));
    const primary = named.filter((n) => !secondary.has(n));
    const candidates = primary.length > 0 ? primary : named;
    const pool = candidates.filter((n) => current.has(n));
    const chosen = pickName(pool.length > 0 ? pool : candidates.length > 0 ? candidates : [...counts.keys()], counts, type === 'person');
    const descriptor = group.find((n) => n.descriptor)?.descriptor;
    const name = chosen ?? descriptor ?? 'unnamed';
    let id = chosen ? `${typePrefix(type)}:${slug(name)}` : `${typePrefix(type)}:${slug(name)}@${doc.id}`;
    while (usedIds.has(id)) id = `${id}~`;
    usedIds.add(id);
    idOf.set(root, id);
    const aliases = [...new Set([...counts.keys(), ...group.flatMap((n) => [...n.extraAliases])])].filter((a) => a !== name).sort();
    const spans: EntityName[] = group.flatMap((n) => [...n.spans].map(([spelled, span]) => ({ name: spelled, ...span, docs: [doc.id] })));
    const names = mergeNames(spans.filter((e) => e.from || e.until || e.former));
    entities.push({ id, name, type, aliases, ...(names.length > 0 ? { names } : {}) });
    if (!chosen) anonymous.push(id);
    if (isPlace(root)) places.push(id);
  };
  for (const root of rootList) entityOf(root);

  const mentions: Mention[] = occurrences
    .map((o) => {
      const id = idOf.get(uf.find(o.node)) ?? '';
      const entity = entities.find((e) => e.id === id);
      const via: Mention['via'] = o.via === 'reference' ? 'reference' : entity && foldName(o.text) === entity.name ? 'name' : 'alias';
      return new MentionRecord(id, new SpanRecord(o.start, o.end, text.slice(o.start, o.end)), o.sentence, via);
    })
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);

  const founders: Record<string, string[]> = {};
  for (const [root, set] of foundersOf) {
    const id = idOf.get(uf.find(root));
    if (!id) continue;
    founders[id] = [...new Set([...set].map((n) => idOf.get(uf.find(n)) ?? ''))].filter((x) => x && x !== id).sort();
  }
  const holdings: Record<string, string[]> = {};
  for (const [root, set] of holdingsOf) {
    const id = idOf.get(uf.find(root));
    if (id) holdings[id] = [...new Set([...set].map((n) => idOf.get(uf.find(n)) ?? ''))].filter((x) => x && x !== id).sort();
  }
  return {
    doc: doc.id,
    entities,
    mentions,
    founders,
    holdings,
    anonymous,
    places,
    topics: carryTopics(topics, sentences).map((t) => (t === undefined ? undefined : idOf.get(uf.find(t)))),
    appositives,
  };
}

// A person goes by the full name; an organization by the name the text uses most.
// A sentence that names no organization of its own is still about the one before it.
const LOWERCASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}-]*/gu;
const CAPITALIZED_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LOWER_OR_DIGIT = /^[\p{Ll}\d]/u;
const UPPER = /^\p{Lu}/u;

/** The code point of `text` ending just before `end`, as a string ('' at the start). */
function charBefore(text: string, end: number): string {
  if (end <= 0) return '';
  const low = text.charCodeAt(end - 1);
  return low >= 0xdc00 && low <= 0xdfff && end >= 2 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800 ? text.slice(end - 2, end) : text.slice(end - 1, end);
}

/**
 * Words (runs of letters and digits) that start with a capital and are no function word, and
 * either follow a word starting in lower case or a digit, or come before a capitalized word, a
 * single space apart: such a word opening a sentence is a name, whatever compromise thinks
 * ('Starling Bank', 'said Starling'). Only the capitalized words are visited.
 */
/** A name without the sum it runs into ('Upeo Networks KSh 45 million'), or none if it starts in one. */
function outsideSums(text: string, name: NameSpan, sums: readonly Span[]): NameSpan | undefined {
  const sum = sums.find((q) => q.start < name.end && q.end > name.start);
  if (!sum) return name;
  if (sum.start <= name.start) return undefined;
  const kept = text.slice(name.start, sum.start).trimEnd();
  return kept.length === 0 ? undefined : { ...name, end: name.start + kept.length, text: kept, possessive: false };
}

export function knownNamesIn(text: string): Set<string> {
  const known = new Set<string>();
  for (const m of text.matchAll(CAPITALIZED_WORD)) {
    const word = m[0];
    const at = m.index;
    if (FUNCTION_WORDS.has(word.toLowerCase())) continue;
    let afterWord = false;
    if (text.charCodeAt(at - 1) === 32 && WORD_CHAR.test(charBefore(text, at - 1))) {
      // The word before, back to its first character.
      let start = at - 1;
      for (let c = charBefore(text, start); c !== '' && WORD_CHAR.test(c); c = charBefore(text, start)) start -= c.length;
      afterWord = LOWER_OR_DIGIT.test(text.slice(start, start + 2));
    }
    const end = at + word.length;
    const beforeName = !afterWord && text.charCodeAt(end) === 32 && UPPER.test(text.slice(end + 1, end + 3));
    if (afterWord || beforeName) known.add(word);
  }
  return known;
}

/** Whether a name is a preposition's object: right after it, or further along a list after it. */
function afterPreposition(text: string, sentenceStart: number, o: { readonly start: number; readonly end: number }): boolean {
  return PREPOSITION_BEFORE.test(text.slice(sentenceStart, o.start)) || listedAfterPreposition(text, sentenceStart, o.start, o.end);
}

/**
 * Whether `at` lies inside a quotation, reading the sentence that starts at `from` and ends after
 * `at`: an odd number of quotation marks before it, counting one more when the sentence's first
 * mark closes a quotation opened a sentence earlier ('We know how. We do not know how to sell
 * it," X said' : the first mark follows punctuation and comes before no word).
 */
export function insideQuotation(text: string, from: number, at: number): boolean {
  let marks = 0;
  let first = -1;
  for (let i = from; i < at; i++) {
    const ch = text[i];
    if (ch === '"' || ch === '“' || ch === '”') {
      if (first < 0) first = i;
      marks++;
    }
  }
  if (first < 0) {
    // No mark before `at`: inside only if the sentence's first mark, later on, closes.
    const later = /["“”]/u.exec(text.slice(at, at + 400));
    first = later ? at + later.index : -1;
  }
  const ch = first >= 0 ? text[first] : undefined;
  const closesFirst = ch === '”' || (ch === '"' && /[,.!?;:…\p{L}\p{N}]/u.test(text[first - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[first + 1] ?? ' '));
  return ((marks + (closesFirst ? 1 : 0)) & 1) === 1;
}

function carryTopics(topics: readonly (number | undefined)[], sentences: readonly Sentence[]): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  let last: number | undefined;
  let lastParagraph = -1;
  for (const s of sentences) {
    if (s.paragraph - lastParagraph > 2) last = undefined;
    const own = topics[s.index];
    out.push(own ?? last);
    if (own !== undefined) {
      last = own;
      lastParagraph = s.paragraph;
    }
  }
  return out;
}

function pickName(names: readonly string[], counts: ReadonlyMap<string, number>, longest: boolean): string | undefined {
  const words = (n: string): number => (longest ? n.split(' ').length : 0);
  return [...names].sort((a, b) => words(b) - words(a) || (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || b.length - a.length || (a < b ? -1 : 1))[0];
}

function decideType(votes: readonly TypeVote[]): EntityType {
  const score = new Map<EntityType, number>();
  for (const v of votes) score.set(v.type, (score.get(v.type) ?? 0) + (v.strength === 2 ? 3 : 1));
  let best: EntityType = 'organization';
  let top = -1;
  for (const t of ['person', 'organization', 'product', 'other'] as const) {
    const s = score.get(t) ?? 0;
    if (s > top) {
      best = t;
      top = s;
    }
  }
  return best;
}

function possessiveLength(text: string, end: number): number {
  const m = /^['’‘]s?/u.exec(text.slice(end, end + 2));
  return m ? m[0].length : 0;
}

// What compromise would say of a sentence with no capital after its first word: nothing.
const NO_NLP: NlpSentence = { hints: [], hintFor: () => undefined, notNames: new Set(), adjectives: new Set() };

// compromise pays only where a capitalized word is not just the first word.
function worthNlp(sentence: string): boolean {
  return /\s\p{Lu}/u.test(sentence);
}

/** 'a private online bank', 'a joint venture' right after a founding verb. */
function indefiniteDescription(text: string, from: number, to: number): { start: number; end: number; descriptor: string } | undefined {
  const rest = text.slice(from, Math.min(to, from + 80));
  const m = /^\s+an?\s+/u.exec(rest);
  if (!m) return undefined;
  const start = from + m.index + m[0].length - m[0].trimStart().length;
  const words: { w: string; end: number }[] = [];
  const re = /[\p{Ll}-]+/uy;
  let p = from + m[0].length;
  for (let k = 0; k < 5; k++) {
    re.lastIndex = p;
    const w = re.exec(text);
    if (!w || p >= to) break;
    words.push({ w: w[0], end: p + w[0].length });
    if (text[p + w[0].length] !== ' ') break;
    p += w[0].length + 1;
  }
  for (let k = 0; k < words.length; k++) {
    const one = words[k];
    const two = k + 1 < words.length ? `${one?.w} ${words[k + 1]?.w}` : '';
    if (two && KIND_NOUNS.test(two)) {
      return { start, end: words[k + 1]?.end ?? 0, descriptor: words.slice(0, k + 2).map((x) => x.w).join(' ') };
    }
    if (one && KIND_NOUNS.test(one.w)) {
      return { start, end: one.end, descriptor: words.slice(0, k + 1).map((x) => x.w).join(' ') };
    }
  }
  return undefined;
}

/** The business noun right before a name ('budget airline X') or heading its appositive ('X, a low-cost carrier'). */
function businessNounAround(before: string, after: string): string | undefined {
  const last = /(?:^|[\s(])(\p{Ll}[\p{Ll}-]*) $/u.exec(before)?.[1];
  if (last && BUSINESS_NOUNS.has(last)) return last;
  const app = /^, (?:an?|the) /u.exec(after);
  if (!app) return undefined;
  const words = after.slice(app[0].length).split(/[\s,.;]/u).slice(0, 4);
  return words.find((w) => BUSINESS_NOUNS.has(w));
}
