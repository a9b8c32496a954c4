import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupPath, backupsDir, listBackupFiles } from '../../../electron/core/backup/backup-store';
import { readAnchor } from '../../../electron/core/backup/log-anchor';
import { openDatabase } from '../../../electron/core/db/connection';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from '../../../electron/core/db/migrations';
import { createEventLogRepository } from '../../../electron/core/db/repositories/event-log';
import { expectAppError } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('dabiao-premigrate-');

/**
 * A database an older Dabiao left at `version`, with chained events. `open`: the old app is
 * still holding it, its last writes only in the WAL (no checkpoint yet).
 */
function olderDatabase(version: number, events = 5, open = false): { file: string; db: Database.Database } {
  const file = join(tempDir(), 'dabiao.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  migrate(db, version);
  db.pragma('wal_autocheckpoint = 0');
  const log = createEventLogRepository(db);
  for (let i = 0; i < events; i += 1)
    db.transaction(() =>
      log.append({
        at: `2024-05-01T08:00:0${i}.000Z`,
        actor: 'old',
        type: 't',
        entity: 'e',
        entityId: String(i),
        payload: { i },
      }),
    )();
  if (!open) db.close();
  return { file, db };
}

const versionOf = (file: string): number => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return schemaVersion(db);
  } finally {
    db.close();
  }
};

describe('the copy taken before a migration', () => {
  it('exists, is verified, holds the old schema and every event, before the upgrade runs', () => {
    const { file, db: oldApp } = olderDatabase(3, 5, true);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const dataDir = join(file, '..');
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
    oldApp.close();

    const [backup, ...others] = listBackupFiles(dataDir);
    expect(others).toEqual([]);
    expect(backup).toMatchObject({ kind: 'migration', schemaVersion: 3, verified: true, events: 5 });
    if (!backup) return;
    expect(versionOf(backupPath(dataDir, backup.name))).toBe(3);
    const anchor = readAnchor(dataDir);
    expect(anchor.state === 'ok' && anchor.anchor.seq).toBe(5);
  });

  it('is taken from every earlier version, and never for a new or an up-to-date database', () => {
    for (let version = 1; version < LATEST_SCHEMA_VERSION; version += 1) {
      const { file } = olderDatabase(version, 2);
      openDatabase(file).close();
      expect(listBackupFiles(join(file, '..')).map((b) => [b.kind, b.schemaVersion, b.verified])).toEqual([
        ['migration', version, true],
      ]);
    }
    const fresh = join(tempDir(), 'dabiao.sqlite');
    openDatabase(fresh).close();
    openDatabase(fresh).close();
    expect(existsSync(backupsDir(join(fresh, '..')))).toBe(false);
  });

  it('when it cannot be verified, the migration does not run and the file stays at its version', () => {
    const { file } = olderDatabase(3);
    const raw = new Database(file);
    raw.exec('DROP TRIGGER event_log_no_update');
    raw.prepare('UPDATE event_log SET payload_json = \'{"i":99}\' WHERE seq = 2').run();
    raw.exec(
      "CREATE TRIGGER event_log_no_update BEFORE UPDATE ON event_log BEGIN SELECT RAISE(ABORT, 'event_log_append_only'); END",
    );
    raw.close();

    const error = expectAppError(() => openDatabase(file), 'db_corrupt');
    expect(error.localized['en-US']).toMatch(/failed verification.*Event 2 was edited/);
    expect(error.localized['zh-CN']).toContain('第 2 条事件');
    expect(versionOf(file)).toBe(3);
    // Nothing half-written is left: no backup, no temporary copy.
    expect(readdirSync(backupsDir(join(file, '..')))).toEqual([]);
  });
});
