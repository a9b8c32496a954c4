import type { LocalizedText } from '../../../../shared/domain/common';
import type { ErrorCode } from '../../../../shared/errors';
import { bilingual } from '../../../../shared/i18n/format';
import { ClientError } from '../../api/client';

/** A change that the core refused or could not take; shown until it is saved or discarded. */
export interface SaveFailure {
  key: string;
  code: ErrorCode;
  message: LocalizedText;
  attempts: number;
  /** An automatic retry is scheduled (the error looked transient). */
  autoRetry: boolean;
}

export interface QueueSnapshot {
  /** Changes not yet acknowledged by the core, failed ones included. */
  pending: number;
  failures: SaveFailure[];
  /** Changes acknowledged since the workspace opened. */
  acknowledged: number;
}

interface Task {
  key: string;
  run: () => Promise<unknown>;
  onSaved: (result: unknown, latest: boolean) => void;
  settle: () => void;
  attempts: number;
  state: 'queued' | 'running' | 'failed';
  failure?: SaveFailure;
  timer?: ReturnType<typeof setTimeout>;
}

/** Backoff between automatic retries, in ms; the last delay repeats. */
export const RETRY_DELAYS = [1_000, 2_000, 5_000, 10_000, 30_000] as const;

/**
 * Validation, not_found and locked errors will fail the same way again, so they wait for the
 * user (retry or discard); anything else (a busy database, a lost bridge) is retried by itself.
 */
const PERMANENT: readonly ErrorCode[] = ['validation', 'not_found', 'locked', 'bad_file', 'db_newer', 'db_corrupt'];

function describe(error: unknown): { code: ErrorCode; message: LocalizedText } {
  if (error instanceof ClientError) return { code: error.code, message: error.data.message };
  const details = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: bilingual({ key: 'error.internal', params: { details } }) };
}

/**
 * Sends changes to the core one key at a time, in the order they were made (a key is one
 * criterion, roster row or finding), and different keys side by side. A change leaves the queue
 * only when the core has acknowledged it or the user discards it: nothing is dropped silently.
 */
export function createSaveQueue(onChange: (snapshot: QueueSnapshot) => void) {
  const queues = new Map<string, Task[]>();
  let acknowledged = 0;
  let settledWaiters: (() => void)[] = [];

  // Settled: nothing is being sent or about to be; what is left (if anything) has failed.
  const settled = () => [...queues.values()].every((tasks) => tasks[0]?.state === 'failed');

  const snapshot = (): QueueSnapshot => {
    let pending = 0;
    const failures: SaveFailure[] = [];
    for (const tasks of queues.values()) {
      pending += tasks.length;
      const head = tasks[0];
      if (head?.state === 'failed' && head.failure) failures.push(head.failure);
    }
    return { pending, failures, acknowledged };
  };

  const changed = () => {
    const snap = snapshot();
    onChange(snap);
    if (settled()) {
      const waiters = settledWaiters;
      settledWaiters = [];
      waiters.forEach((w) => w());
    }
  };

  const pump = (key: string) => {
    const head = queues.get(key)?.[0];
    if (!head || head.state !== 'queued') return;
    head.state = 'running';
    head.attempts += 1;
    head.run().then(
      (result) => {
        const tasks = queues.get(key) ?? [];
        // The task may have been discarded while it ran; its result then belongs to nobody.
        if (tasks[0] !== head) return;
        tasks.shift();
        if (tasks.length === 0) queues.delete(key);
        acknowledged += 1;
        head.onSaved(result, tasks.length === 0);
        head.settle();
        changed();
        pump(key);
      },
      (error: unknown) => {
        if (queues.get(key)?.[0] !== head) return;
        const { code, message } = describe(error);
        const autoRetry = !PERMANENT.includes(code);
        head.state = 'failed';
        head.failure = { key, code, message, attempts: head.attempts, autoRetry };
        if (autoRetry) {
          const delay = RETRY_DELAYS[Math.min(head.attempts - 1, RETRY_DELAYS.length - 1)];
          head.timer = setTimeout(() => retry(key), delay);
        }
        changed();
      },
    );
  };

  function retry(key: string): void {
    const head = queues.get(key)?.[0];
    if (!head || head.state !== 'failed') return;
    clearTimeout(head.timer);
    head.state = 'queued';
    delete head.failure;
    changed();
    pump(key);
  }

  return {
    /**
     * Queues one change. `onSaved` gets the core's reply; `latest` is false when newer changes
     * of the same key are still waiting (their state must not be overwritten by an older reply).
     * The promise resolves when the change is acknowledged or discarded, never rejects.
     */
    enqueue<R>(key: string, run: () => Promise<R>, onSaved: (result: R, latest: boolean) => void): Promise<void> {
      return new Promise<void>((settle) => {
        const task: Task = {
          key,
          run,
          onSaved: (result, latest) => onSaved(result as R, latest),
          settle,
          attempts: 0,
          state: 'queued',
        };
        const tasks = queues.get(key);
        if (tasks) tasks.push(task);
        else queues.set(key, [task]);
        changed();
        pump(key);
      });
    },

    /** The manual "retry now": every failed change, in its key's order. */
    retryAll(): void {
      for (const key of [...queues.keys()]) retry(key);
    },

    /** Gives up on every waiting change of a failed key; the caller then reloads that key's state. */
    discard(key: string): boolean {
      const tasks = queues.get(key);
      if (!tasks || tasks[0]?.state !== 'failed') return false;
      clearTimeout(tasks[0].timer);
      queues.delete(key);
      tasks.forEach((t) => t.settle());
      changed();
      return true;
    },

    hasWaiting(key: string): boolean {
      return (queues.get(key)?.length ?? 0) > 0;
    },

    /** Resolves once nothing is being sent: every change saved, or failed and waiting for the user. */
    whenSettled(): Promise<void> {
      if (settled()) return Promise.resolve();
      return new Promise((resolve) => settledWaiters.push(resolve));
    },
  };
}

export type SaveQueue = ReturnType<typeof createSaveQueue>;
