import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/core/paths';
import { useTempDirs } from '../../helpers/temp-dir';
import { openTestCore } from '../../helpers/test-core';

const tempDir = useTempDirs('dabiao-paths-');

describe('data folder', () => {
  it('is the folder Electron names userData for "Dabiao" on each system', () => {
    expect(defaultDataDir({}, 'linux', '/home/li')).toBe('/home/li/.config/Dabiao');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/li')).toBe('/cfg/Dabiao');
    expect(defaultDataDir({}, 'darwin', '/Users/li')).toBe('/Users/li/Library/Application Support/Dabiao');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'win32', 'C:\\Users\\li')).toBe(
      join('C:\\Users\\li\\AppData\\Roaming', 'Dabiao'),
    );
    expect(defaultDataDir({ DABIAO_DATA_DIR: '/srv/dabiao', XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/li')).toBe(
      '/srv/dabiao',
    );
  });

  it('is created private to the user, with the database inside', () => {
    const { core, dataDir } = openTestCore(tempDir());
    expect(core.dbFile).toBe(join(dataDir, 'dabiao.sqlite'));
    if (process.platform !== 'win32') expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    core.close();
  });
});
