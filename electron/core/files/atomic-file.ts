import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes all bytes or nothing: a temporary file next to the target, synced, then renamed over
 * it. A reader never sees half a file, and a failed write leaves any earlier file as it was.
 * Kept free of other modules so that opening a database (which writes with it) loads nothing more.
 */
export function writeBytesAtomically(path: string, bytes: Uint8Array, mode: number): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    const fd = openSync(temp, 'wx', mode);
    try {
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
