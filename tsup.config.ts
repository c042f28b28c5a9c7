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
    target: 'node20',
    splitting: false,
    // The worker lookup needs the module's own path: import.meta.url in the CommonJS build too.
    shims: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
