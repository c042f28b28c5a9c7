import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { mapInWorkers, WorkerPoolError } from '../../src/parallel/index.js';

const file = join(import.meta.dirname, 'fixtures/echo-worker.mjs');

interface Item {
  readonly value: number;
  readonly delay?: number;
  readonly fail?: boolean;
  readonly exit?: boolean;
}

/** Runs the pool over items; the results, the error, and whether every thread has exited by then. */
async function run(items: readonly Item[] | AsyncIterable<Item>, jobs: number, batchSize: number, stopAfter?: number): Promise<{ results: number[]; error?: unknown; allExited: boolean; started: number }> {
  const workers: Worker[] = [];
  const exited = new Set<Worker>();
  const results: number[] = [];
  let error: unknown;
  try {
    for await (const r of mapInWorkers<Item, number>(items, {
      file,
      jobs,
      batchSize,
      onWorker: (w) => {
        workers.push(w);
        w.on('exit', () => exited.add(w));
      },
    })) {
      results.push(r);
      if (results.length === stopAfter) break;
    }
  } catch (e) {
    error = e;
  }
  // 'exit' is emitted after terminate() resolves; give it a turn of the event loop.
  await new Promise((r) => setImmediate(r));
  return { results, error, allExited: workers.every((w) => exited.has(w)), started: workers.length };
}

const values = (n: number, delay?: (i: number) => number): Item[] => Array.from({ length: n }, (_, i) => ({ value: i, ...(delay ? { delay: delay(i) } : {}) }));

describe('mapInWorkers', () => {
  const cases: readonly { name: string; items: Item[]; jobs: number; batchSize: number; code?: WorkerPoolError['code'] }[] = [
    { name: 'a failing batch rejects with worker-failed', items: [...values(5), { value: 5, fail: true }, ...values(5)], jobs: 2, batchSize: 2, code: 'worker-failed' },
    { name: 'a thread that exits rejects with worker-exited', items: [...values(3), { value: 3, exit: true }], jobs: 2, batchSize: 1, code: 'worker-exited' },
    { name: 'no input yields nothing', items: [], jobs: 2, batchSize: 4 },
    { name: 'one thread keeps order', items: values(7), jobs: 1, batchSize: 3 },
    { name: 'later batches finishing first still come out in input order', items: values(12, (i) => (i < 4 ? 40 : 0)), jobs: 3, batchSize: 2 },
    { name: 'more threads than batches', items: values(3), jobs: 4, batchSize: 8 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const out = await run(c.items, c.jobs, c.batchSize);
      if (c.code) {
        expect(out.error).toBeInstanceOf(WorkerPoolError);
        expect((out.error as WorkerPoolError).code).toBe(c.code);
      } else {
        expect(out.error).toBeUndefined();
        expect(out.results).toEqual(c.items.map((i) => i.value * 2));
      }
      expect(out.started).toBe(c.jobs);
      expect(out.allExited).toBe(true);
    });
  }

  it('a slow batch does not idle the other threads: they go on with later batches while it runs', async () => {
    // Batch 0 takes 400 ms, the others 10 ms each, one item per batch, two threads. While one
    // thread is busy with batch 0, the other keeps taking later batches (up to four per thread
    // read ahead), so by the time batch 0's result comes out more than the two batches per thread
    // that are ever in flight at once have been read.
    let read = 0;
    async function* lazy(): AsyncGenerator<Item> {
      for (let i = 0; i < 12; i++) {
        read++;
        yield { value: i, delay: i === 0 ? 400 : 10 };
      }
    }
    const seen: number[] = [];
    let readAtFirst = 0;
    for await (const r of mapInWorkers<Item, number>(lazy(), { file, jobs: 2, batchSize: 1 })) {
      if (seen.length === 0) readAtFirst = read;
      seen.push(r);
    }
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => i * 2));
    expect(readAtFirst).toBeGreaterThan(5);
    expect(readAtFirst).toBeLessThanOrEqual(9);
  });

  it('with the calling thread as one of the jobs: one worker fewer, the calling thread maps batches too, order kept', async () => {
    const workers: Worker[] = [];
    let mappedHere = 0;
    const items = values(40, (i) => (i % 5 === 0 ? 15 : 0));
    const out: number[] = [];
    for await (const r of mapInWorkers<Item, number>(items, { file, jobs: 2, batchSize: 2, onWorker: (w) => void workers.push(w) }, (item) => {
      mappedHere++;
      return item.value * 2;
    })) out.push(r);
    expect(out).toEqual(items.map((i) => i.value * 2));
    expect(workers.length).toBe(1);
    expect(mappedHere).toBeGreaterThan(0);
    expect(mappedHere).toBeLessThan(items.length);
  });

  it('a batch that fails on the calling thread rejects with worker-failed', async () => {
    const items = values(12);
    let error: unknown;
    try {
      // The one worker takes the first two batches; the third is the calling thread's, and fails.
      for await (const _ of mapInWorkers<Item, number>(items, { file, jobs: 2, batchSize: 1 }, () => {
        throw new Error('failed here');
      }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkerPoolError);
    expect((error as WorkerPoolError).message).toContain('failed here');
  });

  it('stopping early terminates the threads and stops reading the input', async () => {
    let read = 0;
    async function* lazy(): AsyncGenerator<Item> {
      for (let i = 0; i < 1000; i++) {
        read++;
        yield { value: i };
      }
    }
    const out = await run(lazy(), 2, 4, 3);
    expect(out.results).toEqual([0, 2, 4]);
    expect(out.allExited).toBe(true);
    // At most four batches per thread are read and not yet yielded: 2 threads x 4 batches x 4 items, and one more batch.
    expect(read).toBeLessThanOrEqual(36);
  });
});
