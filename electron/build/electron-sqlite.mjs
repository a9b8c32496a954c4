// Plain JavaScript because `npm start` runs the preparation script with bare Node before any
// TypeScript tooling; main imports the same helpers so both agree on where the binary lives.
import path from 'node:path';

export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';
export const BINDING_FILE = 'better_sqlite3.node';

/** Folder that holds better-sqlite3 built for one Electron version (its ABI follows the version). */
export function electronSqliteDir(projectRoot, electronVersion) {
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(electronVersion)) {
    throw new Error(`Not an Electron version: ${JSON.stringify(electronVersion)}`);
  }
  return path.join(projectRoot, '.native', `electron-${electronVersion}`);
}

export function electronSqliteBinding(projectRoot, electronVersion) {
  return path.join(electronSqliteDir(projectRoot, electronVersion), BINDING_FILE);
}

/**
 * npm_config_nodedir (in any letter case) makes node-gyp compile against the local Node
 * headers whatever --target says, silently producing a binary for Node's ABI.
 */
export function envWithoutNodedir(env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name.toLowerCase() !== 'npm_config_nodedir'));
}

export function prebuildInstallArgs(electronVersion, arch) {
  return ['--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--verbose'];
}

export function nodeGypArgs(electronVersion, arch) {
  return [
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    `--dist-url=${ELECTRON_HEADERS_URL}`,
  ];
}

/** Electron's own layout: path.txt names the executable inside node_modules/electron/dist. */
export function electronExecutable(electronPackageDir, pathTxt) {
  const relative = pathTxt.trim();
  return relative === '' ? null : path.join(electronPackageDir, 'dist', relative);
}

/**
 * Node refuses an addon built for another ABI with "...using NODE_MODULE_VERSION <n>..."; the
 * number tells which runtime the binary was really built for. null when the text has none.
 */
export function compiledAbi(dlopenError) {
  const match = /compiled against a different Node\.js version using\s+NODE_MODULE_VERSION (\d+)/.exec(dlopenError);
  return match ? Number(match[1]) : null;
}
