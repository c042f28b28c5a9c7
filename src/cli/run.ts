import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import packageJson from '../../package.json' with { type: 'json' };
import { formatProblems, loadConfig, type Config } from '../config/index.js';
import { closest } from '../config/suggest.js';
import { loadCorpus } from '../corpus/index.js';
import { analyze, type AnalyzeOptions } from '../pipeline.js';
import { BUILTIN_RULE_IDS } from '../rules/index.js';
import { claimsJsonl, explainFinding, failsOn, filterFindings, findFinding, format, formatNames, isFormatName, type FailOn, type FormatName } from '../report/index.js';
import type { Diagnostic, Report, Severity } from '../types.js';
import { readSourceFiles } from './source-files.js';
import { isLarge, ProgressBar } from './progress.js';

/** Where the CLI reads and writes, so tests can run it in-process and capture everything. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Standard output is a terminal (colours for stylish). */
  readonly isTTY?: boolean;
  /** Standard error is a terminal (the progress bar). */
  readonly stderrIsTTY?: boolean;
  /** Width of the terminal, for the progress bar. */
  readonly columns?: number;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Where to look for a configuration file; the process's working folder by default. */
  readonly cwd?: string;
}

const VERSION: string = packageJson.version;
const SEVERITIES = ['error', 'warning', 'info'] as const;
const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
const COMMANDS = ['check', 'claims', 'explain'] as const;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  rule: { type: 'string', multiple: true },
  'min-severity': { type: 'string' },
  'fail-on': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const USAGE = `Usage:
  corroborate check <path...> [options]     report where the sources disagree
  corroborate claims <path...> [options]    print every claim, one JSON object per line
  corroborate explain <finding-id> <path...>
                                            show one finding in full (an unambiguous start of
                                            its id will do)

Paths are .md or .txt articles, or folders of them (read recursively), or one report.json saved
by 'check --format json' (to render it again, or explain a finding in it, without re-reading).

Options:
  -f, --format <name>        ${formatNames.join(' | ')} (default: stylish)
  -o, --out <file>           write to a file instead of standard output
  -c, --config <file>        configuration file (default: corroborate.config.json, .ts or .js
                             in the working folder)
      --rule <id>            report only findings of this rule; repeat it or separate ids with
                             commas
      --min-severity <level> report only findings at least this severe: ${SEVERITIES.join(' | ')}
      --fail-on <level>      exit 1 when a finding at least this severe is reported:
                             ${FAIL_ON.join(' | ')} (default: error)
  -j, --jobs <n>             threads to analyze articles on (default: the number of cores,
                             but one per 2,500 articles: a thread costs seconds to warm up)
  -h, --help                 show this help
  -v, --version              show the version

Built-in rules: ${BUILTIN_RULE_IDS.join(', ')}.
Colours are off when NO_COLOR is set or the output is not a terminal.
Exit codes: 0 no finding at the --fail-on level, 1 at least one, 2 bad usage, bad configuration
or unreadable input.
`;

/** The options after the command line and the configuration file are merged. */
interface Settings {
  readonly format: FormatName;
  readonly out?: string;
  readonly rules: readonly string[];
  readonly minSeverity?: Severity;
  readonly failOn: FailOn;
  readonly jobs?: number;
  readonly config: Config;
}

/** A usage error: the message, and whether the usage text helps. */
class UsageError extends Error {}

/** Runs the CLI with the given arguments; resolves to the exit code. Never throws for a user mistake. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const fail = (message: string): number => {
    io.stderr(`corroborate: ${message}\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    return fail(`${argumentError(error)}\nRun 'corroborate --help' for the commands and options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command === undefined) return fail(`no command given; use one of ${COMMANDS.join(', ')}.\n\n${USAGE}`);
  if (!(COMMANDS as readonly string[]).includes(command)) {
    const guess = closest(command, COMMANDS);
    return fail(`unknown command '${command}'; ${guess ? `did you mean '${guess}'?` : `use one of ${COMMANDS.join(', ')}.`}\nRun 'corroborate --help' for the commands and options.`);
  }

  const loaded = await loadConfig({ cwd: io.cwd ?? process.cwd(), ...(values.config === undefined ? {} : { file: values.config }) });
  if (!loaded.ok) {
    const n = loaded.problems.length;
    return fail(`the configuration ${loaded.file ?? ''} has ${n} problem${n === 1 ? '' : 's'}:\n${formatProblems(loaded.problems)}`);
  }
  let settings: Settings;
  try {
    settings = merge(values, loaded.config, command);
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    throw error;
  }

  if (command === 'explain') {
    const [id, ...paths] = rest;
    if (id === undefined || paths.length === 0) return fail("'explain' needs a finding id and the articles (or a report.json) it came from, as in: corroborate explain 3f2a9c articles/");
    const report = await reportFor(paths, settings, io);
    if (typeof report === 'number') return report;
    const found = findFinding(report, id);
    if (!found.ok) {
      if (found.reason === 'ambiguous') return fail(`'${id}' starts ${found.candidates.length} finding ids (${found.candidates.slice(0, 5).join(', ')}); give more of it.`);
      const near = found.candidates.length === 0 ? 'the report has no findings' : `the findings are ${found.candidates.slice(0, 10).join(', ')}${found.candidates.length > 10 ? ', ...' : ''}`;
      return fail(`no finding '${id}'; ${near}.`);
    }
    return (await emitAsync(explainFinding(report, found.finding, { color: useColor(settings, io) }), settings, io)) ?? 0;
  }

  if (rest.length === 0) return fail(`'${command}' needs at least one file or folder of articles.\nRun 'corroborate --help' for the commands and options.`);
  const report = await reportFor(rest, settings, io);
  if (typeof report === 'number') return report;
  if (command === 'claims') return (await emitAsync(claimsJsonl(report), settings, io)) ?? 0;

  const unknown = unknownRules(settings, report);
  if (unknown) return fail(unknown);
  const shown = filterFindings(report, { rules: settings.rules, ...(settings.minSeverity ? { minSeverity: settings.minSeverity } : {}) });
  const text = format(shown, settings.format, {
    color: useColor(settings, io),
    toolVersion: VERSION,
    ...(settings.format === 'sarif' ? { files: await readSourceFiles(report.documents) } : {}),
  });
  const written = await emitAsync(text, settings, io);
  if (written !== undefined) return written;
  return failsOn(shown, settings.failOn) ? 1 : 0;
}

/** A message for a --rule id that names no rule (built-in, configured, or in a saved report). */
function unknownRules(settings: Settings, report: Report): string | undefined {
  const known = [...new Set([...BUILTIN_RULE_IDS, ...Object.keys(settings.config.rules ?? {}), ...report.findings.map((f) => f.rule)])];
  const bad = settings.rules.find((r) => !known.includes(r));
  if (bad === undefined) return undefined;
  const guess = closest(bad, known);
  return `unknown rule '${bad}'${guess ? `; did you mean '${guess}'?` : '.'} The rules are ${known.join(', ')}.`;
}

/** Loads articles and analyzes them, or reads a saved JSON report; an exit code on failure. */
async function reportFor(paths: readonly string[], settings: Settings, io: CliIO): Promise<Report | number> {
  const [only] = paths;
  if (paths.length === 1 && only?.endsWith('.json')) return readReport(only, io);
  const loaded = await loadCorpus(paths);
  for (const d of loaded.diagnostics) {
    if (d.severity !== 'info') io.stderr(`corroborate: ${d.severity}: ${d.message}\n`);
  }
  if (loaded.documents.length === 0) {
    io.stderr('corroborate: no readable articles in the given paths; nothing to check.\n');
    return 2;
  }
  const characters = loaded.documents.reduce((n, d) => n + d.text.length, 0);
  const bar = io.stderrIsTTY === true && isLarge(loaded.documents.length, characters) ? new ProgressBar({ write: io.stderr, ...(io.columns ? { columns: io.columns } : {}) }, 'analyzing') : undefined;
  bar?.update(0, loaded.documents.length);
  const options: AnalyzeOptions = {
    diagnostics: loaded.diagnostics as Diagnostic[],
    gazetteer: loaded.gazetteer,
    jobs: settings.jobs ?? defaultJobs(loaded.documents.length),
    ...(settings.config.rules === undefined ? {} : { rules: settings.config.rules }),
    ...(bar ? { onProgress: (done: number, total: number) => bar.update(done, total) } : {}),
  };
  try {
    return await analyze(loaded.documents, options);
  } finally {
    bar?.clear();
  }
}

/**
 * Threads when --jobs is not given: every core, but one per 2,500 articles. A thread loads the
 * package and has V8 compile its hot code again, a few seconds of CPU, and the linking and rules
 * after extraction run on one thread; on two cores the scale bench measured 2 jobs slower than 1
 * at 1,000 articles, about even at 3,000 and 1.4x faster at 10,000.
 */
function defaultJobs(articles: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(articles / 2500)));
}

async function readReport(path: string, io: CliIO): Promise<Report | number> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    io.stderr(`corroborate: ${path}: cannot be read as a JSON report (${error instanceof SyntaxError ? 'invalid JSON' : ((error as NodeJS.ErrnoException).code ?? 'error')}); give the output of 'corroborate check --format json', or the articles.\n`);
    return 2;
  }
  const r = value as Partial<Report> | null;
  if (r === null || typeof r !== 'object' || r.schemaVersion !== 1 || !Array.isArray(r.findings) || !Array.isArray(r.claims)) {
    io.stderr(`corroborate: ${path}: is not a corroborate report (schemaVersion 1); give the output of 'corroborate check --format json', or the articles.\n`);
    return 2;
  }
  return value as Report;
}

function merge(values: ParsedValues, config: Config, command: string): Settings {
  const formatName = values.format ?? config.format ?? 'stylish';
  if (!isFormatName(formatName)) {
    const guess = closest(formatName, formatNames);
    throw new UsageError(`unknown format '${formatName}'; ${guess ? `did you mean '${guess}'? The formats are` : 'use one of'} ${formatNames.join(', ')}.`);
  }
  if (values.format !== undefined && command !== 'check') throw new UsageError(`--format applies to 'check' only; '${command}' always prints ${command === 'claims' ? 'JSON Lines' : 'text'}.`);
  const minSeverity = values['min-severity'] ?? config.minSeverity;
  if (minSeverity !== undefined && !(SEVERITIES as readonly string[]).includes(minSeverity)) {
    throw new UsageError(`--min-severity '${minSeverity}' is not a severity; use one of ${SEVERITIES.join(', ')}.`);
  }
  const failOn = values['fail-on'] ?? config.failOn ?? 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on '${failOn}' is not allowed; use one of ${FAIL_ON.join(', ')}.`);
  let jobs = config.jobs;
  if (values.jobs !== undefined) {
    jobs = /^\d{1,3}$/u.test(values.jobs) ? Number(values.jobs) : Number.NaN;
    if (!(jobs >= 1 && jobs <= 256)) throw new UsageError(`--jobs '${values.jobs}' is not a whole number from 1 to 256.`);
  }
  const rules = (values.rule ?? config.only ?? []).flatMap((r) => r.split(',')).map((r) => r.trim()).filter((r) => r !== '');
  if (values.rule !== undefined && rules.length === 0) throw new UsageError('--rule needs a rule id, as in --rule event-date-conflict.');
  return {
    format: formatName,
    ...(values.out === undefined && config.out === undefined ? {} : { out: values.out ?? config.out }),
    rules,
    ...(minSeverity === undefined ? {} : { minSeverity: minSeverity as Severity }),
    failOn: failOn as FailOn,
    ...(jobs === undefined ? {} : { jobs }),
    config,
  };
}

type ParsedValues = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

function useColor(settings: Settings, io: CliIO): boolean {
  const noColor = io.env?.['NO_COLOR'];
  return settings.out === undefined && io.isTTY === true && (noColor === undefined || noColor === '');
}

/** Writes to standard output, or to --out; an exit code when the file cannot be written. */
async function emitAsync(text: string, settings: Settings, io: CliIO): Promise<number | undefined> {
  if (settings.out === undefined) {
    io.stdout(text);
    return undefined;
  }
  const file = resolve(io.cwd ?? process.cwd(), settings.out);
  try {
    await writeFile(file, text);
    return undefined;
  } catch (error) {
    io.stderr(`corroborate: cannot write ${settings.out} (${(error as NodeJS.ErrnoException).code ?? 'error'}); check that its folder exists and is writable.\n`);
    return 2;
  }
}

// parseArgs' own messages suggest '--' tricks; say plainly which option is wrong and what was meant.
function argumentError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const message = e.message ?? String(error);
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'(-[^']*)'/u.exec(message)?.[1] ?? '';
    const names = Object.keys(OPTIONS);
    const guess = closest(option.replace(/^-+/u, ''), names);
    return `unknown option '${option}'${guess ? `; did you mean '--${guess}'?` : '.'}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${message.replace(/\.$/u, '')}: give it a value, as in --format json.`;
  return message;
}
