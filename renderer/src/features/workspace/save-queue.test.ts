import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bilingual } from '../../../../shared/i18n/format';
import { ClientError } from '../../api/client';
import { createSaveQueue, RETRY_DELAYS, type QueueSnapshot } from './save-queue';

interface Held {
  label: string;
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
}

/** Calls that wait until the test answers them, in the order they were made. */
function heldCalls() {
  const calls: Held[] = [];
  const call = (label: string) => () =>
    new Promise<string>((resolve, reject) => {
      calls.push({ label, resolve, reject });
    });
  return { calls, call };
}

const flush = () => vi.advanceTimersByTimeAsync(0);
const internal = () =>
  new ClientError('audits:save-answer', {
    code: 'internal',
    message: bilingual({ key: 'error.internal', params: { details: 'database is locked' } }),
  });
const invalid = () =>
  new ClientError('audits:save-answer', {
    code: 'validation',
    message: bilingual({ key: 'error.validation', params: { details: 'value' } }),
  });

describe('save queue', () => {
  let snapshots: QueueSnapshot[];
  const last = () => snapshots.at(-1);

  beforeEach(() => {
    vi.useFakeTimers();
    snapshots = [];
  });
  afterEach(() => vi.useRealTimers());

  it('sends one key in order and only after the previous change was acknowledged', async () => {
    const { calls, call } = heldCalls();
    const queue = createSaveQueue((s) => snapshots.push(s));
    const saved: string[] = [];
    void queue.enqueue('answer:A', call('A1'), (r, latest) => saved.push(`${r}:${String(latest)}`));
    void queue.enqueue('answer:A', call('A2'), (r, latest) => saved.push(`${r}:${String(latest)}`));
    await flush();
    expect(calls.map((c) => c.label)).toEqual(['A1']);
    expect(last()?.pending).toBe(2);

    calls[0]?.resolve('A1');
    await flush();
    expect(calls.map((c) => c.label)).toEqual(['A1', 'A2']);
    expect(saved).toEqual(['A1:false']);

    calls[1]?.resolve('A2');
    await flush();
    expect(saved).toEqual(['A1:false', 'A2:true']);
    expect(last()).toEqual({ pending: 0, failures: [], acknowledged: 2 });
  });

  it('lets other keys go ahead while one waits', async () => {
    const { calls, call } = heldCalls();
    const queue = createSaveQueue((s) => snapshots.push(s));
    void queue.enqueue('answer:A', call('A'), () => undefined);
    void queue.enqueue('answer:B', call('B'), () => undefined);
    await flush();
    expect(calls.map((c) => c.label)).toEqual(['A', 'B']);
  });

  it('keeps a failed change, retries it with backoff and only then sends the next one of its key', async () => {
    const { calls, call } = heldCalls();
    const queue = createSaveQueue((s) => snapshots.push(s));
    let settled = false;
    void queue.enqueue('answer:A', call('A1'), () => undefined).then(() => (settled = true));
    void queue.enqueue('answer:A', call('A2'), () => undefined);
    await flush();
    calls[0]?.reject(internal());
    await flush();
    expect(last()?.failures).toEqual([
      expect.objectContaining({ key: 'answer:A', code: 'internal', attempts: 1, autoRetry: true }),
    ]);
    expect(last()?.failures[0]?.message['zh-CN']).toContain('database is locked');
    expect(last()?.pending).toBe(2);

    await vi.advanceTimersByTimeAsync(RETRY_DELAYS[0] - 1);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.label)).toEqual(['A1', 'A1']);
    expect(last()?.failures).toEqual([]);

    calls[1]?.reject(internal());
    await flush();
    expect(last()?.failures[0]?.attempts).toBe(2);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS[1]);
    calls[2]?.resolve('ok');
    await flush();
    expect(settled).toBe(true);
    expect(calls.map((c) => c.label)).toEqual(['A1', 'A1', 'A1', 'A2']);
  });

  it('waits for the user after an error that would only repeat', async () => {
    const { calls, call } = heldCalls();
    const queue = createSaveQueue((s) => snapshots.push(s));
    void queue.enqueue('answer:A', call('A1'), () => undefined);
    await flush();
    calls[0]?.reject(invalid());
    await flush();
    expect(last()?.failures[0]).toMatchObject({ code: 'validation', autoRetry: false });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(calls).toHaveLength(1);

    queue.retryAll();
    await flush();
    expect(calls).toHaveLength(2);
  });

  it('discards only on request, with every waiting change of that key, and settles their promises', async () => {
    const { calls, call } = heldCalls();
    const queue = createSaveQueue((s) => snapshots.push(s));
    const settled: string[] = [];
    void queue.enqueue('answer:A', call('A1'), () => undefined).then(() => settled.push('A1'));
    void queue.enqueue('answer:A', call('A2'), () => undefined).then(() => settled.push('A2'));
    await flush();
    expect(queue.discard('answer:A')).toBe(false);
    calls[0]?.reject(invalid());
    await flush();
    expect(queue.discard('answer:A')).toBe(true);
    await flush();
    expect(settled).toEqual(['A1', 'A2']);
    expect(last()).toMatchObject({ pending: 0, failures: [] });
    expect(calls).toHaveLength(1);
  });

  it('settles once nothing is in flight, leaving failures for the user', async () => {
    const { calls, call } = heldCalls();
    const queue = createSaveQueue((s) => snapshots.push(s));
    void queue.enqueue('answer:A', call('A'), () => undefined);
    void queue.enqueue('answer:B', call('B'), () => undefined);
    let settled = false;
    void queue.whenSettled().then(() => (settled = true));
    await flush();
    calls[0]?.resolve('ok');
    await flush();
    expect(settled).toBe(false);
    calls[1]?.reject(invalid());
    await flush();
    expect(settled).toBe(true);
  });
});
