import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';

export type Db = Database.Database;

/** SQLite has no boolean: rows store 0/1, domain objects use true/false. */
export const toBit = (value: boolean): 0 | 1 => (value ? 1 : 0);
export const fromBit = (value: number): boolean => value !== 0;

/** Optional domain fields are NULL in rows and absent (not undefined-valued keys) in objects. */
export function optional<K extends string, V>(key: K, value: V | null): { [P in K]?: V } {
  return (value === null ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Escapes a user query for `LIKE ? ESCAPE '\'`, so `%` and `_` typed by a user match literally. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Runs `fn` in one IMMEDIATE transaction: the write lock is taken up front, so no busy upgrade midway. */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

function isSqliteError(err: unknown, text: string): boolean {
  return err instanceof Database.SqliteError && err.message.includes(text);
}

/** The lock triggers raise 'audit_locked'; callers see the one bilingual `locked` error instead. */
export function guardLocked<T>(auditId: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (isSqliteError(err, 'audit_locked'))
      throw new AppError('locked', { key: 'error.locked', params: { id: auditId } }, { auditId });
    throw err;
  }
}

export function isUniqueViolation(err: unknown, column: string): boolean {
  return err instanceof Database.SqliteError && err.code === 'SQLITE_CONSTRAINT_UNIQUE' && err.message.includes(column);
}

/** Statements whose SQL is assembled per call (optional filters) are prepared once per shape. */
export function statementCache(db: Db) {
  const cache = new Map<string, Database.Statement<unknown[], unknown>>();
  return <Row>(sql: string): Database.Statement<unknown[], Row> => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare<unknown[], unknown>(sql);
      cache.set(sql, statement);
    }
    return statement as Database.Statement<unknown[], Row>;
  };
}
