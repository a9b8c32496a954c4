import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compiledAbi,
  electronExecutable,
  electronSqliteBinding,
  electronSqliteDir,
  envWithoutNodedir,
  nodeGypArgs,
  prebuildInstallArgs,
} from '../../../electron/build/electron-sqlite.mjs';

describe('Electron better-sqlite3 build helpers', () => {
  it('keeps one folder per Electron version under .native', () => {
    expect(electronSqliteDir('/src/dabiao', '45.4.1')).toBe(path.join('/src/dabiao', '.native', 'electron-45.4.1'));
    expect(electronSqliteBinding('/src/dabiao', '46.0.0-beta.2')).toBe(
      path.join('/src/dabiao', '.native', 'electron-46.0.0-beta.2', 'better_sqlite3.node'),
    );
  });

  it('refuses anything that is not a version, so no path can escape .native', () => {
    for (const version of ['', '45', '../45.4.1', '45.4.1/../../x', 'v45.4.1']) {
      expect(() => electronSqliteDir('/src/dabiao', version), version).toThrow(/Not an Electron version/);
    }
  });

  it('drops npm_config_nodedir in every spelling and keeps the rest', () => {
    const env = envWithoutNodedir({
      npm_config_nodedir: '/usr/include/node',
      NPM_CONFIG_NODEDIR: '/usr',
      Npm_Config_NodeDir: '/x',
      npm_config_cache: '/cache',
      PATH: '/usr/bin',
    });
    expect(env).toEqual({ npm_config_cache: '/cache', PATH: '/usr/bin' });
  });

  it('asks for Electron, not Node', () => {
    expect(prebuildInstallArgs('45.4.1', 'x64')).toEqual([
      '--runtime',
      'electron',
      '--target',
      '45.4.1',
      '--arch',
      'x64',
      '--verbose',
    ]);
    const gyp = nodeGypArgs('45.4.1', 'arm64');
    expect(gyp).toContain('--target=45.4.1');
    expect(gyp).toContain('--arch=arm64');
    expect(gyp).toContain('--dist-url=https://electronjs.org/headers');
    expect(gyp.join(' ')).not.toContain('nodedir');
  });

  it('finds the executable the way electron does', () => {
    expect(electronExecutable('/nm/electron', 'electron\n')).toBe(path.join('/nm/electron', 'dist', 'electron'));
    expect(electronExecutable('/nm/electron', '  ')).toBeNull();
  });

  it('reads the ABI a binary was built for from Node’s refusal', () => {
    const message = [
      "The module '/x/better_sqlite3.node'",
      'was compiled against a different Node.js version using',
      'NODE_MODULE_VERSION 150. This version of Node.js requires',
      'NODE_MODULE_VERSION 115. Please try re-compiling or re-installing',
    ].join('\n');
    expect(compiledAbi(message)).toBe(150);
    expect(compiledAbi('cannot open shared object file')).toBeNull();
  });
});
