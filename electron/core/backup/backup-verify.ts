import { basename } from 'node:path';
import Database from 'better-sqlite3';
import type { LocalizedText } from '../../../shared/domain/common';
import { AppError } from '../../../shared/errors';
import { schemaVersion } from '../db/migrations';
import { APPLICATION_ID } from '../db/schema-id';
import type { Db } from '../db/sql';
import { checkEventLog, type LogHead } from './event-log-check';

/** What a good copy is known to hold, recorded beside it. */
export interface VerifiedCopy {
  schemaVersion: number;
  events: number;
  head: LogHead | null;
}

function failed(file: string, details: string | LocalizedText): AppError {
  return new AppError(
    'db_corrupt',
    { key: 'backup.verify_failed', params: { name: basename(file), details } },
    { name: basename(file) },
  );
}

/** Opens a database file other than the live one, with the same native build as the core's. */
export function openFile(file: string, readonly: boolean, nativeBinding: string | undefined): Db {
  return new Database(file, { readonly, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
}

/**
 * A copy leaves the WAL flag of its source in its header, so opening it would create -wal and
 * -shm files beside it. Switching it to a rollback journal once makes it one self-contained
 * file that opens read-only without writing anything.
 */
export function makeSelfContained(file: string, nativeBinding: string | undefined): void {
  const db = openFile(file, false, nativeBinding);
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/**
 * A copy is good when SQLite finds it intact (full integrity_check, not the quick one), it is a
 * Dabiao database, and its event log chains from the first row to the last. Read-only.
 */
export function verifyCopy(file: string, nativeBinding: string | undefined): VerifiedCopy {
  let db: Db;
  try {
    db = openFile(file, true, nativeBinding);
  } catch (err) {
    throw failed(file, err instanceof Error ? err.message : String(err));
  }
  try {
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (problems.length !== 1 || problems[0] !== 'ok') throw failed(file, problems.slice(0, 3).join('; '));
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) throw failed(file, 'not a Dabiao database');
    const version = schemaVersion(db);
    if (version < 1) throw failed(file, 'no schema');
    const log = checkEventLog(db, [], 1);
    const first = log.problems[0];
    if (first) throw failed(file, first.message);
    return { schemaVersion: version, events: log.events, head: log.head };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw failed(file, err instanceof Error ? err.message : String(err));
  } finally {
    db.close();
  }
}
