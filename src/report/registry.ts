import type { Report } from '../types.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { stylish } from './stylish.js';

/** Formatter options. */
export interface FormatOptions {
  /** Colour escapes for terminals (stylish only). */
  readonly color?: boolean;
}

/** The report formats, by name. */
export const formats = {
  stylish,
  json,
  markdown,
} as const satisfies Record<string, (report: Report, options?: FormatOptions) => string>;

/** A format name. */
export type FormatName = keyof typeof formats;

/** Renders a report in the named format. */
export function format(report: Report, name: FormatName, options: FormatOptions = {}): string {
  const formatter = formats[name];
  if (!formatter) throw new TypeError(`Unknown format '${String(name)}'; use one of ${Object.keys(formats).join(', ')}.`);
  return formatter(report, options);
}
