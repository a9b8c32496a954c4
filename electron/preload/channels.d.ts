/**
 * The contract's channel names, injected at build time by electron/electron.vite.config.ts from
 * shared/ipc's CHANNELS. Importing shared/ipc here would bundle zod and every schema into the
 * sandboxed preload just to read a list of strings.
 */
declare const __DABIAO_CHANNELS__: readonly string[];
