import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREDICATES } from '../src/claims/index.js';
import { BUILTIN_RULE_IDS } from '../src/rules/index.js';

// The README is part of the product: it must keep up with the vocabulary, the rules and the
// dependencies it documents.
const root = resolve(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

describe('README', () => {
  it('starts with the install-and-run command and the test command', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/u.exec(readme)?.[1] ?? '';
    expect(firstBlock).toContain('npm install && npm start');
    expect(firstBlock).toContain('npm test');
    expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('##'));
  });
  for (const predicate of Object.keys(PREDICATES)) {
    it(`documents the predicate ${predicate}`, () => expect(readme).toContain(`| \`${predicate}\` |`));
  }
  for (const id of BUILTIN_RULE_IDS) {
    it(`names the rule ${id}`, () => expect(readme).toContain(`\`${id}\``));
  }
  for (const name of [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)].filter((n) => !n.startsWith('@types/') && n !== '@eslint/js')) {
    it(`says why it depends on ${name}`, () => expect(readme).toMatch(new RegExp(`^\\| [^|\\n]*${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}[^|\\n]* \\|`, 'mu')));
  }
});
