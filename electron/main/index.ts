import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { formatMessage } from '../../shared/i18n/format';
import { packagesContracts } from '../../shared/ipc/contracts/packages';
import { startBackupSchedule } from '../core/backup/backup-service';
import { createCoreHost, type CoreHost } from '../core/backup/core-host';
import { openCore } from '../core/core';
import { registerHandlers } from './ipc/register-handlers';
import { resourcesDir, userDataDir } from './platform/app-paths';
import { desktopPlatform } from './platform/handler-platform';
import { openOrOfferBackup } from './platform/recovery-dialog';
import { registerAppScheme, serveRenderer } from './platform/app-protocol';
import {
  auditFileFromInstanceData,
  findAuditFileArg,
  localeFor,
  missingNativeBindingError,
  nativeBindingFor,
  openedFileNotice,
  resolveAppUrl,
  startupErrorText,
  type InstanceData,
} from './startup';
import { mainWindowOptions } from './windows/main-window';
import { installSecurity } from './windows/security';

// Lifecycle only: single instance, core, IPC, the window, and a clean shutdown.

const location = resolveAppUrl({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL });
const rendererDir = path.join(import.meta.dirname, '../renderer');
const preloadPath = path.join(import.meta.dirname, '../preload/index.cjs');

let host: CoreHost | null = null;
let stopBackups: (() => void) | null = null;
let unregisterHandlers: (() => void) | null = null;
let mainWindow: BrowserWindow | null = null;
let windowReady = false;
const pendingAuditFiles: string[] = [];

function locale() {
  return localeFor(app.getLocale());
}

/** Opening a .dabiao file (double-click, second instance, macOS open-file) imports it. */
function announceAuditFile(window: BrowserWindow, filePath: string): void {
  if (host === null) return;
  void host.dispatch(packagesContracts.importAudits.channel, { paths: [filePath] }).then((answer) => {
    const notice = openedFileNotice(filePath, answer, locale());
    return dialog.showMessageBox(window, {
      type: notice.type,
      title: formatMessage(locale(), 'ui.shell.open_file_title'),
      message: notice.message,
      detail: notice.detail,
    });
  });
}

function openAuditFile(filePath: string): void {
  if (mainWindow !== null && windowReady) announceAuditFile(mainWindow, filePath);
  else pendingAuditFiles.push(filePath);
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  installSecurity(window.webContents.session, window.webContents, location.url, location.isDev);
  window.once('ready-to-show', () => {
    windowReady = true;
    window.show();
    for (const filePath of pendingAuditFiles.splice(0)) announceAuditFile(window, filePath);
  });
  window.on('closed', () => {
    mainWindow = null;
    windowReady = false;
  });
  window.loadURL(location.url).catch(failStartup);
  return window;
}

function start(): void {
  if (!location.isDev) serveRenderer(rendererDir);
  const electronVersion = process.versions.electron;
  const nativeBinding = nativeBindingFor({ isPackaged: app.isPackaged, appPath: app.getAppPath(), electronVersion });
  if (nativeBinding !== undefined && !existsSync(nativeBinding)) {
    throw missingNativeBindingError(nativeBinding, electronVersion);
  }
  const open = () =>
    openOrOfferBackup(
      () => openCore({ dataDir: userDataDir(), resourcesDir: resourcesDir(), nativeBinding }),
      nativeBinding,
      locale(),
    );
  const opened = createCoreHost(open, desktopPlatform(app.getPath('documents')));
  host = opened;
  unregisterHandlers = registerHandlers(ipcMain, location.url, (channel, rawInput) =>
    opened.dispatch(channel, rawInput),
  );
  stopBackups = startBackupSchedule(
    () => opened.core,
    (error) => console.error('[dabiao] scheduled backup failed', error),
  );
  mainWindow = createMainWindow();
}

function shutdown(): void {
  stopBackups?.();
  stopBackups = null;
  unregisterHandlers?.();
  unregisterHandlers = null;
  host?.close();
  host = null;
}

function failStartup(error: unknown): void {
  dialog.showErrorBox(formatMessage(locale(), 'ui.shell.startup_failed'), startupErrorText(error, locale()));
  shutdown();
  app.exit(1);
}

const ownAuditFile = findAuditFileArg(process.argv.slice(1), process.cwd());
const instanceData: InstanceData = { auditFile: ownAuditFile };

if (!app.requestSingleInstanceLock({ ...instanceData })) {
  app.quit();
} else {
  if (ownAuditFile !== null) pendingAuditFiles.push(ownAuditFile);
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    focusMainWindow();
    const filePath = auditFileFromInstanceData(additionalData) ?? findAuditFileArg(argv.slice(1), workingDirectory);
    if (filePath !== null) openAuditFile(filePath);
  });
  // macOS hands over files through this event, possibly before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openAuditFile(filePath);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', shutdown);
  registerAppScheme();
  app.whenReady().then(start).catch(failStartup);
}
