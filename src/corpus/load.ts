import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import type { Diagnostic, Document } from '../types.js';
import { parseDocument } from './front-matter.js';
import { validateDocuments } from './validate.js';
import { loadGazetteer } from './gazetteer.js';
import type { GazetteerEntry } from '../entities/index.js';

/**
 * Options for {@link loadCorpus}: limits that keep one runaway input (a scraped archive, a log
 * file saved as `.txt`, a folder of millions of pages) from exhausting memory or time. A file or
 * document over a limit is skipped with a diagnostic naming it and the option to raise; the
 * rest still load. A value that is not a whole number of at least 1 (or `Infinity`) is reported
 * as a `bad-option` diagnostic and the default is used instead.
 */
export interface LoadCorpusOptions {
  /**
   * The largest file read, in bytes; larger files are skipped (`too-large`).
   * @defaultValue {@link DEFAULT_MAX_BYTES} (5,000,000: about a thousand pages of text)
   */
  readonly maxBytes?: number;
  /**
   * The most documents loaded; files after that, in name order, are skipped (`max-documents`).
   * @defaultValue {@link DEFAULT_MAX_DOCUMENTS} (100,000)
   */
  readonly maxDocuments?: number;
}

/** The default {@link LoadCorpusOptions.maxBytes}: 5,000,000 bytes. */
export const DEFAULT_MAX_BYTES = 5_000_000;
/** The default {@link LoadCorpusOptions.maxDocuments}: 100,000 documents. */
export const DEFAULT_MAX_DOCUMENTS = 100_000;

/** The documents that loaded, and a diagnostic for each file that did not or that has a problem. */
export interface LoadedCorpus {
  readonly documents: Document[];
  readonly diagnostics: Diagnostic[];
  /** Known entities from an `entities.yaml` in any folder given; pass them to `analyze`. */
  readonly gazetteer: GazetteerEntry[];
}

const ARTICLE = new Set(['.md', '.txt', '.markdown']);

/**
 * Loads articles from files and folders (folders are read recursively for `.md` and `.txt`
 * files, in name order). Never throws for a bad file: it is skipped with a diagnostic.
 */
export async function loadCorpus(paths: string | readonly string[], options: LoadCorpusOptions = {}): Promise<LoadedCorpus> {
  const diagnostics: Diagnostic[] = [];
  const maxBytes = limit(options.maxBytes, 'maxBytes', DEFAULT_MAX_BYTES, diagnostics);
  const maxDocuments = limit(options.maxDocuments, 'maxDocuments', DEFAULT_MAX_DOCUMENTS, diagnostics);
  const files: string[] = [];
  const gazetteer: GazetteerEntry[] = [];
  for (const p of typeof paths === 'string' ? [paths] : paths) {
    let info;
    try {
      info = await stat(p);
    } catch (error) {
      diagnostics.push({ path: p, severity: 'error', code: 'unreadable', message: `${p}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the path.` });
      continue;
    }
    if (info.isDirectory()) {
      files.push(...(await listArticles(p, diagnostics)));
      const known = await loadGazetteer(p);
      gazetteer.push(...known.entries);
      diagnostics.push(...known.diagnostics);
    }
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
      // A device, pipe or socket named like an article (/dev/zero linked as a.md, a FIFO)
      // would never finish reading.
      if (!info.isFile()) {
        diagnostics.push({ path: file, severity: 'error', code: 'not-a-file', message: `${file}: is not a regular file (a device, pipe or socket); pass only article files. It was skipped.` });
        continue;
      }
      if (info.size > maxBytes) {
        diagnostics.push({ path: file, severity: 'error', code: 'too-large', message: `${file}: ${info.size} bytes is over the ${maxBytes}-byte limit; split it or raise maxBytes. It was skipped.` });
        continue;
      }
      buffer = await readFile(file);
      // The file may have grown since it was measured.
      if (buffer.length > maxBytes) {
        diagnostics.push({ path: file, severity: 'error', code: 'too-large', message: `${file}: ${buffer.length} bytes is over the ${maxBytes}-byte limit; split it or raise maxBytes. It was skipped.` });
        continue;
      }
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
  diagnostics.push(...checked.diagnostics, ...checked.warnings);
  return { documents: checked.documents, diagnostics, gazetteer };
}

/** A limit option as given, or the default with a diagnostic when it is not a usable count. */
function limit(value: unknown, name: string, fallback: number, diagnostics: Diagnostic[]): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && (value === Infinity || (Number.isInteger(value) && value >= 1))) return value;
  diagnostics.push({ severity: 'error', code: 'bad-option', message: `${name}: ${String(value)} is not a whole number of at least 1; the default ${fallback} was used.` });
  return fallback;
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
