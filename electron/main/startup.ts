import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale } from '../../shared/domain/common';
import { AppError } from '../../shared/errors';
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
 * Development loads the Vite dev server named by electron-vite; a packaged app always loads its
 * own file, whatever the environment says.
 */
export function resolveAppUrl(options: {
  isPackaged: boolean;
  devServerUrl: string | undefined;
  rendererIndexPath: string;
}): AppLocation {
  const { isPackaged, devServerUrl, rendererIndexPath } = options;
  if (!isPackaged && devServerUrl !== undefined && isLocalDevServer(devServerUrl)) {
    return { url: devServerUrl, isDev: true };
  }
  return { url: pathToFileURL(rendererIndexPath).href, isDev: false };
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
