import { closeSync, openSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/core/backup/backup-service';
import { backupPath } from '../../../electron/core/backup/backup-store';
import { backupOfferFor, latestGoodBackup, restoreBackup } from '../../../electron/core/backup/restore';
import { openCore } from '../../../electron/core/core';
import { call } from '../../../electron/core/dispatch';
import { AppError } from '../../../shared/errors';
import { useTempDirs } from '../../helpers/temp-dir';
import { openAuditCore } from '../../helpers/test-core';

const tempDir = useTempDirs('dabiao-corrupt-');

/** Overwrites one whole page of the table `table` with garbage: a damaged disk sector. */
function smashTablePage(file: string, table: string): void {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = (db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(table) as { rootpage: number })
    .rootpage;
  db.close();
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
  closeSync(fd);
}

describe('a database damaged at start', () => {
  it('is refused, the newest backup that still verifies is offered, and restoring it opens again', async () => {
    const root = tempDir();
    const { core, handlers, audit } = await openAuditCore(root);
    await call(handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'M-YN', value: true });
    const good = await createBackup(core, 'manual');
    await call(handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'M-YN', value: false });
    const newer = await createBackup(core, 'manual');
    core.close();
    const { dataDir } = core;

    // The newer backup is damaged too (after it was verified): it must not be the one offered.
    smashTablePage(backupPath(dataDir, newer.name), 'answer');
    smashTablePage(join(dataDir, 'dabiao.sqlite'), 'answer');

    const reopen = () => openCore({ dataDir, resourcesDir: join(root, 'resources'), actor: 'tester' });
    let error: unknown;
    try {
      reopen().close();
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('db_corrupt');
    expect(latestGoodBackup(dataDir)?.name).toBe(good.name);
    const offer = backupOfferFor(error);
    expect(offer).toMatchObject({ dataDir, backup: { name: good.name } });
    expect(backupOfferFor(new AppError('not_found', { key: 'error.internal', params: { details: '' } }))).toBeNull();

    const restored = restoreBackup(dataDir, good.name, { actor: 'tester' });
    const reopened = reopen();
    expect(reopened.db.prepare('SELECT value_json FROM answer WHERE audit_id = ?').pluck().all(audit.id)).toEqual([
      'true',
    ]);
    reopened.close();
    // The damaged file is kept, under the name the restore reported.
    expect(readdirSync(dataDir)).toContain(restored.movedAside);
  });
});
