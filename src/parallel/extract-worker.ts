/**
 * The extraction worker thread: answers each batch of documents with their extractions, in
 * order. Built as its own entry (`dist/extract-worker.js` and `.cjs`), started by `extract` when
 * `jobs` is more than 1.
 */
import { parentPort } from 'node:worker_threads';
import { extractItem, type ExtractItem, type Extraction } from '../pipeline.js';
import type { BatchReply, BatchRequest } from './pool.js';

const port = parentPort;
if (port) {
  port.on('message', (request: BatchRequest<ExtractItem>) => {
    let reply: BatchReply<Extraction>;
    try {
      reply = { id: request.id, results: request.items.map(extractItem) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}
