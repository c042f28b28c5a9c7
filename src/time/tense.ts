// Words that put what follows them in the future: an undated 'December' or 'Monday' after them
// is the next one, not the last.
const FUTURE_CUE = /\b(?:will|shall|won't|'ll|scheduled|planned|plans|planning|set\s+to|is\s+to|are\s+to|going\s+to|aims?\s+to|intends?\s+to|upcoming|as\s+soon\s+as|as\s+early\s+as|could|might|effective|expected\s+to|expects?\s+to|would\s+(?:still\s+|also\s+)?be)\b/i;
// Words after which the clause is reported past, which overrides a cue before them.
const CLAUSE_BREAK = /[;:!?]|,\s+(?:and|but|while|when|after|before)\b/i;

/**
 * Whether the clause leading up to `index` speaks of the future. Looks back only within the
 * clause, so that 'said on Monday it will' keeps Monday in the past.
 */
export function isFutureContext(text: string, index: number): boolean {
  let window = text.slice(Math.max(0, index - 50), index);
  const parts = window.split(CLAUSE_BREAK);
  window = parts[parts.length - 1] ?? window;
  return FUTURE_CUE.test(window);
}
