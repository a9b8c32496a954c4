import { BrowserWindow, dialog, shell, type OpenDialogOptions } from 'electron';
import type { HandlerPlatform } from '../../core/handlers';
import { createKeychainProtector } from './keychain-protector';

/**
 * What the handler table needs from the desktop: the save dialog (main owns every written path,
 * the renderer never names one), the OS keychain for signing keys and the file manager to show a
 * written report (the core only passes paths it wrote itself in this session).
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
    showInFolder: (path) => shell.showItemInFolder(path),
    // Audit files: a folder for exporting several, files (or a folder) to import.
    async chooseFolder() {
      const result = await showOpen({ defaultPath: documentsDir, properties: ['openDirectory', 'createDirectory'] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseOpenPaths({ folder, filters }) {
      const result = await showOpen({
        defaultPath: documentsDir,
        properties: folder ? ['openDirectory'] : ['openFile', 'multiSelections'],
        filters: filters.map((f) => ({ ...f })),
      });
      return result.canceled ? null : result.filePaths;
    },
  };
}

function showOpen(options: OpenDialogOptions) {
  const owner = BrowserWindow.getFocusedWindow();
  return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
}
