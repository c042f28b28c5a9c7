import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The worker script's base name; the build writes it beside the package's entry points. */
export const WORKER_NAME = 'extract-worker';

/**
 * The path of the extraction worker script beside this module, or undefined when there is none:
 * when running from TypeScript sources (vitest on src/) or from a bundle built without the worker,
 * extraction then runs on the calling thread. The built package has `extract-worker.js` beside
 * `index.js` (ESM) and `extract-worker.cjs` beside `index.cjs` (CommonJS).
 */
export function workerFile(): string | undefined {
  const here = modulePath();
  if (here === undefined || here.endsWith('.ts')) return undefined;
  const file = join(dirname(here), `${WORKER_NAME}${here.endsWith('.cjs') ? '.cjs' : '.js'}`);
  return existsSync(file) ? file : undefined;
}

function modulePath(): string | undefined {
  // CommonJS has __filename; in the ESM build import.meta.url names this module.
  if (typeof __filename === 'string') return __filename;
  const url = import.meta.url as string | undefined;
  return url?.startsWith('file:') ? fileURLToPath(url) : undefined;
}
