import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BackupInfo, RestoredBackup } from '../../../../shared/ipc/contracts/backups';
import type { Client } from '../../api/client';

export type BackupsApi = Pick<Client, 'listBackups' | 'createBackup' | 'restoreBackup'>;

/** What the page does around a restore: every screen's data changed, so the app starts over. */
export interface RestoreHooks {
  /** Called after main restored and reopened the database (the app reloads here). */
  afterRestore(result: RestoredBackup, backup: BackupInfo): void;
  /** The restore that led to this page load, told once. */
  takeRestoredNote(): { result: RestoredBackup; createdAt: string } | null;
}

export interface BackupsState {
  backups: BackupInfo[];
  loaded: boolean;
  error: unknown;
  busy: 'create' | 'restore' | null;
  /** A refused "back up now" or restore, shown above the list. */
  actionError: unknown;
  created: BackupInfo | null;
  restored: { result: RestoredBackup; createdAt: string } | null;
  load(): Promise<void>;
  create(): Promise<void>;
  restore(name: string): Promise<void>;
}

export function createBackupsStore(client: BackupsApi, hooks: RestoreHooks): StoreApi<BackupsState> {
  return createStore<BackupsState>()((set, get) => {
    async function act(kind: 'create' | 'restore', work: () => Promise<void>): Promise<void> {
      if (get().busy) return;
      set({ busy: kind, actionError: null, created: null });
      try {
        await work();
      } catch (actionError) {
        set({ actionError });
      } finally {
        set({ busy: null });
      }
    }

    return {
      backups: [],
      loaded: false,
      error: null,
      busy: null,
      actionError: null,
      created: null,
      restored: hooks.takeRestoredNote(),

      async load() {
        try {
          set({ backups: await client.listBackups({}), loaded: true, error: null });
        } catch (error) {
          set({ error, loaded: true });
        }
      },

      create: () =>
        act('create', async () => {
          const created = await client.createBackup({});
          set({ created });
          await get().load();
        }),

      // Only a listed backup can be chosen; main checks the name against its own list again.
      restore: (name) =>
        act('restore', async () => {
          const backup = get().backups.find((b) => b.name === name);
          if (!backup) return;
          const result = await client.restoreBackup({ name });
          hooks.afterRestore(result, backup);
        }),
    };
  });
}
