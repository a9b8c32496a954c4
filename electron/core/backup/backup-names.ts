import { BACKUP_NAME_PATTERN, type BackupKind } from '../../../shared/ipc/contracts/backups';

export const BACKUPS_FOLDER = 'backups';

export interface BackupName {
  name: string;
  createdAt: string;
  schemaVersion: number;
  kind: BackupKind;
}

/**
 * The name is the whole record of when, at which schema version and why, so a listing needs no
 * database; a counter is added only if two copies land in the same millisecond.
 */
const compact = (date: Date) => date.toISOString().replace(/[-:.]/g, '');

export function backupName(at: Date, schemaVersion: number, kind: BackupKind, counter = 0): string {
  return `dabiao-${compact(at)}-v${schemaVersion}-${kind}${counter > 0 ? `-${counter}` : ''}.sqlite`;
}

export function parseBackupName(name: string): BackupName | null {
  const m = BACKUP_NAME_PATTERN.exec(name);
  if (!m) return null;
  const [, stamp = '', version = '0', kind = ''] = m;
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;
  if (Number.isNaN(Date.parse(iso))) return null;
  return { name, createdAt: iso, schemaVersion: Number(version), kind: kind as BackupKind };
}

/** How many backups are kept: see `backupsToKeep`. */
export const RETENTION = { newest: 10, dailyDays: 7 } as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The names to keep, out of every backup present: the 10 newest; the newest of each UTC day of
 * the last 7 days (so a morning of scheduled copies cannot push out yesterday's state); and the
 * newest copy made before a migration (the way back from a bad upgrade, however many copies
 * follow it). Everything else is deleted after each new backup.
 */
export function backupsToKeep(backups: readonly BackupName[], now: Date): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(newestFirst.slice(0, RETENTION.newest).map((b) => b.name));
  const oldestDay = new Date(now.getTime() - (RETENTION.dailyDays - 1) * DAY_MS).toISOString().slice(0, 10);
  const days = new Set<string>();
  for (const backup of newestFirst) {
    const day = backup.createdAt.slice(0, 10);
    if (day < oldestDay || days.has(day)) continue;
    days.add(day);
    keep.add(backup.name);
  }
  const migration = newestFirst.find((b) => b.kind === 'migration');
  if (migration) keep.add(migration.name);
  return keep;
}
