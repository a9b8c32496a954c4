import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync } from 'node:fs';
import { writeBytesAtomically } from '../files/atomic-file';

/** Owner only: the data names real people, and the computer may be shared. */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * POSIX modes only: on Windows chmod can only toggle read-only, and the per-user profile's ACL
 * (%APPDATA%) already keeps other users out.
 */
const HAS_MODES = process.platform !== 'win32';

/**
 * Creates the folder if needed and sets it to 0700 explicitly. mkdir's mode is filtered by the
 * umask and ignored for a folder that already exists (Electron creates userData itself, 0755),
 * so only a chmod makes the result independent of both.
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (HAS_MODES) chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Sets each existing file to 0600; missing ones are skipped (a WAL file comes and goes). */
export function makePrivate(...files: string[]): void {
  if (!HAS_MODES) return;
  for (const file of files) if (existsSync(file)) chmodSync(file, PRIVATE_FILE_MODE);
}

/** The database and the two files SQLite keeps beside it in WAL mode. */
export function databaseFiles(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`];
}

function fsync(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Flushes a file, then the folder holding its new name, to the disk. A copy that must outlive a
 * power cut (the one taken before a migration) is only trusted once this returned.
 */
export function fsyncFileAndFolder(file: string, folder: string): void {
  fsync(file);
  try {
    fsync(folder);
  } catch {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  }
}

/** Text the data folder keeps for itself (e.g. the event-log anchor), owner-only and whole. */
export function writePrivateFile(path: string, text: string): void {
  writeBytesAtomically(path, Buffer.from(text, 'utf8'), PRIVATE_FILE_MODE);
}
