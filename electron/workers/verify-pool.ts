import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ImportSource, Verifier } from '../core/packages/package-import';
import type { StandardSnapshot } from '../core/packages/standard-lookup';
import type { VerifyOutcome } from '../core/packages/verify-file';
import type { VerifyReply, VerifyRequest } from './verify-worker';

export interface VerifyPool {
  verify: Verifier;
  close(): Promise<void>;
}

const ENTRY = new URL('./verify-worker.mjs', import.meta.url);

/**
 * Verification in worker threads: reading, hashing, inflating, parsing, signature checks and
 * rescoring run in parallel while the main thread writes. Requests go to the least busy worker.
 * (Used by the CLI and the benchmark; the desktop app verifies in process.)
 */
export function createVerifyPool(standards: StandardSnapshot, size = Math.max(1, availableParallelism())): VerifyPool {
  const waiting = new Map<number, { resolve: (o: VerifyOutcome) => void; reject: (e: unknown) => void }>();
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(ENTRY, { workerData: standards });
    const state = { worker, busy: 0 };
    worker.on('message', (reply: VerifyReply) => {
      state.busy -= 1;
      waiting.get(reply.id)?.resolve(reply.outcome);
      waiting.delete(reply.id);
    });
    // A worker that dies fails what is pending (the import then stops with an error); it is not replaced.
    worker.on('error', (err) => {
      const error = err instanceof Error ? err : new Error(`verify worker failed: ${String(err)}`);
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    });
    return state;
  });
  let next = 0;
  return {
    verify(source: ImportSource): Promise<VerifyOutcome> {
      const id = next++;
      const target = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      target.busy += 1;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        const request: VerifyRequest = { id, source };
        target.worker.postMessage(request);
      });
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
