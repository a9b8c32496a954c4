import { parentPort, workerData } from 'node:worker_threads';
import { verifySource, type ImportSource } from '../core/packages/package-import';
import { lookupFromSnapshot, type StandardSnapshot } from '../core/packages/standard-lookup';
import { refuse } from '../core/packages/verify-archive';
import type { VerifyOutcome } from '../core/packages/verify-file';

export interface VerifyRequest {
  id: number;
  source: ImportSource;
}

export interface VerifyReply {
  id: number;
  outcome: VerifyOutcome;
}

/**
 * Reads and verifies audit files off the main thread. It holds no database: the standards arrive
 * once as JSON (workerData) and the verified content goes back for the main thread to write.
 */
const port = parentPort;
if (!port) throw new Error('verify-worker must run in a worker thread');
const standards = lookupFromSnapshot(workerData as StandardSnapshot);

port.on('message', (request: VerifyRequest) => {
  void verifySource(request.source, { standards }).then((outcome) => {
    // Evidence and the report are views into the file's buffer: copied out and moved, not cloned whole.
    const transfer: ArrayBuffer[] = [];
    if (outcome.ok) {
      const { file } = outcome;
      const own = (bytes: Uint8Array) => {
        // A copy with a buffer of its own (Buffer#slice would share the file's): only that can move.
        const copy = new Uint8Array(bytes);
        transfer.push(copy.buffer);
        return copy;
      };
      file.evidence = file.evidence.map((e) => ({ sha256: e.sha256, bytes: own(e.bytes) }));
      if (file.report) file.report = own(file.report);
    }
    try {
      port.postMessage({ id: request.id, outcome } satisfies VerifyReply, transfer);
    } catch (err) {
      // Whatever cannot be sent back is this file's refusal, not the end of the import.
      const details = err instanceof Error ? err.message : String(err);
      port.postMessage({ id: request.id, outcome: refuse('archive', 'packages.refused.archive', { details }) });
    }
  });
});
