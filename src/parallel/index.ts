/**
 * Parallel extraction: a small pool of worker threads that maps documents to their extractions
 * and yields them in input order, and the lookup of the worker script in the built package. The
 * stages themselves stay in `src/pipeline.ts`; this folder only moves their work to other threads.
 */
export { mapInWorkers, WorkerPoolError, type BatchReply, type BatchRequest, type PoolOptions } from './pool.js';
export { workerFile, WORKER_NAME } from './worker-file.js';
export { groupFindingsByDocument, type FindingGroup } from './partition.js';
