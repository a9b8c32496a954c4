import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Envelope } from '../../../shared/ipc';
import { registerHandlers } from '../../../electron/main/ipc/register-handlers';

const APP_URL = 'app://dabiao/index.html';
type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<Envelope<unknown>>;

function setup() {
  const handlers = new Map<string, Handler>();
  const removed: string[] = [];
  const ipc = {
    handle: (channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => removed.push(channel),
  };
  const dispatch = vi.fn(async (channel: string, input: unknown): Promise<Envelope<unknown>> => ({
    ok: true,
    value: { channel, input },
  }));
  const unregister = registerHandlers(ipc as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>, APP_URL, dispatch);
  return { handlers, removed, dispatch, unregister };
}

function eventFrom(url: string | null, options: { subFrame?: boolean } = {}): IpcMainInvokeEvent {
  const mainFrame = { url: url ?? '', parent: null };
  const frame = url === null ? null : options.subFrame ? { url, parent: mainFrame } : mainFrame;
  return { senderFrame: frame, sender: { mainFrame } } as unknown as IpcMainInvokeEvent;
}

describe('registerHandlers', () => {
  it('handles every contract channel exactly once', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes trusted calls to dispatch and returns its envelope', async () => {
    const { handlers, dispatch } = setup();
    const channel = CHANNELS[0] ?? '';
    const reply = await handlers.get(channel)?.(eventFrom(`${APP_URL}#/audits`), { a: 1 });
    expect(reply).toEqual({ ok: true, value: { channel, input: { a: 1 } } });
    expect(dispatch).toHaveBeenCalledWith(channel, { a: 1 });
  });

  it('refuses other origins, sub-frames and vanished frames before dispatch', async () => {
    const { handlers, dispatch } = setup();
    const handler = handlers.get(CHANNELS[0] ?? '');
    await expect(async () => handler?.(eventFrom('https://evil.example/'), {})).rejects.toThrow(
      /not the app's main frame/,
    );
    await expect(async () => handler?.(eventFrom(APP_URL, { subFrame: true }), {})).rejects.toThrow(/main frame/);
    await expect(async () => handler?.(eventFrom(null), {})).rejects.toThrow(/main frame/);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('removes every handler again', () => {
    const { removed, unregister } = setup();
    unregister();
    expect(removed.sort()).toEqual([...CHANNELS].sort());
  });
});
