import type { Envelope } from '../../../shared/ipc';
import type { Core } from '../core';
import { dispatch, type ErrorLog } from '../dispatch';
import { createHandlers, type HandlerPlatform, type HandlerTable } from '../handlers';

export interface CoreHost {
  /** The core now in use: a restore replaces it, so read it again rather than keep it. */
  readonly core: Core;
  dispatch(channel: string, rawInput: unknown): Promise<Envelope<unknown>>;
  close(): void;
}

/**
 * What a shell holds instead of a core and its handler table, so that a restore can replace
 * both: calls always reach the current table. `open` opens the core (with the shell's paths and
 * native build); `platform` is everything else the shell provides.
 */
export function createCoreHost(open: () => Core, platform: HandlerPlatform, log?: ErrorLog): CoreHost {
  let core = open();
  let handlers: HandlerTable;
  const hostPlatform: HandlerPlatform = {
    ...platform,
    async restartCore(swap) {
      core.close();
      try {
        swap();
      } finally {
        core = open();
        handlers = createHandlers(core, hostPlatform);
      }
    },
  };
  handlers = createHandlers(core, hostPlatform);
  return {
    get core() {
      return core;
    },
    dispatch: (channel, rawInput) => dispatch(handlers, channel, rawInput, log),
    close: () => core.close(),
  };
}
