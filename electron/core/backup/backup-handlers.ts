import { AppError } from '../../../shared/errors';
import type { BackupInfo, backupsContracts, RestoredBackup } from '../../../shared/ipc/contracts/backups';
import type { Core } from '../core';
import type { HandlerTable } from '../handlers';
import { createBackup } from './backup-service';
import { listBackupFiles, type ListedBackup } from './backup-store';
import { checkRestorable, restoreBackup } from './restore';

type BackupHandlers = Pick<HandlerTable, keyof typeof backupsContracts>;

/**
 * Restoring swaps the database file under the core, so only the shell that owns the core can do
 * it: it closes the core, runs `swap` on the closed folder, then opens a new core and handler
 * table (also when `swap` threw, whose error it passes on). Electron main and the e2e bridge do
 * this through `createCoreHost`; a shell without it cannot restore through the handler table
 * (the CLI restores with no core open at all).
 */
export interface CoreRestarter {
  restartCore?(swap: () => void): Promise<void>;
}

const toInfo = ({ head: _head, ...info }: ListedBackup): BackupInfo => info;

export function createBackupHandlers(core: Core, platform: CoreRestarter): BackupHandlers {
  return {
    listBackups: () => listBackupFiles(core.dataDir).map(toInfo),
    createBackup: async () => toInfo(await createBackup(core, 'manual')),
    restoreBackup: async ({ name }) => {
      const { restartCore } = platform;
      if (!restartCore) throw new AppError('conflict', { key: 'backup.restore_needs_shell' });
      // Checked while the core still runs: a name not listed or a damaged copy never closes anything.
      checkRestorable(core.dataDir, name, core.nativeBinding);
      let restored: RestoredBackup | undefined;
      await restartCore(() => {
        restored = restoreBackup(core.dataDir, name, {
          nativeBinding: core.nativeBinding,
          now: core.context.now,
          actor: core.context.actor,
        });
      });
      if (!restored) throw new Error(`restore of ${name} did not run`);
      return restored;
    },
  };
}
