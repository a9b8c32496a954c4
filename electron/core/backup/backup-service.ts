import { randomUUID } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { BackupKind } from '../../../shared/ipc/contracts/backups';
import { schemaVersion } from '../db/migrations';
import type { Db } from '../db/sql';
import { backupName } from './backup-names';
import { backupPath, backupsDir, listBackupFiles, pruneBackups, writeRecord, type ListedBackup } from './backup-store';
import { makeSelfContained, verifyCopy } from './backup-verify';
import { writeAnchor } from './log-anchor';
import { databaseFiles, ensurePrivateDir, fsyncFileAndFolder, makePrivate } from './private-files';

/** What a backup needs of an open core; the CLI, main and tests pass the core itself. */
export interface BackupSource {
  db: Db;
  dataDir: string;
  /** The same native build the core opened its database with (Electron's own in the app). */
  nativeBinding?: string | undefined;
  context: { now: () => Date };
}

/** One backup at a time per data folder: the timer and "Back up now" may meet. */
const running = new Map<string, Promise<unknown>>();

function serialized<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const previous = running.get(dataDir) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  running.set(dataDir, next);
  return next.finally(() => {
    if (running.get(dataDir) === next) running.delete(dataDir);
  });
}

function freeName(dataDir: string, at: Date, version: number, kind: BackupKind): string {
  for (let counter = 0; ; counter += 1) {
    const name = backupName(at, version, kind, counter);
    if (!existsSync(backupPath(dataDir, name)) && !existsSync(`${backupPath(dataDir, name)}.json`)) return name;
  }
}

function writeFailed(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const details = err instanceof Error ? err.message : String(err);
  return new AppError('bad_file', { key: 'backup.write_failed', params: { details } });
}

/**
 * A copy written to a temporary name becomes a backup only once it passed verification: made
 * private and self-contained, verified, renamed, flushed, then recorded. The event-log head it
 * ends at becomes the anchor, and the retention policy runs.
 */
function recordCopy(dataDir: string, temp: string, name: string, at: Date, nativeBinding?: string): ListedBackup {
  makePrivate(temp);
  makeSelfContained(temp, nativeBinding);
  const copy = verifyCopy(temp, nativeBinding);
  const final = backupPath(dataDir, name);
  renameSync(temp, final);
  fsyncFileAndFolder(final, backupsDir(dataDir));
  const sizeBytes = statSync(final).size;
  writeRecord(dataDir, name, copy, sizeBytes, at);
  if (copy.head) writeAnchor(dataDir, copy.head, name, 'backup', at);
  pruneBackups(dataDir, at, name);
  const listed = listBackupFiles(dataDir).find((b) => b.name === name);
  if (!listed) throw new Error(`backup ${name} is not in the folder after writing`);
  return listed;
}

/** Where a copy is written before it is verified: a dot-name the listing never shows. */
function tempCopyPath(dataDir: string, name: string): string {
  ensurePrivateDir(backupsDir(dataDir));
  return join(backupsDir(dataDir), `.${name}.${randomUUID()}.tmp`);
}

function discard(temp: string): void {
  for (const file of [...databaseFiles(temp), `${temp}-journal`]) rmSync(file, { force: true });
}

/**
 * An online backup of the open database (SQLite's backup API through better-sqlite3): the app
 * keeps answering while pages are copied; writes made meanwhile restart or join the copy.
 */
export function createBackup(source: BackupSource, kind: Exclude<BackupKind, 'migration'>): Promise<ListedBackup> {
  return serialized(source.dataDir, async () => {
    const at = source.context.now();
    const name = freeName(source.dataDir, at, schemaVersion(source.db), kind);
    const temp = tempCopyPath(source.dataDir, name);
    try {
      await source.db.backup(temp);
      return recordCopy(source.dataDir, temp, name, at, source.nativeBinding);
    } catch (err) {
      discard(temp);
      throw writeFailed(err);
    }
  });
}

const headOf = (db: Db) =>
  db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM event_log ORDER BY seq DESC LIMIT 1').get() ??
  null;

/**
 * The timer's backup: skipped (null) when the newest verified backup already ends at the live
 * event-log head at the same schema version, so an idle afternoon does not rotate out the
 * copies that differ.
 */
export async function scheduledBackup(source: BackupSource): Promise<ListedBackup | null> {
  const latest = listBackupFiles(source.dataDir).find((b) => b.verified);
  const head = headOf(source.db);
  const unchanged =
    latest !== undefined &&
    latest.schemaVersion === schemaVersion(source.db) &&
    latest.head?.seq === head?.seq &&
    latest.head?.hash === head?.hash;
  return unchanged ? null : createBackup(source, 'scheduled');
}

/**
 * The copy taken before a migration touches a database that has data. Synchronous (opening the
 * core is): VACUUM INTO from the read-only connection that just checked the file, so the copy
 * includes what is still in the WAL, then the same verification as every backup. If it cannot
 * be made and verified, this throws and the migration does not run.
 */
export function backupBeforeMigration(
  inspector: Db,
  dataDir: string,
  nativeBinding: string | undefined,
  at: Date = new Date(),
): ListedBackup {
  const name = freeName(dataDir, at, schemaVersion(inspector), 'migration');
  const temp = tempCopyPath(dataDir, name);
  try {
    inspector.prepare('VACUUM INTO ?').run(temp);
    return recordCopy(dataDir, temp, name, at, nativeBinding);
  } catch (err) {
    discard(temp);
    throw writeFailed(err);
  }
}

/** How often the app backs up while open (a copy is only taken when something changed). */
export const BACKUP_INTERVAL_MS = 30 * 60 * 1000;

/**
 * The desktop app's timer: `source` is read at each tick (a restore replaces the core). Errors
 * go to `onError` and the next tick tries again; the timer never keeps the process alive.
 */
export function startBackupSchedule(
  source: () => BackupSource,
  onError: (error: unknown) => void,
  intervalMs: number = BACKUP_INTERVAL_MS,
): () => void {
  const timer = setInterval(() => {
    scheduledBackup(source()).catch(onError);
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
