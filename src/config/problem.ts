/** One thing wrong with a configuration: where, what, and how to fix it. */
export interface ConfigProblem {
  /** The file the problem is in, when it came from a file. */
  readonly file?: string;
  /** Where in the configuration, as a dotted path ('rules.event-date-conflict[1].graceDays'); '' for the whole file. */
  readonly path: string;
  /** What is wrong. */
  readonly message: string;
  /** What to write instead. */
  readonly fix: string;
}

/** A problem as one line: `file: path: message; fix`. */
export function formatProblem(p: ConfigProblem): string {
  const where = [p.file, p.path === '' ? undefined : p.path].filter((s) => s !== undefined).join(': ');
  return `${where === '' ? '' : `${where}: `}${p.message}; ${p.fix}`;
}

/** Joins path segments into the dotted form used in problems. */
export function joinPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? String(s) : `.${String(s)}`;
  }
  return out;
}
