import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // extract-worker: the worker thread that `analyze({ jobs })` starts; it must sit beside index.js/.cjs.
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', vitest: 'src/vitest/index.ts', 'extract-worker': 'src/parallel/extract-worker.ts' },
    // vitest is the user's own test runner (a devDependency here): never bundle it.
    external: ['vitest'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    // ES2022, which Node 20 runs as is: with 'node20' esbuild rewrites every regular expression literal
    // with a Unicode property escape (/\p{Lu}/u) into a `new RegExp(...)` call, made again on each
    // call of the function it is in.
    target: 'es2022',
    splitting: false,
    // The worker lookup needs the module's own path: import.meta.url in the CommonJS build too.
    shims: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'es2022',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
