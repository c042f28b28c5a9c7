import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../corpus/index.js';
import { analyze } from '../pipeline.js';
import { format, formats, type FormatName } from '../report/index.js';

/** Where the CLI writes, so tests can capture it. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTTY?: boolean;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const VERSION = '0.1.0';

const USAGE = `Usage: corroborate check <path...> [options]

Reads articles (.md or .txt files, or folders of them), extracts their claims and reports
where the sources disagree.

Options:
  --format <name>   ${Object.keys(formats).join(' | ')} (default: stylish)
  --out <file>      write the report to a file instead of standard output
  -h, --help        show this help
  -v, --version     show the version

Exit codes: 0 no error findings, 1 at least one error finding, 2 bad usage or unreadable input.
`;

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    io.stderr(`corroborate: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
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
  const [command, ...paths] = positionals;
  if (command !== 'check') {
    io.stderr(`corroborate: ${command ? `unknown command '${command}'` : 'no command given'}; use 'check'.\n\n${USAGE}`);
    return 2;
  }
  if (paths.length === 0) {
    io.stderr(`corroborate: 'check' needs at least one file or folder of articles.\n\n${USAGE}`);
    return 2;
  }
  const formatName = values.format ?? 'stylish';
  if (!Object.hasOwn(formats, formatName)) {
    io.stderr(`corroborate: unknown format '${formatName}'; use one of ${Object.keys(formats).join(', ')}.\n`);
    return 2;
  }
  const loaded = await loadCorpus(paths);
  for (const d of loaded.diagnostics) {
    if (d.severity !== 'info') io.stderr(`corroborate: ${d.severity}: ${d.message}\n`);
  }
  if (loaded.documents.length === 0) {
    io.stderr('corroborate: no readable articles in the given paths; nothing to check.\n');
    return 2;
  }
  const report = await analyze(loaded.documents, { diagnostics: loaded.diagnostics });
  const color = formatName === 'stylish' && !values.out && io.isTTY === true && !io.env?.['NO_COLOR'];
  const text = format(report, formatName as FormatName, { color });
  if (values.out) {
    try {
      await writeFile(values.out, text);
    } catch (error) {
      io.stderr(`corroborate: cannot write ${values.out} (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the path.\n`);
      return 2;
    }
  } else {
    io.stdout(text);
  }
  return report.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
