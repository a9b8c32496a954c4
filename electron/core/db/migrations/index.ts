import type { Db } from '../sql';
import { migration001 } from './001-initial';
import { migration002 } from './002-event-log-chain';
import { migration003 } from './003-facility-search';
import { migration004 } from './004-signing';
import { migration005 } from './005-audit-results';
import { migration006 } from './006-audit-files';
import { migration007 } from './007-audit-basis';
import type { Migration } from './types';

/** In order, forward only. Never edit a released migration: add the next one. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to `target` (default: latest). Each step runs in its own transaction with
 * its user_version, so a crash leaves the database at the last finished step, never half-way.
 */
export function migrate(
  db: Db,
  target: number = LATEST_SCHEMA_VERSION,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} is numbered ${m.version}, expected ${i + 1}`);
  });
  const from = schemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= from || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return schemaVersion(db);
}

export type { Migration } from './types';
