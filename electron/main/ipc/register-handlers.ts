import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Envelope } from '../../../shared/ipc';
import { isTrustedSender, type SenderInfo } from '../windows/security';

export type Dispatch = (channel: string, rawInput: unknown) => Promise<Envelope<unknown>>;

function senderInfo(event: IpcMainInvokeEvent): SenderInfo {
  try {
    const frame = event.senderFrame;
    if (frame === null) return { frameUrl: undefined, isMainFrame: false };
    return { frameUrl: frame.url, isMainFrame: frame.parent === null && frame === event.sender.mainFrame };
  } catch {
    // A frame that navigated away or was destroyed mid-call cannot be vouched for.
    return { frameUrl: undefined, isMainFrame: false };
  }
}

/**
 * One `ipcMain.handle` per contract channel. The sender is checked before anything else;
 * input validation, the handler and the envelope are the core's `dispatch`. An untrusted
 * sender gets a rejected call, not an envelope: it is an attack or a bug, never a user error.
 * Returns a function that removes the handlers again.
 */
export function registerHandlers(
  ipc: Pick<IpcMain, 'handle' | 'removeHandler'>,
  appUrl: string,
  dispatch: Dispatch,
): () => void {
  for (const channel of CHANNELS) {
    ipc.handle(channel, (event, rawInput: unknown) => {
      if (!isTrustedSender(senderInfo(event), appUrl)) {
        throw new Error(`Refused ${channel}: the sender is not the app's main frame`);
      }
      return dispatch(channel, rawInput);
    });
  }
  return () => {
    for (const channel of CHANNELS) ipc.removeHandler(channel);
  };
}
