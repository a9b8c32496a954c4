import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo, RestoredBackup } from '../../../../shared/ipc/contracts/backups';
import { ClientError } from '../../api/client';
import { createBackupsStore, type BackupsApi, type RestoreHooks } from './backups-store';

const backup = (minute: number, verified = true): BackupInfo => ({
  name: `dabiao-20250630T08${String(minute).padStart(2, '0')}00000Z-v7-scheduled.sqlite`,
  createdAt: `2025-06-30T08:${String(minute).padStart(2, '0')}:00.000Z`,
  schemaVersion: 7,
  kind: 'scheduled',
  sizeBytes: 4096 * (minute + 1),
  verified,
  events: verified ? minute * 10 : null,
});

describe('backups store', () => {
  const api = {
    listBackups: vi.fn<BackupsApi['listBackups']>(),
    createBackup: vi.fn<BackupsApi['createBackup']>(),
    restoreBackup: vi.fn<BackupsApi['restoreBackup']>(),
  };
  const hooks = { afterRestore: vi.fn<RestoreHooks['afterRestore']>(), takeRestoredNote: vi.fn(() => null) };
  let store: ReturnType<typeof createBackupsStore>;

  beforeEach(async () => {
    for (const fn of [...Object.values(api), hooks.afterRestore]) fn.mockReset();
    api.listBackups.mockResolvedValue([backup(30), backup(0, false)]);
    store = createBackupsStore(api, hooks);
    await store.getState().load();
  });

  it('lists, then backs up now and lists again with the new copy first', async () => {
    expect(store.getState().backups.map((b) => b.verified)).toEqual([true, false]);
    api.createBackup.mockResolvedValue(backup(45));
    api.listBackups.mockResolvedValue([backup(45), backup(30), backup(0, false)]);
    await store.getState().create();
    expect(store.getState()).toMatchObject({ busy: null, created: { name: backup(45).name }, actionError: null });
    expect(store.getState().backups[0]?.name).toBe(backup(45).name);
  });

  it('restores a listed backup by name and hands the result to the page', async () => {
    const result: RestoredBackup = {
      restored: backup(30).name,
      movedAside: 'dabiao.sqlite.before-restore-20250630T090000000Z',
    };
    api.restoreBackup.mockResolvedValue(result);
    await store.getState().restore(backup(30).name);
    expect(api.restoreBackup).toHaveBeenCalledWith({ name: backup(30).name });
    expect(hooks.afterRestore).toHaveBeenCalledWith(result, backup(30));
  });

  it('never sends a name that is not in the list, and keeps a refusal on screen', async () => {
    await store.getState().restore('../dabiao.sqlite');
    expect(api.restoreBackup).not.toHaveBeenCalled();

    const refused = new ClientError('backups:restore', {
      code: 'db_corrupt',
      message: { 'zh-CN': '备份未通过校验', 'en-US': 'Backup failed verification' },
    });
    api.restoreBackup.mockRejectedValue(refused);
    await store.getState().restore(backup(30).name);
    expect(store.getState()).toMatchObject({ busy: null, actionError: refused });
    expect(hooks.afterRestore).not.toHaveBeenCalled();
  });

  it('shows the restore that led to this page load', () => {
    const note = { result: { restored: backup(30).name, movedAside: null }, createdAt: backup(30).createdAt };
    const after = createBackupsStore(api, { ...hooks, takeRestoredNote: () => note });
    expect(after.getState().restored).toEqual(note);
  });
});
