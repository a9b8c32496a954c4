import { z } from 'zod';
import { useStore } from 'zustand';
import { RestoredBackupSchema } from '../../../../shared/ipc/contracts/backups';
import { api } from '../../api';
import { createBackupsStore, type BackupsState } from './backups-store';

const NOTE_KEY = 'dabiao.backups.restored';
const NoteSchema = z.object({ result: RestoredBackupSchema, createdAt: z.string() });

/** The backups of this computer's database, as the Settings page shows them. */
export const backupsStore = createBackupsStore(api, {
  // Every store holds data of the replaced database: the page starts over, and says what happened.
  afterRestore(result, backup) {
    sessionStorage.setItem(NOTE_KEY, JSON.stringify({ result, createdAt: backup.createdAt }));
    window.location.reload();
  },
  takeRestoredNote() {
    const raw = sessionStorage.getItem(NOTE_KEY);
    sessionStorage.removeItem(NOTE_KEY);
    if (raw === null) return null;
    try {
      const parsed = NoteSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  },
});

export function useBackups<T>(selector: (state: BackupsState) => T): T {
  return useStore(backupsStore, selector);
}
