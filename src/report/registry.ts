import type { Report } from '../types.js';
import { html } from './html.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** Options every formatter accepts; each reads only the ones that concern it. */
export interface FormatOptions {
  /** ANSI colours (stylish only). */
  readonly color?: boolean;
  /** The tool's version (sarif only). */
  readonly toolVersion?: string;
  /** The text of each document's file, by document id, for file offsets, lines and columns (sarif only). */
  readonly files?: Readonly<Record<string, string>>;
}

/** A format: a pure function from a report to text. */
export type Formatter = (report: Report, options?: FormatOptions) => string;

/** The report formats, by name: a closed registry of pure functions from a report to text. */
export const formats = {
  stylish,
  json,
  markdown,
  html,
  sarif,
} as const satisfies Record<string, Formatter>;

/** A format name. */
export type FormatName = keyof typeof formats;

/** The format names, in registry order, for help texts and validation. */
export const formatNames = Object.keys(formats) as FormatName[];

/** Whether a string names a format. */
export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formats, name);
}

/** Renders a report in the named format. Throws a TypeError for a name outside the registry. */
export function format(report: Report, name: FormatName, options: FormatOptions = {}): string {
  if (!isFormatName(name)) throw new TypeError(`Unknown format '${String(name)}'; use one of ${formatNames.join(', ')}.`);
  const formatter: Formatter = formats[name];
  return formatter(report, options);
}
