import type { Claim, ReportDocument } from '../types.js';

/** A 1-based line and column (in UTF-16 code units), as SARIF regions and editors count them. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/**
 * Maps character offsets of a file to lines and columns. Lines end at LF, CR LF or a lone CR, as
 * SARIF defines them; the index is built once, and each lookup is a binary search.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** The line and column of an offset. */
  position(offset: number): LineColumn {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}

/**
 * Where a document's text starts in its file: the text is the last `length` characters (what
 * follows the front matter), confirmed by finding the document's first claim's quote at its
 * offsets. Undefined when the file is shorter or the quote is not there (the file changed).
 */
export function bodyOffset(file: string, document: ReportDocument, claims: readonly Claim[]): number | undefined {
  if (file.length < document.length) return undefined;
  const offset = file.length - document.length;
  const claim = claims.find((c) => c.doc === document.id);
  if (claim && file.slice(offset + claim.evidence.start, offset + claim.evidence.end) !== claim.evidence.text) return undefined;
  return offset;
}
