import { parseDocument as parseYaml } from 'yaml';
import type { Diagnostic, Document } from '../types.js';
import { isPublishedDate } from './published.js';

/** A document parsed from a file's contents, or the problems that stopped it. */
export type ParsedDocument =
  | { readonly ok: true; readonly document: Document; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const KNOWN_KEYS = new Set(['id', 'title', 'outlet', 'url', 'published']);
const ID = /^[\w.-]{1,200}$/u;
// Front matter is a handful of keys. The YAML library is super-linear in the number of keys
// (its duplicate-key check) and of anchors, so a larger block is refused before it is parsed.
const MAX_FRONT_MATTER = 16_384;
// Unknown keys each get a warning, up to this many; the rest are counted in one more.
const MAX_KEY_WARNINGS = 10;

/**
 * Parses a file's text: optional front matter between `---` lines, then the article text.
 * The text keeps its bytes as they are (after the front matter), so offsets match the file.
 */
export function parseDocument(raw: string, fileId: string, path?: string): ParsedDocument {
  const where = path ?? fileId;
  const diagnostics: Diagnostic[] = [];
  const problem = (code: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
    ...(path ? { path } : {}),
    doc: fileId,
    severity,
    code,
    message: `${where}: ${message}`,
  });
  let content = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  if (content.includes('\u0000')) {
    return { ok: false, diagnostics: [problem('binary', 'looks binary (it contains NUL bytes); pass only text (.md or .txt) articles.')] };
  }
  let meta: Record<string, unknown> = {};
  const fm = /^---[ \t]*(?:\r\n?|\n)/u.exec(content);
  if (fm) {
    const close = /^---[ \t]*$/mu;
    const rest = content.slice(fm[0].length);
    const end = close.exec(rest);
    if (!end) {
      return { ok: false, diagnostics: [problem('front-matter-unclosed', "front matter starts with '---' but never ends; add a closing '---' line after the metadata.")] };
    }
    const yamlText = rest.slice(0, end.index);
    if (yamlText.length > MAX_FRONT_MATTER) {
      return { ok: false, diagnostics: [problem('front-matter-too-large', `front matter is ${yamlText.length} characters, over the ${MAX_FRONT_MATTER}-character limit for metadata; keep only id, title, outlet, url and published between the '---' lines.`)] };
    }
    let after = rest.slice(end.index + end[0].length);
    after = after.replace(/^(?:\r\n?|\n)/u, '');
    let parsed;
    try {
      // The YAML library breaks lines only at LF; the metadata's offsets matter to nobody.
      parsed = parseYaml(yamlText.replace(/\r\n?/gu, '\n'), { prettyErrors: false, uniqueKeys: true });
    } catch (error) {
      return { ok: false, diagnostics: [problem('front-matter-yaml', `front matter could not be read (${(error as Error).message}); fix the metadata between the '---' lines.`)] };
    }
    let value: unknown;
    if (parsed.errors.length > 0) {
      const first = parsed.errors[0];
      const reason = first?.message.split('\n')[0] ?? 'parse error';
      // 'title: Paris Air Show: X signs for 30 jets' is no YAML, but plainly meant: read such
      // blocks as one 'key: value' per line, and say how to make them YAML.
      value = plainKeyValues(yamlText);
      if (value === undefined) {
        return { ok: false, diagnostics: [problem('front-matter-yaml', `front matter is not valid YAML (${reason}); fix the metadata between the '---' lines.`)] };
      }
      diagnostics.push(problem('front-matter-plain', `front matter is not valid YAML (${reason}), so it was read as plain 'key: value' lines; put a value that holds ': ' in quotes to make it YAML.`, 'warning'));
    } else {
      try {
        value = parsed.toJS({ maxAliasCount: 10 });
      } catch (error) {
        return { ok: false, diagnostics: [problem('front-matter-yaml', `front matter could not be read (${(error as Error).message}); remove aliases and anchors from the metadata.`)] };
      }
    }
    if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
      return { ok: false, diagnostics: [problem('front-matter-shape', 'front matter must be a mapping of keys (id, title, outlet, url, published).')] };
    }
    meta = Object.create(null) as Record<string, unknown>;
    let unknown = 0;
    for (const [k, v] of Object.entries((value ?? {}) as Record<string, unknown>)) {
      if (!KNOWN_KEYS.has(k)) {
        unknown++;
        if (unknown > MAX_KEY_WARNINGS) continue;
        diagnostics.push(problem('front-matter-unknown-key', `unknown front matter key '${k.slice(0, 40)}' ignored; the known keys are ${[...KNOWN_KEYS].join(', ')}.`, 'warning'));
        continue;
      }
      meta[k] = v;
    }
    if (unknown > MAX_KEY_WARNINGS) {
      diagnostics.push(problem('front-matter-unknown-key', `${unknown - MAX_KEY_WARNINGS} more unknown front matter keys ignored.`, 'warning'));
    }
    content = after;
  }
  const doc: { -readonly [K in keyof Document]: Document[K] } = { id: fileId, text: content };
  for (const key of ['id', 'title', 'outlet', 'url', 'published'] as const) {
    const v = meta[key];
    if (v === undefined || v === null) continue;
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
    if (s === undefined) {
      diagnostics.push(problem('front-matter-type', `'${key}' must be a string; it was ignored.`, 'warning'));
      continue;
    }
    if (key === 'published' && !isPublishedDate(s)) {
      diagnostics.push(problem('published-format', `'published: ${s}' is not a date like 2016-12-28, 2016-12 or 2016; it was ignored, so relative dates in this article stay unresolved.`, 'warning'));
      continue;
    }
    if (key === 'id' && !ID.test(s)) {
      diagnostics.push(problem('id-format', `'id: ${s.slice(0, 40)}' may hold only letters, digits, '.', '_' and '-'; the file name is used instead.`, 'warning'));
      continue;
    }
    doc[key] = s;
  }
  if (path) doc.path = path;
  if (doc.text.trim().length === 0) {
    return { ok: false, diagnostics: [...diagnostics, problem('empty', 'has no article text; add the text after the front matter or remove the file.')] };
  }
  return { ok: true, document: doc, diagnostics };
}

const PLAIN_LINE = /^([A-Za-z_][\w-]*):(?:[ \t]+(\S.*))?$/u;

/**
 * Front matter that YAML refuses only because a value holds ': ' (an unquoted headline with a
 * colon): every line a 'key: value' of plain text, no key twice, no value that starts YAML syntax
 * (brackets, quotes, anchors, block markers). Anything else stays an error.
 */
function plainKeyValues(block: string): Record<string, string> | undefined {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  let colonInValue = false;
  for (const line of block.split(/\r\n?|\n/u)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = PLAIN_LINE.exec(line.trimEnd());
    if (!m?.[1]) return undefined;
    const raw = (m[2] ?? '').trim();
    if (Object.hasOwn(out, m[1]) || /^[[\]{}&*!|>%@`]/u.test(raw)) return undefined;
    if (raw.includes(': ')) colonInValue = true;
    // A value quoted whole keeps what is inside the quotes.
    out[m[1]] = /^(["']).*\1$/u.test(raw) && raw.length >= 2 ? raw.slice(1, -1) : raw;
  }
  return colonInValue ? out : undefined;
}
