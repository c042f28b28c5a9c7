import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument as parseYaml } from 'yaml';
import type { Diagnostic, EntityType } from '../types.js';
import type { GazetteerEntry } from '../entities/index.js';

/** File names looked for beside the articles. */
export const GAZETTEER_FILES = ['entities.yaml', 'entities.yml'] as const;

const TYPES = new Set<EntityType>(['person', 'organization', 'product', 'other']);

/**
 * Reads a gazetteer: a YAML list of `{ name, type?, aliases? }`, or a mapping from a name to its
 * aliases. Every malformed entry becomes a diagnostic naming the file, the entry and the fix;
 * the good entries are kept.
 */
export function parseGazetteer(text: string, path: string): { entries: GazetteerEntry[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = (code: string, message: string): void => {
    diagnostics.push({ path, severity: 'warning', code, message: `${path}: ${message}` });
  };
  const doc = parseYaml(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    problem('gazetteer-yaml', `is not valid YAML (${doc.errors[0]?.message.split('\n')[0] ?? 'parse error'}); it was ignored.`);
    return { entries: [], diagnostics };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 10 });
  } catch (error) {
    problem('gazetteer-yaml', `could not be read (${(error as Error).message}); remove anchors and aliases. It was ignored.`);
    return { entries: [], diagnostics };
  }
  const raw: unknown[] = Array.isArray(value)
    ? value
    : value !== null && typeof value === 'object'
      ? Object.entries(value as Record<string, unknown>).map(([name, aliases]) => ({ name, aliases }))
      : [];
  if (raw.length === 0 && value !== null && value !== undefined) problem('gazetteer-shape', 'must be a list of { name, type, aliases } entries or a mapping from names to alias lists; it was ignored.');
  const entries: GazetteerEntry[] = [];
  raw.forEach((item, i) => {
    const where = `entry ${i + 1}`;
    if (item === null || typeof item !== 'object') return problem('gazetteer-entry', `${where} is not a mapping with a 'name'; it was skipped.`);
    const { name, type, aliases } = item as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '') return problem('gazetteer-entry', `${where} has no string 'name'; it was skipped.`);
    if (type !== undefined && !(typeof type === 'string' && TYPES.has(type as EntityType))) {
      return problem('gazetteer-entry', `${where} ('${name}') has type '${String(type)}'; use one of ${[...TYPES].join(', ')}. It was skipped.`);
    }
    const list = aliases === undefined || aliases === null ? [] : Array.isArray(aliases) ? aliases : [aliases];
    if (!list.every((a) => typeof a === 'string')) return problem('gazetteer-entry', `${where} ('${name}') has aliases that are not strings; it was skipped.`);
    entries.push({ name: name.trim(), ...(type ? { type: type as EntityType } : {}), aliases: (list as string[]).map((a) => a.trim()).filter((a) => a !== '') });
  });
  return { entries, diagnostics };
}

/** Reads the gazetteer file in a folder, if there is one. */
export async function loadGazetteer(dir: string): Promise<{ entries: GazetteerEntry[]; diagnostics: Diagnostic[] }> {
  for (const name of GAZETTEER_FILES) {
    const path = join(dir, name);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      continue;
    }
    return parseGazetteer(text, path);
  }
  return { entries: [], diagnostics: [] };
}
