import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HandwrittenSignature } from '../../../../shared/ipc/contracts/signing';
import type { Client } from '../../api/client';

export type SignaturesApi = Pick<Client, 'listHandwritten' | 'saveHandwritten'>;

export interface SignaturesState {
  auditId: string | null;
  open: boolean;
  saved: HandwrittenSignature[];
  loading: boolean;
  loadError: unknown;
  /** The entry whose pad is open; one pad at a time. */
  activeKey: string | null;
  saving: boolean;
  saveError: unknown;
  openFor(auditId: string): void;
  close(): void;
  load(): Promise<void>;
  startSigning(key: string): void;
  stopSigning(): void;
  /** Saves (or replaces) one person's drawing; true when the core has stored it. */
  save(input: { name: string; role: HandwrittenSignature['role']; pngBase64: string }): Promise<boolean>;
}

export type SignaturesStore = StoreApi<SignaturesState>;

export function createSignaturesStore(client: SignaturesApi): SignaturesStore {
  let latestLoad = 0;
  return createStore<SignaturesState>()((set, get) => ({
    auditId: null,
    open: false,
    saved: [],
    loading: false,
    loadError: null,
    activeKey: null,
    saving: false,
    saveError: null,

    openFor(auditId) {
      const sameAudit = get().auditId === auditId;
      set({ auditId, open: true, activeKey: null, saveError: null, ...(sameAudit ? {} : { saved: [] }) });
      void get().load();
    },

    close() {
      if (!get().saving) set({ open: false, activeKey: null, saveError: null });
    },

    async load() {
      const auditId = get().auditId;
      if (!auditId) return;
      const request = ++latestLoad;
      set({ loading: true, loadError: null });
      try {
        const saved = await client.listHandwritten({ auditId });
        if (request === latestLoad) set({ saved, loading: false });
      } catch (loadError) {
        if (request === latestLoad) set({ loading: false, loadError });
      }
    },

    startSigning: (activeKey) => set({ activeKey, saveError: null }),
    stopSigning: () => set({ activeKey: null, saveError: null }),

    async save({ name, role, pngBase64 }) {
      const auditId = get().auditId;
      if (!auditId || get().saving) return false;
      set({ saving: true, saveError: null });
      try {
        const stored = await client.saveHandwritten({ auditId, name, role, pngBase64 });
        // The core lists drawings by time signed: a replaced one (same id, new time) moves last too.
        set((s) => ({ saved: [...s.saved.filter((h) => h.id !== stored.id), stored], saving: false, activeKey: null }));
        return true;
      } catch (saveError) {
        set({ saving: false, saveError });
        return false;
      }
    },
  }));
}
