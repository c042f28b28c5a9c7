import { readFile } from 'node:fs/promises';
import type { Document } from '../types.js';

/**
 * Where each document's text starts in its file (the length of its front matter), so SARIF
 * regions count from the start of the file as the standard wants. The loader keeps the text
 * after the front matter unchanged, so the text is a suffix of the file; when it is not (the
 * file changed since it was read), the document is left out and its offsets stay text-relative.
 */
export async function bodyOffsets(documents: readonly Document[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const d of documents) {
    if (!d.path) continue;
    try {
      const raw = await readFile(d.path, 'utf8');
      if (raw.endsWith(d.text)) out[d.id] = raw.length - d.text.length;
    } catch {
      // The file was readable a moment ago; if it is gone now, text-relative offsets will do.
    }
  }
  return out;
}
