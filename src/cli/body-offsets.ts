import { readFile } from 'node:fs/promises';
import type { Document, Report } from '../types.js';

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
    const raw = await readText(d.path);
    if (raw?.endsWith(d.text)) out[d.id] = raw.length - d.text.length;
  }
  return out;
}

/**
 * The same for a saved report, which has no article text: the text is the last `length`
 * characters of the file, and a claim's quote found at its offsets confirms the file is the one
 * the report was made from. Documents whose files are gone or changed are left out.
 */
export async function bodyOffsetsFromReport(report: Report): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const d of report.documents) {
    if (!d.path) continue;
    const raw = await readText(d.path);
    if (raw === undefined || raw.length < d.length) continue;
    const offset = raw.length - d.length;
    const claim = report.claims.find((c) => c.doc === d.id);
    if (!claim || raw.slice(offset + claim.evidence.start, offset + claim.evidence.end) === claim.evidence.text) out[d.id] = offset;
  }
  return out;
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    // The file was readable when the report was made; if it is gone now, text offsets will do.
    return undefined;
  }
}
