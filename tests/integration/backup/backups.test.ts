import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { backupName, backupsToKeep, parseBackupName, RETENTION } from '../../../electron/core/backup/backup-names';
import { createBackup, scheduledBackup, startBackupSchedule } from '../../../electron/core/backup/backup-service';
import { backupPath, backupsDir, listBackupFiles } from '../../../electron/core/backup/backup-store';
import { createCoreHost, type CoreHost } from '../../../electron/core/backup/core-host';
import { readAnchor } from '../../../electron/core/backup/log-anchor';
import { openCore, type Core } from '../../../electron/core/core';
import { call } from '../../../electron/core/dispatch';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { noSaveDialog } from '../../../electron/core/reports/report-file';
import { AppError } from '../../../shared/errors';
import {
  contracts,
  type ContractInput,
  type ContractName,
  type ContractOutput,
  type Contracts,
} from '../../../shared/ipc';
import { rejection } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import { openAuditCore, steppingClock, villageClinic, writeFixtureResources } from '../../helpers/test-core';

const tempDir = useTempDirs('dabiao-backup-');

const answersIn = (file: string): number => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM answer').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

/** A connection to the same file that is already closed: what a tick meets while a restore swaps the core. */
function closedDb(core: Core): Database.Database {
  const db = new Database(core.dbFile, { readonly: true });
  db.close();
  return db;
}

describe('backup names and retention', () => {
  it('name the UTC time, schema version and reason, and parse back', () => {
    const at = new Date(Date.UTC(2025, 0, 31, 8, 15, 30, 123));
    const name = backupName(at, 7, 'manual');
    expect(name).toBe('dabiao-20250131T081530123Z-v7-manual.sqlite');
    expect(parseBackupName(name)).toEqual({ name, createdAt: at.toISOString(), schemaVersion: 7, kind: 'manual' });
    expect(parseBackupName(backupName(at, 7, 'scheduled', 2))?.kind).toBe('scheduled');
    for (const bad of [
      '../dabiao.sqlite',
      'dabiao-20250131T081530123Z-v7-manual.sqlite/..',
      'x.sqlite',
      'dabiao-2025.sqlite',
    ])
      expect(parseBackupName(bad)).toBeNull();
  });

  it('keeps the 10 newest, the newest of each of the last 7 days and the newest pre-migration copy', () => {
    const now = new Date(Date.UTC(2025, 5, 30, 12));
    const hourly = Array.from({ length: 24 * 10 }, (_, i) =>
      parseBackupName(backupName(new Date(now.getTime() - i * 3600_000), 7, 'scheduled')),
    ).filter((b) => b !== null);
    const migration = parseBackupName(backupName(new Date(Date.UTC(2025, 3, 1)), 6, 'migration'));
    if (!migration) throw new Error('name');
    const keep = backupsToKeep([...hourly, migration], now);
    const kept = [...hourly, migration].filter((b) => keep.has(b.name));
    const days = new Set(kept.map((b) => b.createdAt.slice(0, 10)));
    // 10 newest (all today) + one per earlier day of the 7-day window + the migration copy.
    expect(kept.length).toBe(RETENTION.newest + (RETENTION.dailyDays - 1) + 1);
    expect([...days].sort()).toEqual([
      '2025-04-01',
      '2025-06-24',
      '2025-06-25',
      '2025-06-26',
      '2025-06-27',
      '2025-06-28',
      '2025-06-29',
      '2025-06-30',
    ]);
    expect(keep.has(migration.name)).toBe(true);
  });
});

describe('online backups', () => {
  it('are verified, recorded, anchored, private, and restorable copies of the data at that moment', async () => {
    const { core, handlers, audit } = await openAuditCore(tempDir());
    await call(handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'M-YN', value: true });
    const backup = await call(handlers, 'createBackup', {});
    expect(backup).toMatchObject({ kind: 'manual', verified: true, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(backup.events).toBe(core.repos.events.count());
    expect(answersIn(backupPath(core.dataDir, backup.name))).toBe(1);
    // One self-contained file: no -wal/-shm left beside it, nothing but the copy and its record.
    expect(readdirSync(backupsDir(core.dataDir)).sort()).toEqual([backup.name, `${backup.name}.json`]);
    expect(statSync(backupPath(core.dataDir, backup.name)).mode & 0o777).toBe(0o600);
    const anchor = readAnchor(core.dataDir);
    expect(anchor.state === 'ok' && anchor.anchor).toMatchObject({ seq: backup.events, backup: backup.name });
    expect(await call(handlers, 'listBackups', {})).toEqual([backup]);
    core.close();
  });

  it('scheduled: skipped while nothing changed, taken again after a change', async () => {
    const { core, handlers, audit } = await openAuditCore(tempDir());
    const first = await scheduledBackup(core);
    expect(first?.kind).toBe('scheduled');
    expect(await scheduledBackup(core)).toBeNull();
    await call(handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'M-YN', value: false });
    const second = await scheduledBackup(core);
    expect(second?.name).not.toBe(first?.name);
    expect(listBackupFiles(core.dataDir)).toHaveLength(2);
    core.close();
  });

  it("the app's timer takes a scheduled backup at each tick and reports failures instead of throwing", async () => {
    const { core } = await openAuditCore(tempDir());
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const errors: unknown[] = [];
    try {
      const stop = startBackupSchedule(
        () => core,
        (e) => errors.push(e),
        1000,
      );
      vi.advanceTimersByTime(1000);
      await vi.waitFor(() => expect(listBackupFiles(core.dataDir).map((b) => b.kind)).toEqual(['scheduled']));
      stop();
      const failing = startBackupSchedule(
        () => ({ ...core, db: closedDb(core) }),
        (e) => errors.push(e),
        1000,
      );
      vi.advanceTimersByTime(1000);
      await vi.waitFor(() => expect(errors).toHaveLength(1));
      failing();
    } finally {
      vi.useRealTimers();
    }
    core.close();
  });

  it('rotate: after 12 backups the 10 newest are kept, each with its record', async () => {
    const { core } = await openAuditCore(tempDir());
    const made = [];
    for (let i = 0; i < 12; i += 1) made.push((await createBackup(core, 'manual')).name);
    const kept = listBackupFiles(core.dataDir);
    expect(kept.map((b) => b.name)).toEqual(made.slice(2).reverse());
    expect(readdirSync(backupsDir(core.dataDir))).toHaveLength(2 * RETENTION.newest);
    core.close();
  });

  it('two backups asked for at once are written one after the other, both verified', async () => {
    const { core } = await openAuditCore(tempDir());
    const [a, b] = await Promise.all([createBackup(core, 'manual'), createBackup(core, 'manual')]);
    expect(a.name).not.toBe(b.name);
    expect(listBackupFiles(core.dataDir).every((x) => x.verified)).toBe(true);
    core.close();
  });

  it('a copy whose record no longer matches it is listed as not verified', async () => {
    const { core } = await openAuditCore(tempDir());
    const backup = await createBackup(core, 'manual');
    writeFileSync(
      backupPath(core.dataDir, backup.name),
      Buffer.concat([readFileSync(backupPath(core.dataDir, backup.name)), Buffer.alloc(10)]),
    );
    expect(listBackupFiles(core.dataDir)[0]).toMatchObject({ name: backup.name, verified: false });
    core.close();
  });
});

describe('restore through the handler table', () => {
  function hostIn(root: string) {
    const resourcesDir = writeFixtureResources(join(root, 'resources'));
    const dataDir = join(root, 'data');
    const clock = steppingClock();
    return createCoreHost(() => openCore({ dataDir, resourcesDir, now: clock, actor: 'tester' }), noSaveDialog);
  }
  /** A call through the host's current table, as the shells make it. */
  async function hostCall<K extends ContractName>(
    host: CoreHost,
    name: K,
    input: ContractInput<Contracts[K]>,
  ): Promise<ContractOutput<Contracts[K]>> {
    const envelope = await host.dispatch(contracts[name].channel, input);
    if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message, envelope.error.details);
    return envelope.value as ContractOutput<Contracts[K]>;
  }

  it('puts the backup in place, keeps the replaced database aside, reopens, and records the restore', async () => {
    const host = hostIn(tempDir());
    await hostCall(host, 'createFacility', villageClinic());
    const backup = await hostCall(host, 'createBackup', {});
    await hostCall(host, 'createFacility', villageClinic({ code: 'VC-532823-002', name: '曼纳伞二村卫生室' }));
    expect((await hostCall(host, 'getInfo', {})).counts.facilities).toBe(2);
    const oldCore = host.core;

    const restored = await hostCall(host, 'restoreBackup', { name: backup.name });
    expect(restored.restored).toBe(backup.name);
    expect(restored.movedAside).toMatch(/^dabiao\.sqlite\.before-restore-\d{8}T\d{9}Z$/);
    expect(host.core).not.toBe(oldCore);
    expect(oldCore.db.open).toBe(false);
    // The new core serves the restored data; the replaced file (with its WAL) is kept beside it.
    expect((await hostCall(host, 'getInfo', {})).counts.facilities).toBe(1);
    const aside = join(host.core.dataDir, restored.movedAside ?? '');
    expect(existsSync(aside)).toBe(true);
    const asideDb = new Database(aside, { readonly: true });
    expect((asideDb.prepare('SELECT count(*) AS n FROM facility').get() as { n: number }).n).toBe(2);
    asideDb.close();
    const events = host.core.repos.events.listFor('database', backup.name);
    expect(events.map((e) => e.type)).toEqual(['data.restored']);
    expect(host.core.repos.events.verify().ok).toBe(true);
    const anchor = readAnchor(host.core.dataDir);
    expect(anchor.state === 'ok' && anchor.anchor).toMatchObject({ event: 'restore', seq: events[0]?.seq });
    host.close();
  });

  it('refuses a name that is not in the list, or a path, without closing the core', async () => {
    const host = hostIn(tempDir());
    const before = host.core;
    const unknown = backupName(new Date(Date.UTC(2025, 0, 1)), 7, 'manual');
    expect((await rejection(hostCall(host, 'restoreBackup', { name: unknown }))).code).toBe('not_found');
    for (const name of ['../dabiao.sqlite', '/etc/passwd', 'backups/x.sqlite', `../${unknown}`])
      expect((await rejection(hostCall(host, 'restoreBackup', { name }))).code).toBe('validation');
    expect(host.core).toBe(before);
    expect(before.db.open).toBe(true);
    host.close();
  });

  it('a shell that cannot restart the core cannot restore through the table', async () => {
    const { core, handlers } = await openAuditCore(tempDir());
    const backup = await call(handlers, 'createBackup', {});
    const error = await rejection(call(handlers, 'restoreBackup', { name: backup.name }));
    expect(error.code).toBe('conflict');
    expect(error.localized['zh-CN']).toContain('dabiao backup restore');
    expect(core.db.open).toBe(true);
    core.close();
  });
});
