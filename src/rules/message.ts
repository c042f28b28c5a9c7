import { RuleError } from './errors.js';

const PLACEHOLDER = /\{\{(\w+)\}\}/gu;

/**
 * Fills a message template's `{{name}}` placeholders from data. A placeholder without data is a
 * bug in the rule, so it throws rather than printing a half-filled sentence.
 */
export function renderMessage(template: string, data: Readonly<Record<string, string | number>>, rule: string): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = data[name];
    if (value === undefined) throw new RuleError('missing-message-data', `its message '${template}' needs '${name}', which the report's data lacks`, { rule });
    return String(value);
  });
}

/** The placeholder names a template uses, in order. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}
