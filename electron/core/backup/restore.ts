import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { RestoredBackup } from '../../../shared/ipc/contracts/backups';
import { createEventLogRepository } from '../db/repositories/event-log';
import { DATABASE_FILE } from '../paths';
import { backupPath, listBackupFiles, type ListedBackup } from './backup-store';
import { openFile, verifyCopy } from './backup-verify';
import type { LogHead } from './event-log-check';
import { writeAnchor } from './log-anchor';
import { databaseFiles, fsyncFileAndFolder, makePrivate } from './private-files';

export interface RestoreOptions {
  nativeBinding?: string | undefined;
  now?: () => Date;
  /** Who restored, for the event the restored database records. */
  actor: string;
}

/**
 * A backup named from the list (never a path: anything not listed is refused) that still
 * verifies now. The UI's restore checks this before the shell closes anything.
 */
export function checkRestorable(dataDir: string, name: string, nativeBinding?: string): ListedBackup {
  const found = listBackupFiles(dataDir).find((b) => b.name === name);
  if (!found) throw new AppError('not_found', { key: 'backup.not_listed', params: { name } }, { name });
  verifyCopy(backupPath(dataDir, name), nativeBinding);
  return found;
}

/**
 * The restored database says so in its own history: the event is appended to the copy before
 * it goes live, so the log shows the rollback and verify-log takes its head as the new anchor.
 */
function recordRestore(file: string, name: string, movedAside: string | null, at: Date, opts: RestoreOptions): LogHead {
  const db = openFile(file, false, opts.nativeBinding);
  try {
    const record = db
      .transaction(() =>
        createEventLogRepository(db).append({
          at: at.toISOString(),
          actor: opts.actor,
          type: 'data.restored',
          entity: 'database',
          entityId: name,
          payload: { backup: name, movedAside },
        }),
      )
      .immediate();
    return { seq: record.seq, hash: record.hash };
  } finally {
    db.close();
  }
}

const stampOf = (at: Date) => at.toISOString().replace(/[-:.]/g, '');

/**
 * Puts a listed backup in place of the database. The caller has closed the core (the shell's
 * job); nothing here closes or opens a core. The backup is verified again first, copied in
 * under a temporary name with its restore event, and only then is the current database (with
 * its -wal and -shm) moved aside as `dabiao.sqlite.before-restore-<time>` — never deleted —
 * and the copy renamed into place. A failure before that last step leaves the folder as it was.
 */
export function restoreBackup(dataDir: string, name: string, opts: RestoreOptions): RestoredBackup {
  checkRestorable(dataDir, name, opts.nativeBinding);
  const at = (opts.now ?? (() => new Date()))();
  const dbFile = join(dataDir, DATABASE_FILE);
  const aside = `${DATABASE_FILE}.before-restore-${stampOf(at)}`;
  const hasCurrent = databaseFiles(dbFile).some((f) => existsSync(f));
  const movedAside = hasCurrent ? aside : null;

  const temp = join(dataDir, `.restore-${randomUUID()}.tmp`);
  let head: LogHead;
  try {
    copyFileSync(backupPath(dataDir, name), temp);
    makePrivate(temp);
    head = recordRestore(temp, name, movedAside, at, opts);
    fsyncFileAndFolder(temp, dataDir);
  } catch (err) {
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
    const details = err instanceof Error ? err.message : String(err);
    throw new AppError('bad_file', { key: 'backup.restore_failed', params: { name, details } }, { name });
  }

  const moved: [string, string][] = [];
  try {
    for (const file of databaseFiles(dbFile)) {
      if (!existsSync(file)) continue;
      const target = join(dataDir, aside + file.slice(dbFile.length));
      renameSync(file, target);
      moved.push([file, target]);
    }
    renameSync(temp, dbFile);
    fsyncFileAndFolder(dbFile, dataDir);
  } catch (err) {
    for (const [from, to] of moved.reverse()) renameSync(to, from);
    rmSync(temp, { force: true });
    const details = err instanceof Error ? err.message : String(err);
    throw new AppError('bad_file', { key: 'backup.restore_failed', params: { name, details } }, { name });
  }
  writeAnchor(dataDir, head, name, 'restore', at);
  return { restored: name, movedAside };
}

/**
 * For a database that fails its check at start: the newest backup that still verifies now,
 * or null. The shells offer it (main in a dialog, the CLI as a `dabiao backup restore` hint).
 */
export function latestGoodBackup(dataDir: string, nativeBinding?: string): ListedBackup | null {
  for (const backup of listBackupFiles(dataDir)) {
    if (!backup.verified) continue;
    try {
      verifyCopy(backupPath(dataDir, backup.name), nativeBinding);
      return backup;
    } catch {
      // Damaged since it was written: try the one before it.
    }
  }
  return null;
}

/**
 * What a shell offers when opening failed: for a damaged database (`db_corrupt`, naming its
 * file) the folder and its newest good backup; null for any other error or when none is left.
 */
export function backupOfferFor(
  error: unknown,
  nativeBinding?: string,
): { dataDir: string; backup: ListedBackup } | null {
  if (!(error instanceof AppError) || error.code !== 'db_corrupt') return null;
  const path = (error.details as { path?: unknown } | undefined)?.path;
  if (typeof path !== 'string') return null;
  const dataDir = dirname(path);
  const backup = latestGoodBackup(dataDir, nativeBinding);
  return backup ? { dataDir, backup } : null;
}
