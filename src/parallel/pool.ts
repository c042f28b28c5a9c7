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

/**
 * Maps items through worker threads and yields the results in input order. The threads start
 * when iteration starts and are terminated when it ends, however it ends (done, an error, or the
 * consumer stopping early). Input is read lazily and at most two batches per thread are in flight,
 * so memory stays bounded by the batch size, not by the input.
 */
export async function* mapInWorkers<I, O>(items: Iterable<I> | AsyncIterable<I>, options: PoolOptions): AsyncGenerator<O, void, undefined> {
  const lanes: Lane<O>[] = [];
  const source = (Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]()) as AsyncIterator<I> | Iterator<I>;
  const inFlight: Promise<readonly O[]>[] = [];
  let exhausted = false;
  let sent = 0;
  try {
    for (let i = 0; i < options.jobs; i++) {
      const lane = new Lane<O>(options.file);
      lanes.push(lane);
      options.onWorker?.(lane.worker);
    }
    const readBatch = async (): Promise<I[]> => {
      const batch: I[] = [];
      while (!exhausted && batch.length < options.batchSize) {
        const next = await source.next();
        if (next.done) exhausted = true;
        else batch.push(next.value);
      }
      return batch;
    };
    const fill = async (): Promise<void> => {
      while (!exhausted && inFlight.length < 2 * lanes.length) {
        const batch = await readBatch();
        if (batch.length === 0) break;
        // The least busy thread takes it; ties go to the first, so the run is reproducible.
        let lane = lanes[0] as Lane<O>;
        for (const l of lanes) if (l.waiting.size < lane.waiting.size) lane = l;
        const answer = lane.send({ id: sent++, items: batch });
        // Awaited in order below; this keeps a failure of a later batch from being reported as unhandled.
        answer.catch(() => undefined);
        inFlight.push(answer);
      }
    };
    await fill();
    while (inFlight.length > 0) {
      const results = await (inFlight.shift() as Promise<readonly O[]>);
      await fill();
      yield* results;
    }
  } finally {
    if (!exhausted) await source.return?.();
    await Promise.all(lanes.map((l) => l.worker.terminate()));
  }
}
