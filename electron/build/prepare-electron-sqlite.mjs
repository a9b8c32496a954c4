// Builds better-sqlite3 for the installed Electron's ABI into .native/electron-<version>/, leaving
// node_modules/better-sqlite3 on Node's ABI for tests and the CLI. Main passes the result to
// better-sqlite3 as `nativeBinding`. Packaged apps do not use this: electron-builder rebuilds.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BINDING_FILE,
  compiledAbi,
  electronExecutable,
  electronSqliteBinding,
  envWithoutNodedir,
  nodeGypArgs,
  prebuildInstallArgs,
} from './electron-sqlite.mjs';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const requireFromRoot = createRequire(path.join(projectRoot, 'package.json'));

function log(message) {
  console.log(`[prepare-electron-sqlite] ${message}`);
}

class PrepareError extends Error {}

/** Thrown rather than exiting so the temporary copy is always removed. */
function fail(message) {
  throw new PrepareError(message);
}

function resolveFromRoot(specifier) {
  try {
    return requireFromRoot.resolve(specifier);
  } catch {
    return null;
  }
}

function readElectronPackage() {
  const packageJson = resolveFromRoot('electron/package.json');
  if (packageJson === null) fail('The electron package is not installed. Run `npm install` first.');
  const dir = path.dirname(packageJson);
  const { version } = JSON.parse(fs.readFileSync(packageJson, 'utf8'));
  const abiFile = path.join(dir, 'abi_version');
  const abi = fs.existsSync(abiFile) ? Number(fs.readFileSync(abiFile, 'utf8').trim()) : null;
  return { dir, version, abi };
}

function installedExecutable(electronDir) {
  const override = process.env.ELECTRON_EXEC_PATH;
  if (override) return fs.existsSync(override) ? override : null;
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const executable = electronExecutable(electronDir, fs.readFileSync(pathFile, 'utf8'));
  return executable !== null && fs.existsSync(executable) ? executable : null;
}

/** Electron fetches its binary on first use rather than at install time; do it here, visibly. */
function ensureElectronBinary(electron) {
  if (installedExecutable(electron.dir) !== null) return;
  log(`Electron ${electron.version} executable not found; running node_modules/electron/install.js to download it.`);
  spawnSync(process.execPath, [path.join(electron.dir, 'install.js')], { stdio: 'inherit' });
  if (installedExecutable(electron.dir) !== null) return;
  fail(
    [
      `The Electron ${electron.version} executable is missing (expected under ${path.join(electron.dir, 'dist')})`,
      'and could not be downloaded, so the desktop app cannot start on this machine.',
      'Electron downloads it from GitHub on first use. Where GitHub is unreachable, set a mirror and retry:',
      '  ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npx install-electron',
      `or point ELECTRON_EXEC_PATH at an installed Electron ${electron.version}.`,
      'Tests, the build and the CLI do not need it: npm run test:unit, npm run build, npx dabiao.',
    ].join('\n'),
  );
}

function run(command, args, cwd, env) {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  return result.status === 0;
}

function buildInCopy(electron, workDir) {
  const env = envWithoutNodedir(process.env);
  const built = path.join(workDir, 'build', 'Release', BINDING_FILE);
  const prebuildInstall = resolveFromRoot('prebuild-install/bin.js');
  if (prebuildInstall !== null) {
    log(`Trying a prebuilt better-sqlite3 for Electron ${electron.version} (${process.arch}).`);
    const args = [prebuildInstall, ...prebuildInstallArgs(electron.version, process.arch)];
    if (run(process.execPath, args, workDir, env) && fs.existsSync(built)) return built;
  }
  const nodeGyp = resolveFromRoot('node-gyp/bin/node-gyp.js') ?? process.env.npm_config_node_gyp ?? null;
  if (nodeGyp === null) fail('No prebuilt binary was available and node-gyp was not found to build one.');
  log(`Building better-sqlite3 from source against the Electron ${electron.version} headers (about a minute).`);
  if (!run(process.execPath, [nodeGyp, ...nodeGypArgs(electron.version, process.arch)], workDir, env)) {
    fail(
      'node-gyp could not build better-sqlite3 for Electron; see its output above (it needs the Electron headers from electronjs.org and a C++ toolchain).',
    );
  }
  if (!fs.existsSync(built)) fail(`node-gyp finished but ${built} does not exist.`);
  return built;
}

/** A binary that Node itself can load was built for Node's ABI, whatever we asked for. */
function verifyNotNodeAbi(binary, electron) {
  const probe = spawnSync(process.execPath, ['-e', 'process.dlopen({ exports: {} }, process.argv[1])', binary], {
    encoding: 'utf8',
  });
  if (probe.status === 0) {
    fail(`${binary} loads in Node ${process.version}, so it was built for Node's ABI instead of Electron's.`);
  }
  const abi = compiledAbi(probe.stderr);
  if (abi !== null && electron.abi !== null && abi !== electron.abi) {
    fail(`${binary} was built for NODE_MODULE_VERSION ${abi}; Electron ${electron.version} needs ${electron.abi}.`);
  }
}

function main() {
  const electron = readElectronPackage();
  ensureElectronBinary(electron);
  const target = electronSqliteBinding(projectRoot, electron.version);
  if (fs.existsSync(target)) {
    log(`${path.relative(projectRoot, target)} is present; nothing to do.`);
    return;
  }
  const sourcePackage = resolveFromRoot('better-sqlite3/package.json');
  if (sourcePackage === null) fail('better-sqlite3 is not installed. Run `npm install` first.');
  const sourceDir = path.dirname(sourcePackage);
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dabiao-electron-sqlite-'));
  try {
    const workDir = path.join(tempDir, 'better-sqlite3');
    // Leave out the Node build so nothing of it can end up in the Electron copy.
    const nodeBuild = path.join(sourceDir, 'build');
    fs.cpSync(sourceDir, workDir, { recursive: true, filter: (source) => source !== nodeBuild });
    const built = buildInCopy(electron, workDir);
    verifyNotNodeAbi(built, electron);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const partial = `${target}.partial`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, target);
    log(`Wrote ${path.relative(projectRoot, target)}.`);
  } finally {
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  if (!(error instanceof PrepareError)) throw error;
  console.error(`\n[prepare-electron-sqlite] ${error.message}\n`);
  process.exitCode = 1;
}
