import { isCountry, isKnownPlace } from './common-words.js';
import type { EntityType } from '../types.js';
import type { NameSpan } from './names.js';
import type { NlpHint, NlpSentence } from './nlp.js';
import { HONORIFICS, looksLikeChineseName, looksLikeSurnameFirstName } from './person-names.js';
import { BUSINESS_NOUNS, GENERIC_HEADS, GEO_OF_HEADS, ORG_HEADS, PERSON_PARTICLES, PERSON_WORD, PLACE_CUES_AFTER, PREMISES_SOURCE } from './name-words.js';

// Business nouns that people ('investor Jane Doe') or products ('the app X') are called by too.
const NOT_ONLY_ORG_NOUNS = new Set(['investor', 'designer', 'developer', 'broker', 'builder', 'publisher', 'producer', 'supplier', 'agency', 'app', 'service', 'platform', 'network', 'chain']);

/** What a name is, as far as one mention tells: a type, and how sure. */
export interface TypeVote {
  readonly type: EntityType;
  /** 2: the name itself says so (a suffix, a surname); 1: the context suggests it. */
  readonly strength: 1 | 2;
  /** A place, kept apart so it never becomes the subject of a company's claims. */
  readonly place?: boolean;
}

/**
 * The votes, one shared object each: a vote is a value, and fresh ones per name were objects that
 * V8 pretenured (59% of them: they lived until the article was done), so that they died in the old
 * generation.
 */
const VOTES: Readonly<Record<EntityType, readonly [TypeVote, TypeVote]>> = {
  person: [Object.freeze({ type: 'person', strength: 1 }), Object.freeze({ type: 'person', strength: 2 })],
  organization: [Object.freeze({ type: 'organization', strength: 1 }), Object.freeze({ type: 'organization', strength: 2 })],
  product: [Object.freeze({ type: 'product', strength: 1 }), Object.freeze({ type: 'product', strength: 2 })],
  other: [Object.freeze({ type: 'other', strength: 1 }), Object.freeze({ type: 'other', strength: 2 })],
};
const PLACE_VOTES: Readonly<Record<1 | 2, TypeVote>> = { 1: Object.freeze({ type: 'other', strength: 1, place: true }), 2: Object.freeze({ type: 'other', strength: 2, place: true }) };

function voteFor(type: EntityType, strength: 1 | 2): TypeVote {
  return VOTES[type][strength - 1] as TypeVote;
}

const COUNTRY_INITIALS = /^(?:U\.S|U\.K|U\.A\.E|US|UK|UAE|USA|U\.S\.A)\.?$/u;
// 'The Campo Grande meatpacker said': the trade word after a name, as the sentence's subject.
const DESCRIBING_TRADE = /^ ([\p{Ll}-]+(?: house)?) (?:said|says|has|had|is|was|will|would|announced|reported|posted)\b/u;
const TRADE_ENDING = /(?:maker|packer|producer|exporter|importer|processor|grower|miner|refiner|retailer|wholesaler|shipper|manufacturer)$/u;
const NOT_A_PLACE_TRADE = new Set(['unit', 'subsidiary', 'arm', 'affiliate', 'parent', 'owner', 'group', 'conglomerate', 'brand', 'fund', 'entity', 'venture', 'app', 'platform', 'service']);
const FOUNDED_AFTER = /^,? (?:which |that )?(?:was|were|is|had been|has been) (?:originally |first |later )?(?:co-?founded|founded|established|incorporated|set up)\b/u;
const FOUNDED_IN_BEFORE = /\b(?:co-?founded|founded|established|incorporated|set up|started|headquartered|based) in\s+$/u;
// Words that name a kind of place or business, never a word of a person's name.
const PLACE_NOUNS = new Set(['city', 'province', 'river', 'delta', 'bay', 'port', 'island', 'islands', 'strait', 'sea', 'lake', 'mountain', 'district', 'street', 'road', 'bridge', 'park', 'market', 'square', 'tower', 'airport', 'station']);
const notNameWord = (lower: string): boolean => ORG_HEADS.has(lower) || BUSINESS_NOUNS.has(lower) || GENERIC_HEADS.has(lower) || PLACE_NOUNS.has(lower);
// 'its plant in ', 'offices in ' right before a name: the name is where the business has it.
const PREMISES_IN = new RegExp(String.raw`\b${PREMISES_SOURCE} in\s+$`, 'u');
// ', an open-world survival game,': an appositive whose head noun is a kind of product; the head
// ends the appositive or takes its own modifier ('a game set in ...', 'a drug for ...').
const PRODUCT_APPOSITIVE = /^["”’']?, (?:an?|the|its|their|(?:the )?\p{L}+['’]s) (?:[\p{L}-]+ ){0,4}?(?:game|video game|title|app|drug|vaccine|therapy|treatment|smartphone|handset|model|film|movie|series|album|console|aircraft|jet|airliner|satellite|rocket)s? ?(?:[,.;)]|(?:set|that|which|launched|released|due|made|developed|built|for|from|by|about|where|with|whose|aimed|designed)\b)/u;
// ', a former banker,' between a name and its verb.
const SHORT_APPOSITIVE = /^, (?:a|an|the) [^,;.]{1,60},/u;
// ', a Nairobi-based logistics start-up': up to five words of an indefinite appositive.
const APPOSITIVE_NOUN = /^, (?:a|an) ((?:[\p{L}-]+ ){0,4}[\p{L}-]+)[,.;]/u;
const PRODUCT_CUE = /\b(?:product|products|app|application|service|tool|platform|brand|card|wallet|loan|assistant|game|model|phone|smartphone|device|chip|feature|system)\s*["“'‘]?$/u;
const PERSON_TITLE_AFTER = /^,? (?:(?:currently|now|most recently|until recently) )?(?:the |a |an |\p{Lu}[\p{L}\p{N}.&-]*(?: \p{Lu}[\p{L}\p{N}.&-]*){0,3}['’]s )?(?:former |then |current |new |ex-)?(?:(?:finance|marketing|operations|technology|managing|executive|non-executive|independent|sales|research|legal|general|deputy|regional|country|group|company) )?(?:co-founder|cofounder|founder|chairman|chairwoman|chair|ceo|cfo|coo|cto|president|vice president|senior vice president|vp|svp|evp|chief|director|head|manager|general manager|partner|analyst|professor|spokesman|spokeswoman|spokesperson|executive|secretary|minister|governor|deputy|senior|legal representative)\b/iu;
const PERSON_VERB_AFTER = /^(?: (?:stepped down|resigned|became|took the role|holds the position|will report|joined the (?:company|bank|firm|board))\b|, who\b)/u;
// 'the lender X founded in 2008', 'the bank X bought': X acts on the noun before it.
const REDUCED_RELATIVE_AFTER = /^ (?:co-?founded|founded|set up|started|established|created|built|launched|runs|ran|owns|owned|bought|acquired|took over|controls|controlled)(?:\s+(?:in|on|at|with|by|last|this|after|before|when|from)\b|[,.;]|$)/u;
// Speech verbs follow people and companies alike: only a weak hint.
// 'X, an electrical engineer,', 'X, a former investment banker': a profession only a person has.
const PROFESSION_AFTER = /^, (?:a|an|the) (?:[\p{Ll}-]+ |\p{Lu}\p{L}*-\p{Ll}+ ){0,3}(?:engineer|banker|financier|entrepreneur|businessman|businesswoman|economist|lawyer|attorney|scientist|physicist|chemist|doctor|physician|geologist|journalist|accountant|academic|architect|diplomat|politician|billionaire|tycoon|geophysicist|surgeon|analyst|consultant|strategist|researcher)s?\b(?!['’])/u;
// 'founded by Waithaka and Farouk Alibhai': the second of two founders named together.
const FOUNDERS_BEFORE = /\b(?:by|with|founders?|co-founders?)\s+\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s+and\s+$/u;
// One word of a person's name: 'Okafor', "O'Neill", and double-barrelled 'Quast-Berens'.
const SPEECH_AFTER = /^ (?:said|says|told|added|noted|explained)\b/u;
// 'appointed X as', 'takes over from X', 'succeeds X', 'the chief executive of the bank was X'.
const PERSON_SLOT_BEFORE = /\b(?:appointed|named|hired|promoted|tapped|elected)\s+$|\b(?:takes? over from|took over from|succeeds|succeeded|replaces|replaced|led by|headed by|(?:co-?founded|founded|set up|established)(?: in \d{4})? by)\s+$|\b(?:chief executive|chairman|chairwoman|ceo|cfo|president|founder|director|head|manager)\b[^.,;]{1,40}\b(?:was|is)\s+$/iu;
// Word endings that mark company names ('Quickpay', 'Nexbank', 'Datatech').
const ORG_ENDING = /(?:tech|bank|pay|soft|corp|ware|labs|mart|cloud|coin|fin|com|net)$/iu;
const PERSON_TITLE_BEFORE = /(?:founder|co-founder|ceo|cfo|coo|cto|chairman|chairwoman|president|director|executive|(?:financial|operating|technology|marketing|investment|commercial|risk|legal|compliance|information) officer|manager|analyst|spokesman|spokeswoman|minister|governor|\b(?:engineer|banker|financier|entrepreneur|businessman|businesswoman|economist|lawyer|scientist|doctor|physician|cardiologist|surgeon|geologist|journalist|accountant|architect|diplomat|billionaire|tycoon|consultant|veteran|couturier|couturière|designer|editor|writer|author|novelist|artist|professor|researcher|chef|pilot|activist|rancher|butcher|baker|tailor|shopkeeper|pharmacist|teacher|nurse|mechanic|electrician|photographer|grandmother|grandfather|grandson|granddaughter|father|mother|son|daughter|brother|sister|wife|husband|widow|nephew|niece|cousin)),?\s*$/iu;
// 'X has been Y's chief executive', 'X was the chairman'.
const PERSON_COPULA_TITLE = /^ (?:is|was|has been|had been|will be|became|becomes|remains|serves as|served as|was named|was appointed) (?:\S+['’]s |the |its |their |a )?(?:former |new |interim |acting )?(?:co-founder|founder|chairman|chairwoman|ceo|cfo|coo|cto|president|vice president|chief|director|head|manager|general manager|partner)\b/iu;

/** The type one mention of a name suggests, from the name's words and the words around it. */
export function classifyName(docText: string, name: NameSpan, hints: readonly NlpHint[] | Pick<NlpSentence, 'hintFor'>, sentenceStart: number, places?: ReadonlySet<string>): TypeVote {
  const words = name.text.split(/\s+/u);
  const lowerWords = words.map((w) => w.toLowerCase().replace(/[.,]$/u, ''));
  const last = lowerWords[lowerWords.length - 1] ?? '';
  // A name the text calls a place somewhere ('Cesar department', 'Uribia, Colombia') is one everywhere in it.
  if (places?.has(name.text) && !lowerWords.some((w) => ORG_HEADS.has(w))) return PLACE_VOTES[2];
  // 'Cape of Good Hope', 'Gulf of Thailand': a geographic word and 'of' open a place's name.
  if (words.length >= 3 && words[1] === 'of' && GEO_OF_HEADS.has(lowerWords[0] ?? '')) return PLACE_VOTES[2];
  // 'U.S.', 'UK', 'UAE': a country by its initials.
  if (words.length === 1 && COUNTRY_INITIALS.test(words[0] ?? '')) return PLACE_VOTES[2];
  // 'Chile', 'Dublin', 'New York': a country, city or region compromise's lexicon knows by the whole name.
  if (isKnownPlace(lowerWords.join(' '))) return PLACE_VOTES[2];
  const before = docText.slice(Math.max(sentenceStart, name.start - 40), name.start);
  const after = docText.slice(name.end, name.end + 60);
  const afterWord = /^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '';
  // Read only where the name's own words and neighbours leave its type open: the hints may be
  // computed on first use, by compromise, the slowest step of extraction.
  let hintRead = false;
  let hintFound: NlpHint | undefined;
  const hintOf = (): NlpHint | undefined => {
    const start = name.start - sentenceStart;
    const end = name.end - sentenceStart;
    if (!hintRead) hintFound = 'hintFor' in hints ? hints.hintFor(start, end) : hints.find((h) => h.start <= start + 1 && h.end >= end - 1);
    hintRead = true;
    return hintFound;
  };
  // 'COVID-19', 'H5N1', 'MH370': a code of letters and digits names a disease, a model or a flight, not a business.
  if (words.length === 1 && /^\p{Lu}{2,}-?\d+$|^\p{Lu}\d\p{Lu}\d$/u.test(words[0] ?? '')) return voteFor('other', 2);
  if (name.quoted && PRODUCT_CUE.test(before.trimEnd())) return voteFor('product', 2);
  if (lowerWords.some((w) => ORG_HEADS.has(w)) && ORG_HEADS.has(last)) return voteFor('organization', 2);
  // 'Maison Vauterre', 'Grupo Roca': a generic company word opening the name.
  if (words.length >= 2 && GENERIC_HEADS.has(lowerWords[0] ?? '')) return voteFor('organization', 2);
  // 'electric carmaker X', 'online lender X': the descriptor says what X is. Not when a verb
  // without its object follows ('the lender X founded in 2008'): the noun is what X founded.
  const noun = /(?:^|[\s(])(\p{L}[\p{Ll}-]*) $/u.exec(before)?.[1]?.toLowerCase();
  if (noun && BUSINESS_NOUNS.has(noun) && !NOT_ONLY_ORG_NOUNS.has(noun) && !REDUCED_RELATIVE_AFTER.test(after)) return voteFor('organization', 2);
  const honorific = /\b(\w+)\.?\s*$/u.exec(before)?.[1]?.toLowerCase();
  if (honorific && HONORIFICS.has(honorific)) return voteFor('person', 2);
  // 'Oslo-based', 'Hong Kong-listed', 'Delaware-registered': where a company is, not who.
  if (name.hyphenCue === 'based' || name.hyphenCue === 'listed' || name.hyphenCue === 'headquartered' || name.hyphenCue === 'registered' || PLACE_CUES_AFTER.has(afterWord)) return PLACE_VOTES[2];
  // 'Frostwake, an open-world survival game,', "X, the studio's long-delayed game,": the
  // appositive's head noun is a product, whatever the name's words suggest.
  if (PRODUCT_APPOSITIVE.test(after)) return voteFor('product', 2);
  // 'signed on to publish Frostwake on PlayStation', 'shipped X': what is published or shipped is a product.
  if (/\b(?:publish|publishes|published|publishing|ship|ships|shipped|shipping)\s$/u.test(before)) return voteFor('product', 1);
  // 'after Frostwake went on sale', 'X has sold 1.6 million copies': only a product is sold so.
  if (/^ (?:went|goes|go|will go|is going|went back) on sale\b|^,? (?:has |had )?sold (?:more than |over |about |nearly )?[\d.,]+ (?:million )?(?:copies|units)\b/u.test(after)) return voteFor('product', 2);
  // 'Road Link, a Nairobi-based logistics start-up,': the appositive says what the name is, whatever
  // its words suggest.
  const described = APPOSITIVE_NOUN.exec(after);
  if (described && (described[1] ?? '').toLowerCase().split(' ').some((w) => BUSINESS_NOUNS.has(w) && !NOT_ONLY_ORG_NOUNS.has(w))) return voteFor('organization', 2);
  // 'its plant in Oldenburg', 'offices in Poznan': where a business has a place of work
  // (and 'its hangar in Da Nang, which opened in 2019' is the hangar's opening, not Da Nang's).
  if (words.length <= 2 && !lowerWords.some((w) => ORG_HEADS.has(w)) && PREMISES_IN.test(before)) return PLACE_VOTES[1];
  // 'Posada Clara was founded in Monterrey': only a business (or a body) is founded.
  if (FOUNDED_AFTER.test(after) && !name.possessive) return voteFor('organization', 2);
  // 'was founded in Monterrey in 2009', 'set up in Eskişehir': where a business was founded.
  if (words.length <= 3 && !lowerWords.some((w) => ORG_HEADS.has(w)) && FOUNDED_IN_BEFORE.test(before)) return PLACE_VOTES[1];
  // 'The Campo Grande meatpacker said', 'the Paris fashion house': a name between 'the' and a trade
  // word, as the subject, is where the business is, unless the word relates it to another company
  // ('the Tenmoon unit') or names a group of companies ('the Tata group').
  if (words.length <= 3 && !lowerWords.some((w) => ORG_HEADS.has(w)) && /(?:^|\s)the\s$/iu.test(before)) {
    const trade = DESCRIBING_TRADE.exec(after)?.[1]?.toLowerCase();
    if (trade && (BUSINESS_NOUNS.has(trade) || TRADE_ENDING.test(trade)) && !NOT_A_PLACE_TRADE.has(trade) && hintOf()?.kind !== 'person') return PLACE_VOTES[1];
  }
  // 'Cerro Blanco, which opened in 2022': 'which' is never said of a person ('who' is).
  if (/^,? which\b/u.test(after)) return hintOf()?.kind === 'place' ? PLACE_VOTES[1] : voteFor('organization', 2);
  const personShaped = words.length >= 2 && words.length <= 4 && words.every((w, k) => PERSON_WORD.test(w) || (k > 0 && k < words.length - 1 && PERSON_PARTICLES.has(w))) && words.filter((w) => PERSON_PARTICLES.has(w)).length <= 1 && (words.length <= 3 || words.some((w) => PERSON_PARTICLES.has(w)));
  // '..., said Agnieszka Brzozowska, who succeeded ...': 'who' is said only of a person.
  if (personShaped && /^, who\b/u.test(after) && !lowerWords.some((w) => ORG_HEADS.has(w))) return voteFor('person', 2);
  // 'with Agnieszka Brzozowska, a former level designer who now ...': the appositive's 'who' is the name's.
  if (personShaped && /^, (?:a|an|the) (?:[\p{L}-]+ ){0,4}?[\p{L}-]+,? who\b/u.test(after) && !lowerWords.some((w) => ORG_HEADS.has(w))) return voteFor('person', 2);
  // 'Co-founders Tomasz Wielgosz, the chief executive, and Agnieszka Brzozowska': one of a list of people.
  if (personShaped && /\b(?:co-?founders|founders|executives|brothers|sisters|siblings|partners|directors|managers|chairmen|spouses)\s[^.;]{0,80}\band\s$/iu.test(before) && !lowerWords.some((w) => ORG_HEADS.has(w))) return voteFor('person', 2);
  const orgEnding = ORG_ENDING.test(last);
  // A personal title next to the name outweighs compromise's guess that it is a place.
  // 'said chairwoman Tran Thi Mai Anh', 'María José García López, the chief executive,': four
  // words are a person's name too when a personal title stands beside them.
  const personShaped4 = words.length === 4 && words.every((w) => PERSON_WORD.test(w));
  const titled = (personShaped || personShaped4) && !orgEnding && !lowerWords.some((w) => ORG_HEADS.has(w)) && (PERSON_TITLE_AFTER.test(after) || PROFESSION_AFTER.test(after) || PERSON_COPULA_TITLE.test(after) || PERSON_TITLE_BEFORE.test(before));
  if (titled) return voteFor('person', 2);
  // 'Quast, 63, will remain a shareholder': an age is only a person's.
  if ((personShaped || (words.length === 1 && PERSON_WORD.test(words[0] ?? ''))) && !orgEnding && !lowerWords.some((w) => ORG_HEADS.has(w)) && /^, \d{2},/u.test(after)) return voteFor('person', 2);
  if (!lowerWords.some((w) => ORG_HEADS.has(w)) && hintOf()?.kind === 'place') return PLACE_VOTES[1];
  if (looksLikeChineseName(words)) return voteFor('person', 2);
  // 'Tran Thi Mai Anh', 'Park Ji-hoon': a surname-first name of Vietnam or Korea.
  if (looksLikeSurnameFirstName(words, notNameWord)) return voteFor('person', 2);
  if (lowerWords.some((w) => ORG_HEADS.has(w))) return voteFor('organization', 1);
  // 'Marsh, the founder, said': a single capitalized word with a personal title after it.
  if (words.length === 1 && PERSON_WORD.test(words[0] ?? '') && !orgEnding && (PERSON_TITLE_AFTER.test(after) || PROFESSION_AFTER.test(after)) && !/^,? (?:the )?(?:\w+ )?(?:maker|company|firm|group|bank|lender|platform)\b/iu.test(after)) return voteFor('person', 1);
  // 'Echeverri, who has run the company since 2014': only people take 'who'.
  if (words.length === 1 && PERSON_WORD.test(words[0] ?? '') && !orgEnding && /^, who\b/u.test(after)) return voteFor('person', 1);
  // 'Raman became chief executive of X': one capitalized word taking a personal title as its own.
  if (words.length === 1 && PERSON_WORD.test(words[0] ?? '') && !orgEnding && PERSON_COPULA_TITLE.test(after.replace(SHORT_APPOSITIVE, ''))) return voteFor('person', 1);
  if (personShaped && !orgEnding && (PERSON_TITLE_AFTER.test(after) || PERSON_VERB_AFTER.test(after) || PERSON_COPULA_TITLE.test(after) || PERSON_TITLE_BEFORE.test(before))) return voteFor('person', 2);
  if (personShaped && !orgEnding && FOUNDERS_BEFORE.test(before) && !lowerWords.some((w) => ORG_HEADS.has(w))) return voteFor('person', 2);
  // '"...," said Wambui Gathoni of Lakeside Research': a speaker of an organization.
  if (personShaped && !orgEnding && /\b(?:said|says|according to)\s+$/u.test(before) && /^,? (?:of|at|from) (?:the )?\p{Lu}/u.test(after) && !lowerWords.some((w) => ORG_HEADS.has(w))) return voteFor('person', 2);
  if (personShaped && !orgEnding && PERSON_SLOT_BEFORE.test(before) && /^(?:,? (?:as|to|who|in|on|at)\b|[,.;])/u.test(after)) return voteFor('person', 2);
  if (orgEnding) return voteFor('organization', 1);
  if (personShaped && SPEECH_AFTER.test(after) && hintOf()?.kind !== 'place') return voteFor('person', 1);
  if (hintOf()?.kind === 'person' && personShaped) return voteFor('person', 1);
  if (hintOf()?.kind === 'place' || /\b(?:based in|located in|headquartered in)\s*$/u.test(before)) return PLACE_VOTES[1];
  if (name.quoted && /^\s*(?:app|product|service)\b/u.test(after)) return voteFor('product', 1);
  if (afterWord === 'app' || afterWord === 'wallet') return voteFor('product', 1);
  return voteFor('organization', 1);
}

// 'the La Guajira peninsula', 'Cesar department', 'the Atacama region': a name before a word for a
// part of a country. Lower-case head words only ('the Islamic State' is no state). The head words
// are searched first (few texts have any), then the name is read back from each.
const PLACE_HEAD = /\s(?:department|region|province|peninsula|county|district|municipality|prefecture|governorate|oblast|archipelago)\b/gu;
const NAME_BEFORE_HEAD = /[^\p{L}\p{N}]((?:\p{Lu}[\p{L}'’-]*\s){0,2}\p{Lu}[\p{L}'’-]*)$/u;
// 'in Uribia, Colombia', 'URIBIA, Colombia —': a town and its country. The country is looked up
// first; the town is read back from it.
const COMMA_NAME = /, (\p{Lu}\p{Ll}+)\b(?!['’])/gu;
const TOWN_BEFORE = /(?:\b(?:in|near|from|at|outside)\s|\n)((?:\p{Lu}[\p{L}'’-]*\s)?\p{Lu}[\p{L}'’-]*)$/u;

/** Names the text itself calls places: before 'region', 'department', ... or before ', <country>'. */
export function placesNamed(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(PLACE_HEAD)) {
    // One character more than the window, so '^' is the text's start only when it is.
    const from = Math.max(0, m.index - 61);
    const name = NAME_BEFORE_HEAD.exec((from > 0 ? '' : ' ') + text.slice(from, m.index))?.[1];
    if (name) out.add(name.replace(/^(?:The|In|Of|And)\s/u, ''));
  }
  for (const m of text.matchAll(COMMA_NAME)) {
    if (!m[1] || !isCountry(m[1].toLowerCase())) continue;
    const from = Math.max(0, m.index - 60);
    const town = TOWN_BEFORE.exec((from > 0 ? '' : '\n') + text.slice(from, m.index))?.[1];
    if (town) out.add(/^[\p{Lu}\s'’-]+$/u.test(town) ? town.charAt(0) + town.slice(1).toLowerCase() : town);
  }
  return out;
}
