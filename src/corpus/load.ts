import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import type { Diagnostic, Document } from '../types.js';
import { parseDocument } from './front-matter.js';
import { validateDocuments } from './validate.js';

/** Options for {@link loadCorpus}. */
export interface LoadCorpusOptions {
  /** Files larger than this many bytes are skipped with a diagnostic. Default 5 MB. */
  readonly maxBytes?: number;
  /** At most this many documents are read; the rest are skipped with a diagnostic. Default 100,000. */
  readonly maxDocuments?: number;
}

/** The documents that loaded, and a diagnostic for each file that did not or that has a problem. */
export interface LoadedCorpus {
  readonly documents: Document[];
  readonly diagnostics: Diagnostic[];
}

const ARTICLE = new Set(['.md', '.txt', '.markdown']);

/**
 * Loads articles from files and folders (folders are read recursively for `.md` and `.txt`
 * files, in name order). Never throws for a bad file: it is skipped with a diagnostic.
 */
export async function loadCorpus(paths: string | readonly string[], options: LoadCorpusOptions = {}): Promise<LoadedCorpus> {
  const maxBytes = options.maxBytes ?? 5_000_000;
  const maxDocuments = options.maxDocuments ?? 100_000;
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  for (const p of typeof paths === 'string' ? [paths] : paths) {
    let info;
    try {
      info = await stat(p);
    } catch (error) {
      diagnostics.push({ path: p, severity: 'error', code: 'unreadable', message: `${p}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the path.` });
      continue;
    }
    if (info.isDirectory()) files.push(...(await listArticles(p, diagnostics)));
    else files.push(p);
  }
  const parsed: Document[] = [];
  for (const file of files) {
    if (parsed.length >= maxDocuments) {
      diagnostics.push({ path: file, severity: 'warning', code: 'max-documents', message: `${file}: skipped, more than ${maxDocuments} documents; raise maxDocuments to read it.` });
      continue;
    }
    let buffer: Buffer;
    try {
      const info = await stat(file);
      if (info.size > maxBytes) {
        diagnostics.push({ path: file, severity: 'error', code: 'too-large', message: `${file}: ${info.size} bytes is over the ${maxBytes}-byte limit; split it or raise maxBytes. It was skipped.` });
        continue;
      }
      buffer = await readFile(file);
    } catch (error) {
      diagnostics.push({ path: file, severity: 'error', code: 'unreadable', message: `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); check its permissions. It was skipped.` });
      continue;
    }
    const text = decode(buffer);
    if (text === undefined) {
      diagnostics.push({ path: file, severity: 'error', code: 'binary', message: `${file}: is not UTF-8 text (binary or another encoding); convert it to UTF-8. It was skipped.` });
      continue;
    }
    const id = basename(file, extname(file));
    const result = parseDocument(text, id, file);
    diagnostics.push(...result.diagnostics);
    if (result.ok) parsed.push(result.document);
  }
  const checked = validateDocuments(parsed);
  diagnostics.push(...checked.diagnostics);
  return { documents: checked.documents, diagnostics };
}

async function listArticles(dir: string, diagnostics: Diagnostic[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (error) {
      diagnostics.push({ path: d, severity: 'error', code: 'unreadable', message: `${d}: cannot be listed (${(error as NodeJS.ErrnoException).code ?? 'error'}); check its permissions.` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (ARTICLE.has(extname(e.name).toLowerCase())) out.push(full);
    }
  };
  await walk(dir);
  if (out.length === 0) diagnostics.push({ path: dir, severity: 'warning', code: 'no-articles', message: `${relative('.', dir) || dir}: holds no .md or .txt articles.` });
  return out;
}

/** Decodes UTF-8 strictly; undefined for binary or invalid bytes. Line ends are kept as they are. */
function decode(buffer: Buffer): string | undefined {
  if (buffer.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return undefined;
  }
}
