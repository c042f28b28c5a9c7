import { Worker } from 'node:worker_threads';

/** How {@link mapInWorkers} runs. */
export interface PoolOptions {
  /** The worker script: it answers each {@link BatchRequest} with one {@link BatchReply}. */
  readonly file: string;
  /** Worker threads to start. */
  readonly jobs: number;
  /** Items per message: small enough to balance the threads, large enough to amortize the copy. */
  readonly batchSize: number;
  /** Called with each thread as it starts (to watch it, as the tests do for its exit). */
  readonly onWorker?: (worker: Worker) => void;
}

/** A batch of items sent to a worker. */
export interface BatchRequest<I> {
  readonly id: number;
  readonly items: readonly I[];
}

/** A worker's answer to one batch: the mapped items in order, or why it failed. */
export type BatchReply<O> = { readonly id: number; readonly results: readonly O[] } | { readonly id: number; readonly error: string };

/** Thrown when a worker fails (its function threw, or the thread died); `code` says which. */
export class WorkerPoolError extends Error {
  /** 'worker-failed': the mapped function threw; 'worker-exited': the thread crashed or exited. */
  readonly code: 'worker-failed' | 'worker-exited';
  constructor(code: WorkerPoolError['code'], message: string) {
    super(message);
    this.name = 'WorkerPoolError';
    this.code = code;
  }
}

interface Waiting<O> {
  readonly resolve: (results: readonly O[]) => void;
  readonly reject: (error: Error) => void;
}

/** One worker thread and the batches it has been sent but not yet answered, by batch id. */
class Lane<O> {
  readonly worker: Worker;
  readonly waiting = new Map<number, Waiting<O>>();
  private failure: Error | undefined;

  constructor(file: string) {
    this.worker = new Worker(file);
    this.worker.on('message', (reply: BatchReply<O>) => {
      // Matched by id: a worker may answer its batches in any order.
      const next = this.waiting.get(reply.id);
      if (!next) return;
      this.waiting.delete(reply.id);
      if ('error' in reply) next.reject(new WorkerPoolError('worker-failed', reply.error));
      else next.resolve(reply.results);
    });
    this.worker.on('error', (error: Error) => this.fail(new WorkerPoolError('worker-exited', `a worker thread failed: ${error.message}`)));
    this.worker.on('exit', (code) => this.fail(new WorkerPoolError('worker-exited', `a worker thread exited (code ${code}) with work pending`)));
  }

  send<I>(request: BatchRequest<I>): Promise<readonly O[]> {
    if (this.failure) return Promise.reject(this.failure);
    const answer = new Promise<readonly O[]>((resolve, reject) => this.waiting.set(request.id, { resolve, reject }));
    this.worker.postMessage(request);
    return answer;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }
}

// Batches sent to one thread and not answered: one to work on, one queued so it never waits for a message.
const PER_THREAD = 2;

/**
 * Maps items through worker threads and yields the results in input order. With `here`, the
 * calling thread is one of the `jobs`: it starts `jobs - 1` workers and maps a batch itself
 * whenever every worker has its queue full, so no thread waits while there is work, and one
 * thread fewer loads the code and warms up. The threads start
 * when iteration starts and are terminated when it ends, however it ends (done, an error, or the
 * consumer stopping early). Input is read lazily: at most two batches per thread are in flight and
 * four per thread read and not yet yielded, so memory stays bounded by the batch size, not by the input. A thread that finishes a
 * batch is given the next one at once, whether or not earlier batches on other threads are done:
 * only the yielding waits for input order, so one slow batch does not idle the other threads.
 */
export async function* mapInWorkers<I, O>(items: Iterable<I> | AsyncIterable<I>, options: PoolOptions, here?: (item: I) => O): AsyncGenerator<O, void, undefined> {
  const lanes: Lane<O>[] = [];
  const threads = here ? Math.max(0, options.jobs - 1) : options.jobs;
  const source = (Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]()) as AsyncIterator<I> | Iterator<I>;
  const window = 4 * Math.max(1, options.jobs);
  const ready = new Map<number, readonly O[]>();
  let failure: Error | undefined;
  let exhausted = false;
  let sent = 0;
  let next = 0;
  let reading = false;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const readBatch = async (): Promise<I[]> => {
    const batch: I[] = [];
    while (!exhausted && batch.length < options.batchSize) {
      const item = await source.next();
      if (item.done) exhausted = true;
      else batch.push(item.value);
    }
    return batch;
  };
  // One reader at a time: the source is an iterator, and batches must be numbered in its order.
  const fill = async (): Promise<void> => {
    if (reading) return;
    reading = true;
    try {
      for (;;) {
        // The least busy thread takes the next batch (which thread runs a batch never changes its results).
        let lane = lanes[0];
        for (const l of lanes) if (lane === undefined || l.waiting.size < lane.waiting.size) lane = l;
        const busy = lane === undefined || lane.waiting.size >= PER_THREAD;
        if (exhausted || failure !== undefined || sent - next >= window || (busy && !here)) break;
        const batch = await readBatch();
        if (batch.length === 0) break;
        const id = sent++;
        if (busy || lane === undefined) {
          // Every worker has its queue full: the calling thread maps this batch itself, then lets
          // the workers' answers in before it looks for the next.
          try {
            ready.set(id, batch.map((item) => (here as (item: I) => O)(item)));
          } catch (error) {
            failure ??= new WorkerPoolError('worker-failed', error instanceof Error ? (error.stack ?? error.message) : String(error));
          }
          signal();
          await new Promise<void>((resolve) => setImmediate(resolve));
          continue;
        }
        lane.send({ id, items: batch }).then(
          (results) => {
            ready.set(id, results);
            signal();
            void fill();
          },
          (error: unknown) => {
            failure ??= error instanceof Error ? error : new Error(String(error));
            signal();
          },
        );
      }
    } catch (error) {
      failure ??= error instanceof Error ? error : new Error(String(error));
    } finally {
      reading = false;
      signal();
    }
  };
  try {
    for (let i = 0; i < threads; i++) {
      const lane = new Lane<O>(options.file);
      lanes.push(lane);
      options.onWorker?.(lane.worker);
    }
    await fill();
    for (;;) {
      if (failure) throw failure;
      const results = ready.get(next);
      if (results) {
        ready.delete(next);
        next++;
        void fill();
        yield* results;
        continue;
      }
      if (exhausted && next >= sent && !reading) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    if (!exhausted) await source.return?.();
    await Promise.all(lanes.map((l) => l.worker.terminate()));
  }
}
