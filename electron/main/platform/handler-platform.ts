import { BrowserWindow, dialog } from 'electron';
import type { HandlerPlatform } from '../../core/handlers';
import { createKeychainProtector } from './keychain-protector';

/**
 * What the handler table needs from the desktop: the save dialog (main owns every written path,
 * the renderer never names one) and the OS keychain for signing keys.
 */
export function desktopPlatform(documentsDir: string): HandlerPlatform {
  return {
    async chooseSavePath(suggestedName, filters) {
      const owner = BrowserWindow.getFocusedWindow();
      const options = { defaultPath: `${documentsDir}/${suggestedName}`, filters: filters.map((f) => ({ ...f })) };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    keyProtector: createKeychainProtector,
  };
}
