import { readFile } from 'node:fs/promises';
import type { ReportDocument } from '../types.js';

/**
 * The text of each document's file, by document id, for SARIF's file positions. A file that is
 * gone is left out (its positions stay relative to the article text); a byte-order mark is
 * dropped, as editors do, so columns match what a reader sees.
 */
export async function readSourceFiles(documents: readonly ReportDocument[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const d of documents) {
    if (!d.path) continue;
    try {
      const text = await readFile(d.path, 'utf8');
      out[d.id] = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch {
      // Readable when the report was made; if it is gone now, text-relative offsets will do.
    }
  }
  return out;
}
