import { dialog } from 'electron';
import type { Locale } from '../../../shared/domain/common';
import { formatMessage } from '../../../shared/i18n/format';
import { backupOfferFor, restoreBackup } from '../../core/backup/restore';
import { osUser, type Core } from '../../core/core';
import { startupErrorText } from '../startup';

/**
 * Opens the core; if the database is damaged and a good backup is left, asks whether to restore
 * it (the core finds and re-verifies it; the damaged file is moved aside, not deleted) and opens
 * again. Declining, or any other error, is thrown on to the startup failure box.
 */
export function openOrOfferBackup(open: () => Core, nativeBinding: string | undefined, locale: Locale): Core {
  try {
    return open();
  } catch (error) {
    const offer = backupOfferFor(error, nativeBinding);
    if (!offer) throw error;
    const text = (key: Parameters<typeof formatMessage>[1], params?: Parameters<typeof formatMessage>[2]) =>
      formatMessage(locale, key, params);
    const choice = dialog.showMessageBoxSync({
      type: 'warning',
      title: text('ui.shell.db_corrupt_title'),
      message: text('ui.shell.db_corrupt_offer', {
        details: startupErrorText(error, locale),
        time: new Date(offer.backup.createdAt).toLocaleString(locale),
        name: offer.backup.name,
      }),
      buttons: [text('ui.shell.db_corrupt_restore'), text('ui.shell.db_corrupt_quit')],
      defaultId: 0,
      cancelId: 1,
    });
    if (choice !== 0) throw error;
    restoreBackup(offer.dataDir, offer.backup.name, { nativeBinding, actor: osUser() });
    return open();
  }
}
