import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { backupBeforeMigration } from '../backup/backup-service';
import { databaseFiles, makePrivate } from '../backup/private-files';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrations';
import { APPLICATION_ID } from './schema-id';
import type { Db } from './sql';

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for the running ABI (the Electron shell passes its own). */
  nativeBinding?: string;
  /** Inspect only: no pragmas that write, no migrations. */
  readonly?: boolean;
}

function isCorruption(err: unknown): boolean {
  if (!(err instanceof Database.SqliteError)) return false;
  return err.code === 'SQLITE_NOTADB' || err.code.startsWith('SQLITE_CORRUPT');
}

function corrupt(file: string, details: string): AppError {
  return new AppError('db_corrupt', { key: 'error.db_corrupt', params: { path: file, details } }, { path: file });
}

function connect(file: string, readonly: boolean, nativeBinding: string | undefined): Db {
  return new Database(file, { readonly, fileMustExist: readonly, ...(nativeBinding ? { nativeBinding } : {}) });
}

/** Reads only: a file we refuse must be left exactly as it was (no WAL switch, no checkpoint). */
function probe(db: Db, file: string): void {
  const found = schemaVersion(db);
  const appId = db.pragma('application_id', { simple: true }) as number;
  const objects = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sqlite_schema').get()?.n ?? 0;
  if ((appId !== 0 && appId !== APPLICATION_ID) || (found === 0 && objects > 0)) {
    throw corrupt(file, 'not a Dabiao database');
  }
  if (found > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'db_newer',
      { key: 'error.db_newer', params: { found, supported: LATEST_SCHEMA_VERSION } },
      { path: file, found, supported: LATEST_SCHEMA_VERSION },
    );
  }
  const problems = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
  if (problems.length !== 1 || problems[0] !== 'ok') throw corrupt(file, problems.slice(0, 3).join('; '));
}

function withConnection<T>(db: Db, file: string, fn: (db: Db) => T): T {
  try {
    return fn(db);
  } catch (err) {
    db.close();
    if (isCorruption(err)) throw corrupt(file, (err as Error).message);
    throw err;
  }
}

/**
 * Opens (or creates) the database, refuses files that are damaged or written by a newer Dabiao,
 * then sets the pragmas and brings the schema up to date.
 * synchronous=FULL: an answer acknowledged to the user must survive a power cut (DESIGN §1.6).
 */
export function openDatabase(file: string, opts: OpenDatabaseOptions = {}): Db {
  const readonly = opts.readonly ?? false;
  const exists = existsSync(file) && statSync(file).size > 0;
  const open = (ro: boolean): Db => {
    try {
      return connect(file, ro, opts.nativeBinding);
    } catch (err) {
      if (isCorruption(err)) throw corrupt(file, (err as Error).message);
      throw err;
    }
  };

  if (exists && !readonly) {
    const inspector = open(true);
    withConnection(inspector, file, (conn) => {
      probe(conn, file);
      // A database with data gets a verified copy before any migration touches it; no copy, no migration.
      const version = schemaVersion(conn);
      if (version > 0 && version < LATEST_SCHEMA_VERSION)
        backupBeforeMigration(conn, dirname(file), opts.nativeBinding);
    });
    inspector.close();
  }

  const db = open(readonly);
  return withConnection(db, file, (conn) => {
    if (readonly) {
      probe(conn, file);
      conn.pragma('busy_timeout = 5000');
      return conn;
    }
    // SQLite creates files 0644 and gives -wal/-shm the database's mode: owner-only before and after.
    makePrivate(...databaseFiles(file));
    conn.pragma('journal_mode = WAL');
    makePrivate(...databaseFiles(file));
    conn.pragma('synchronous = FULL');
    conn.pragma('foreign_keys = ON');
    conn.pragma('busy_timeout = 5000');
    migrate(conn);
    return conn;
  });
}
