import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import {
  auditFileFromInstanceData,
  findAuditFileArg,
  localeFor,
  missingNativeBindingError,
  nativeBindingFor,
  resolveAppUrl,
  startupErrorText,
} from '../../../electron/main/startup';

const cwd = path.resolve('/home/inspector');

describe('audit file arguments', () => {
  it('finds the first .dabiao argument and resolves it against the working directory', () => {
    expect(findAuditFileArg(['/opt/Dabiao/dabiao', 'audits/x.DABIAO', 'y.dabiao'], cwd)).toBe(
      path.resolve(cwd, 'audits/x.DABIAO'),
    );
    expect(findAuditFileArg(['/opt/Dabiao/dabiao', path.resolve('/data/a.dabiao')], cwd)).toBe(
      path.resolve('/data/a.dabiao'),
    );
  });

  it('ignores flags and other files', () => {
    expect(findAuditFileArg(['/opt/Dabiao/dabiao', '--open=x.dabiao', 'notes.txt', '.'], cwd)).toBeNull();
    expect(findAuditFileArg([], cwd)).toBeNull();
  });

  it('accepts from a second instance only an absolute .dabiao path', () => {
    const file = path.resolve('/data/a.dabiao');
    expect(auditFileFromInstanceData({ auditFile: file })).toBe(file);
    expect(auditFileFromInstanceData({ auditFile: 'a.dabiao' })).toBeNull();
    expect(auditFileFromInstanceData({ auditFile: path.resolve('/data/a.exe') })).toBeNull();
    expect(auditFileFromInstanceData({ auditFile: null })).toBeNull();
    expect(auditFileFromInstanceData({ auditFile: 7 })).toBeNull();
    expect(auditFileFromInstanceData(null)).toBeNull();
    expect(auditFileFromInstanceData('a.dabiao')).toBeNull();
  });
});

describe('app URL', () => {
  const rendererIndexPath = path.resolve('/opt/Dabiao/out/renderer/index.html');

  it('uses the local dev server only when not packaged', () => {
    expect(resolveAppUrl({ isPackaged: false, devServerUrl: 'http://localhost:5173', rendererIndexPath })).toEqual({
      url: 'http://localhost:5173',
      isDev: true,
    });
    const packaged = resolveAppUrl({ isPackaged: true, devServerUrl: 'http://localhost:5173', rendererIndexPath });
    expect(packaged.isDev).toBe(false);
    expect(packaged.url).toMatch(/^file:\/\/.*\/out\/renderer\/index\.html$/);
  });

  it('never loads a remote URL from the environment', () => {
    for (const devServerUrl of ['https://evil.example', 'http://10.0.0.5:5173', 'file:///tmp/x.html', 'nonsense']) {
      expect(resolveAppUrl({ isPackaged: false, devServerUrl, rendererIndexPath }).isDev, devServerUrl).toBe(false);
    }
    expect(resolveAppUrl({ isPackaged: false, devServerUrl: undefined, rendererIndexPath }).isDev).toBe(false);
  });
});

describe('native binding', () => {
  it('uses the .native build from the source tree and electron-builder’s build when packaged', () => {
    expect(nativeBindingFor({ isPackaged: false, appPath: '/src/dabiao', electronVersion: '45.4.1' })).toBe(
      path.join('/src/dabiao', '.native', 'electron-45.4.1', 'better_sqlite3.node'),
    );
    expect(
      nativeBindingFor({ isPackaged: true, appPath: '/opt/Dabiao/app.asar', electronVersion: '45.4.1' }),
    ).toBeUndefined();
  });

  it('explains a missing build in both languages', () => {
    const error = missingNativeBindingError('/src/.native/electron-45.4.1/better_sqlite3.node', '45.4.1');
    expect(error.localized['zh-CN']).toContain('Electron 45.4.1');
    expect(error.localized['en-US']).toContain('/src/.native/electron-45.4.1/better_sqlite3.node');
    expect(error.localized['en-US']).toContain('npm start');
  });
});

describe('startup messages', () => {
  it('follows the system language, Chinese unless English', () => {
    expect(localeFor('zh-CN')).toBe('zh-CN');
    expect(localeFor('zh-TW')).toBe('zh-CN');
    expect(localeFor('en-GB')).toBe('en-US');
    expect(localeFor('fr')).toBe('zh-CN');
  });

  it('shows AppErrors in the chosen language and other errors as they are', () => {
    const appError = new AppError('db_newer', { key: 'error.db_newer', params: { found: 9, supported: 3 } });
    expect(startupErrorText(appError, 'zh-CN')).toBe(appError.localized['zh-CN']);
    expect(startupErrorText(appError, 'en-US')).toContain('newer Dabiao');
    expect(startupErrorText(new Error('boom'), 'zh-CN')).toBe('boom');
    expect(startupErrorText('plain', 'en-US')).toBe('plain');
  });
});
