/** A character range of a document (offsets into the document text). */
export interface Range {
  readonly start: number;
  readonly end: number;
}

// What an appositive may start with: an article, a lowercase word, a title, a name with a possessive.
const APPOSITIVE_START = /^(?:the |a |an |former |then |ex-|\p{Ll}|(?:CEO|CFO|COO|CTO|VP|SVP|EVP|Chairman|Chairwoman|President|Founder|Co-founder|Director|Chief)\b|\p{Lu}[\p{L}\p{N}.&-]*(?: \p{Lu}[\p{L}\p{N}.&-]*){0,4}['’‘]s )/u;
// A finite verb makes the phrase a clause, not an appositive.
const CLAUSE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|said|says|say|told|became|becomes|announced|reported|added|noted|stated)\b/u;

/**
 * Appositive phrases right after names: 'X, founder and CEO of Y,' and 'X, a virtual bank under
 * Y,'. Names inside them describe the name before, so they are never the subject of the clause.
 * `nameEnds` are the end offsets of the names (and parentheticals after them) in the sentence.
 */
export function appositiveRanges(docText: string, sentenceStart: number, sentenceEnd: number, nameEnds: readonly number[]): Range[] {
  const out: Range[] = [];
  for (const nameEnd of nameEnds) {
    let p = nameEnd;
    // Skip a parenthetical right after the name: 'X (Y), a ... ,'.
    if (docText[p] === ' ' && docText[p + 1] === '(') {
      const close = docText.indexOf(')', p);
      if (close < 0 || close > sentenceEnd) continue;
      p = close + 1;
    }
    // 'X — founded in 2017 —' sets the phrase off with dashes instead of commas.
    const dash = /^ ([—–]|--?) |^([—–])/u.exec(docText.slice(p, p + 4));
    if (!dash && (docText[p] !== ',' || docText[p + 1] !== ' ')) continue;
    const start = dash ? p + dash[0].length : p + 2;
    let end = dash ? docText.indexOf(dash[1] ?? dash[2] ?? '—', start) : docText.indexOf(',', start);
    if (dash && (end < 0 || end > sentenceEnd)) continue;
    if (end < 0 || end > sentenceEnd) end = sentenceEnd;
    if (dash) end = docText.slice(start, end).trimEnd().length + start;
    const phrase = docText.slice(start, end);
    if (phrase.length === 0 || phrase.length > 120) continue;
    if (!APPOSITIVE_START.test(phrase)) continue;
    if (CLAUSE_VERB.test(phrase)) continue;
    // 'X, changed its name': a verb with an object is the clause's verb; 'X, founded in 2010,' is not.
    if (/^\p{Ll}+ed (?:its|their|his|her|the|a|an|this|that|some|all|up|down|out|off)\b/u.test(phrase)) continue;
    // An irregular past does the same: 'X, the cement maker, made its debut on Wednesday,'.
    if (/^(?:made|took|won|got|bought|sold|set|became|began|grew|rose|fell|led|ran|paid|gave|kept|left|held|built|went|hit|cut|put|saw|shut|brought|sought|struck|spent|lost|sent|told) /u.test(phrase)) continue;
    // Running to the end of the sentence, only a noun phrase is an appositive ('X, an online
    // platform.'); 'X, opened.' is the verb of the clause.
    if (end === sentenceEnd && !/^(?:the|a|an|former|then|ex-)\s|^\p{Lu}|^(?:co-?founder|founder|chairman|chairwoman|president|vice|senior|chief|executive|head|director|managing|general|partner|analyst|professor|spokes\w+)\b/u.test(phrase)) continue;
    // 'A bought B, paying $N for it,': a present participle opens a clause about the subject of
    // the sentence, not a description of the name before the comma.
    if (/^\p{Ll}+ing\s/u.test(phrase) && !/^(?:leading|holding|banking|clothing|housing|shipping|mining|trading|lending|consulting|publishing|printing|computing|engineering|packaging|marketing|catering|manufacturing|retailing)\s/u.test(phrase)) continue;
    // 'X, and Y' or 'X, which' start clauses.
    if (/^(?:and|or|but|which|who|where|while|when|as|so|to|with|for|from|in|on|at|by|after|before|including|respectively)\b/u.test(phrase)) continue;
    out.push({ start, end });
  }
  return out;
}

/** Whether an offset falls inside one of the ranges. */
export function inRanges(ranges: readonly Range[], at: number): boolean {
  return ranges.some((r) => at >= r.start && at < r.end);
}
