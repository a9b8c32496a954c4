import path from 'node:path';
import type { Locale } from '../../shared/domain/common';
import { AppError } from '../../shared/errors';
import { formatMessage } from '../../shared/i18n/format';
import type { Envelope } from '../../shared/ipc/contract';
import { ImportBatchSchema } from '../../shared/ipc/contracts/packages';
import { electronSqliteBinding } from '../build/electron-sqlite.mjs';

/** Decisions main makes at startup, kept free of 'electron' so they can be tested under Node. */

export const AUDIT_FILE_EXTENSION = '.dabiao';

/** The first argument naming an audit file, resolved against the directory it was given in. */
export function findAuditFileArg(argv: readonly string[], workingDirectory: string): string | null {
  for (const arg of argv) {
    if (arg.startsWith('-')) continue;
    if (arg.toLowerCase().endsWith(AUDIT_FILE_EXTENSION)) return path.resolve(workingDirectory, arg);
  }
  return null;
}

export interface InstanceData {
  auditFile: string | null;
}

/**
 * What a second instance hands over. It arrives from another process, so it is checked rather
 * than trusted: only an absolute .dabiao path is accepted.
 */
export function auditFileFromInstanceData(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || !('auditFile' in data)) return null;
  const { auditFile } = data;
  if (typeof auditFile !== 'string' || !path.isAbsolute(auditFile)) return null;
  return auditFile.toLowerCase().endsWith(AUDIT_FILE_EXTENSION) ? auditFile : null;
}

function isLocalDevServer(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  } catch {
    return false;
  }
}

export interface AppLocation {
  url: string;
  isDev: boolean;
}

/**
 * The built renderer is served from this privileged scheme rather than file:// (Electron's
 * security checklist, item 18): a page on app:// can reach nothing on disk but the renderer's
 * own files, which is what lets the packaged app turn file:// privileges off with a fuse.
 */
export const APP_SCHEME = 'app';
const APP_HOST = 'dabiao';
export const BUILT_APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * A standard, secure origin so 'self' in the CSP, module scripts and fetch work as on https.
 * Deliberately not bypassCSP, corsEnabled, serviceWorkers or stream: the app needs none.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

/**
 * Development loads the Vite dev server named by electron-vite; a packaged app always loads its
 * own bundle, whatever the environment says.
 */
export function resolveAppUrl(options: { isPackaged: boolean; devServerUrl: string | undefined }): AppLocation {
  const { isPackaged, devServerUrl } = options;
  if (!isPackaged && devServerUrl !== undefined && isLocalDevServer(devServerUrl)) {
    return { url: devServerUrl, isDev: true };
  }
  return { url: BUILT_APP_URL, isDev: false };
}

/**
 * The file under `rendererDir` that an app:// request names, or null for anything else: another
 * host, a name escaping the folder (also when percent-encoded), the folder itself.
 */
export function appRequestFile(url: string, rendererDir: string): string | null {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || pathname.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${pathname}`);
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

/**
 * Packaged apps load the better-sqlite3 that electron-builder rebuilt for Electron; running
 * from the source tree uses the copy that electron/build/prepare-electron-sqlite.mjs built.
 */
export function nativeBindingFor(options: {
  isPackaged: boolean;
  appPath: string;
  electronVersion: string;
}): string | undefined {
  return options.isPackaged ? undefined : electronSqliteBinding(options.appPath, options.electronVersion);
}

export function missingNativeBindingError(bindingPath: string, electronVersion: string): AppError {
  return new AppError('internal', {
    key: 'ui.shell.native_missing',
    params: { version: electronVersion, path: bindingPath },
  });
}

/** Main has no user preference yet; it follows the system language, Chinese by default. */
export function localeFor(systemLocale: string): Locale {
  return systemLocale.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

export function startupErrorText(error: unknown, locale: Locale): string {
  if (error instanceof AppError) return error.localized[locale];
  if (error instanceof Error) return error.message;
  return String(error);
}

export interface OpenedFileNotice {
  type: 'info' | 'warning' | 'error';
  message: string;
  detail: string;
}

/**
 * What the user reads after opening a .dabiao file from the desktop, which imports it: the
 * file's status and its result line (a refusal names the failed check), or the error.
 */
export function openedFileNotice(file: string, answer: Envelope<unknown>, locale: Locale): OpenedFileNotice {
  const name = path.basename(file);
  if (!answer.ok) {
    return { type: 'error', message: name, detail: answer.error.message[locale] };
  }
  const batch = ImportBatchSchema.safeParse(answer.value);
  const result = batch.success ? batch.data.results[0] : undefined;
  if (result === undefined)
    return { type: 'info', message: name, detail: formatMessage(locale, 'ui.shell.open_file_nothing') };
  const status = formatMessage(locale, `packages.status.${result.status}`);
  const detail = [result.message[locale], result.notice?.[locale]].filter((line) => line !== undefined).join('\n');
  const type = result.status === 'refused' ? 'error' : result.trust === 'unverified' ? 'warning' : 'info';
  return { type, message: formatMessage(locale, 'ui.shell.open_file_result', { file: name, status }), detail };
}
