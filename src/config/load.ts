import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { createJiti } from 'jiti';
import { formatProblem, type ConfigProblem } from './problem.js';
import { validateConfig, type Config } from './validate.js';

/** The file names looked for in the working folder, in this order. */
export const CONFIG_FILES = ['corroborate.config.json', 'corroborate.config.ts', 'corroborate.config.mts', 'corroborate.config.js', 'corroborate.config.mjs', 'corroborate.config.cjs'] as const;

/** Where to look for a configuration. */
export interface LoadConfigOptions {
  /** The folder to look in; the process's working folder by default. */
  readonly cwd?: string;
  /** An explicit file (from --config); it must exist. */
  readonly file?: string;
}

/** The configuration found (empty when there is no file), or every problem with it. */
export type LoadedConfig =
  | { readonly ok: true; readonly config: Config; readonly file?: string }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[]; readonly file?: string };

/**
 * Finds and loads the configuration: the explicit file, or the first of {@link CONFIG_FILES} in
 * the folder. JSON is parsed; .js/.ts modules are loaded with jiti and their default export (or
 * the module itself) is the configuration. Never throws for a user mistake: an unreadable file,
 * a syntax error or an invalid value comes back as problems naming the file.
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const cwd = options.cwd ?? process.cwd();
  let file: string | undefined;
  if (options.file !== undefined) {
    file = isAbsolute(options.file) ? options.file : resolve(cwd, options.file);
    if (!(await isFile(file))) {
      return { ok: false, file: options.file, problems: [{ file: options.file, path: '', message: 'cannot be read (no such file)', fix: 'check the path given to --config' }] };
    }
  } else {
    for (const name of CONFIG_FILES) {
      const candidate = join(cwd, name);
      if (await isFile(candidate)) {
        file = candidate;
        break;
      }
    }
    if (file === undefined) return { ok: true, config: {} };
  }
  const shown = options.file ?? file.slice(cwd.length + 1);
  let value: unknown;
  try {
    value = file.endsWith('.json') ? parseJson(await readFile(file, 'utf8')) : await importModule(file);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    const fix = file.endsWith('.json') ? 'fix the JSON syntax (no comments or trailing commas)' : 'fix the error in the module, and export the configuration as its default export';
    return { ok: false, file: shown, problems: [{ file: shown, path: '', message: `cannot be loaded: ${message}`, fix }] };
  }
  const result = validateConfig(value);
  if (!result.ok) return { ok: false, file: shown, problems: result.problems.map((p) => ({ ...p, file: shown })) };
  return { ok: true, config: result.config, file: shown };
}

/** Every problem, one per line, for a terminal. */
export function formatProblems(problems: readonly ConfigProblem[]): string {
  return problems.map((p) => `  ${formatProblem(p)}\n`).join('');
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function parseJson(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

async function importModule(file: string): Promise<unknown> {
  // A fresh jiti without its cache, so an edited config is read again on the next run.
  const jiti = createJiti(file, { moduleCache: false, fsCache: false, interopDefault: true });
  const mod = await jiti.import<unknown>(file);
  if (typeof mod === 'object' && mod !== null && 'default' in mod) return (mod as { default: unknown }).default;
  return mod;
}
