import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BUILTIN_RULES } from '../../src/rules/index.js';

// File name = rule id = test file = docs page: a rule cannot be added, renamed or given a new
// option or message without its page and its tests following.
const root = resolve(import.meta.dirname, '../..');
const builtinFiles = readdirSync(resolve(root, 'src/rules/builtin')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));

describe('built-in rules are in step with their files, tests and docs', () => {
  it('every file in src/rules/builtin is registered', () => {
    expect(builtinFiles.sort()).toEqual(Object.keys(BUILTIN_RULES).sort());
  });
  for (const [key, rule] of Object.entries(BUILTIN_RULES)) {
    describe(key, () => {
      it('its id is its registry key and file name', () => {
        expect(rule.id).toBe(key);
        expect(existsSync(resolve(root, `src/rules/builtin/${key}.ts`))).toBe(true);
      });
      it('has a test file', () => {
        expect(existsSync(resolve(root, `test/rules/${key}.test.ts`))).toBe(true);
      });
      it('has a docs page that names it, every option and every message', () => {
        const page = resolve(root, `docs/rules/${key}.md`);
        expect(existsSync(page)).toBe(true);
        const text = readFileSync(page, 'utf8');
        expect(text.startsWith(`# ${key}\n`)).toBe(true);
        const options = rule.meta.options instanceof z.ZodObject ? Object.keys(rule.meta.options.shape) : [];
        for (const option of options) expect(text, `option ${option}`).toContain(`\`${option}\``);
        for (const message of Object.keys(rule.meta.messages)) expect(text, `message ${message}`).toContain(`\`${message}\``);
      });
      it('is listed in the docs index', () => {
        expect(readFileSync(resolve(root, 'docs/rules/README.md'), 'utf8')).toContain(`[${key}](${key}.md)`);
      });
    });
  }
});
