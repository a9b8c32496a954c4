import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import {
  APP_SCHEME_PRIVILEGES,
  appRequestFile,
  auditFileFromInstanceData,
  BUILT_APP_URL,
  findAuditFileArg,
  localeFor,
  missingNativeBindingError,
  nativeBindingFor,
  openedFileNotice,
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
  it('uses the local dev server only when not packaged', () => {
    expect(resolveAppUrl({ isPackaged: false, devServerUrl: 'http://localhost:5173' })).toEqual({
      url: 'http://localhost:5173',
      isDev: true,
    });
    expect(resolveAppUrl({ isPackaged: true, devServerUrl: 'http://localhost:5173' })).toEqual({
      url: BUILT_APP_URL,
      isDev: false,
    });
  });

  it('never loads a remote URL or a file:// page from the environment', () => {
    for (const devServerUrl of ['https://evil.example', 'http://10.0.0.5:5173', 'file:///tmp/x.html', 'nonsense']) {
      expect(resolveAppUrl({ isPackaged: false, devServerUrl }), devServerUrl).toEqual({
        url: BUILT_APP_URL,
        isDev: false,
      });
    }
    expect(resolveAppUrl({ isPackaged: false, devServerUrl: undefined }).url).toBe(BUILT_APP_URL);
  });
});

describe('app:// requests', () => {
  const rendererDir = path.resolve('/opt/Dabiao/resources/app.asar/out/renderer');

  it('serves the files of the renderer folder', () => {
    expect(BUILT_APP_URL).toBe('app://dabiao/index.html');
    expect(appRequestFile(BUILT_APP_URL, rendererDir)).toBe(path.join(rendererDir, 'index.html'));
    expect(appRequestFile('app://dabiao/assets/index-3f9a.js?v=1#x', rendererDir)).toBe(
      path.join(rendererDir, 'assets', 'index-3f9a.js'),
    );
    expect(appRequestFile('app://dabiao/assets/%E5%AD%97.woff2', rendererDir)).toBe(
      path.join(rendererDir, 'assets', '字.woff2'),
    );
    // The URL parser already folds plain dot segments at the root, as a browser does.
    expect(appRequestFile('app://dabiao/%2e%2e/%2e%2e/etc/passwd', rendererDir)).toBe(
      path.join(rendererDir, 'etc', 'passwd'),
    );
    expect(appRequestFile('app://dabiao/../../../etc/passwd', rendererDir)).toBe(
      path.join(rendererDir, 'etc', 'passwd'),
    );
  });

  it('answers nothing outside it: other hosts and schemes, escapes plain or encoded, the folder itself', () => {
    const refused = [
      'app://evil/index.html',
      'app://dabiao/',
      'app://dabiao/assets/%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      'app://dabiao/..%5C..%5Cwindows%5Cwin.ini',
      'app://dabiao/index.html%00.png',
      'app://dabiao/%E0%A4%A',
      'file:///opt/Dabiao/resources/app.asar/out/renderer/index.html',
      'https://dabiao/index.html',
      'not a url',
    ];
    for (const url of refused) expect(appRequestFile(url, rendererDir), url).toBeNull();
  });

  it('asks for no privilege beyond a standard secure origin', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
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

describe('opening a .dabiao file from the desktop', () => {
  const file = path.resolve('/data/县医院-2024.dabiao');
  const batch = (result: Record<string, unknown>) => ({
    ok: true as const,
    value: {
      batchId: 'b-1',
      startedAt: '2026-11-23T08:00:00.000Z',
      finishedAt: '2026-11-23T08:00:01.000Z',
      results: [{ file, ...result }],
      totals: { files: 1, imported: 0, superseded: 0, duplicate: 0, refused: 0, unverified: 0 },
    },
  });

  it('tells an imported file from an unverified one and a refused one, with the failed check', () => {
    const message = { 'zh-CN': '已导入', 'en-US': 'Imported' };
    expect(openedFileNotice(file, batch({ status: 'imported', message, trust: 'verified' }), 'zh-CN')).toEqual({
      type: 'info',
      message: '县医院-2024.dabiao：已导入',
      detail: '已导入',
    });
    expect(openedFileNotice(file, batch({ status: 'superseded', message, trust: 'unverified' }), 'en-US').type).toBe(
      'warning',
    );
    const refused = openedFileNotice(
      file,
      batch({
        status: 'refused',
        check: 'entry_hash',
        message: { 'zh-CN': '校验失败：audit.json 的哈希不符', 'en-US': 'Check failed: hash of audit.json differs' },
      }),
      'en-US',
    );
    expect(refused).toEqual({
      type: 'error',
      message: '县医院-2024.dabiao: refused',
      detail: 'Check failed: hash of audit.json differs',
    });
  });

  it('shows an error the import answered in the chosen language', () => {
    const answer = {
      ok: false as const,
      error: { code: 'validation' as const, message: { 'zh-CN': '输入无效', 'en-US': 'Invalid input' } },
    };
    expect(openedFileNotice(file, answer, 'zh-CN')).toEqual({
      type: 'error',
      message: '县医院-2024.dabiao',
      detail: '输入无效',
    });
  });
});
