import { createClient, type Bridge } from './client';

declare global {
  interface Window {
    /** Exposed by electron/preload (or by the test bridge in end-to-end tests). */
    readonly dabiao: Bridge;
  }
}

export const api = createClient(window.dabiao);
