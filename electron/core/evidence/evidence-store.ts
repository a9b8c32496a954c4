import { createHash, randomUUID } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

export const EVIDENCE_FOLDER = 'evidence';

const SHA256 = /^[0-9a-f]{64}$/;

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Makes a rename durable: the directory entry itself must reach the disk. */
function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function writeFully(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/**
 * Evidence bytes under `<dataDir>/evidence/<sha256[0..2]>/<sha256>`: the same bytes are stored
 * once whatever their name, and a name is never a path. A file appears at its final path only
 * complete and synced (temp file, fsync, rename), so a crash leaves either nothing or all of it.
 */
export function createEvidenceStore(dataDir: string) {
  const root = join(dataDir, EVIDENCE_FOLDER);

  const pathOf = (sha256: string): string => {
    // The hash comes from our own database, but a path is built from it: refuse anything else.
    if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return join(root, sha256.slice(0, 2), sha256);
  };

  /** The stored bytes if they are intact; undefined when missing or no longer matching their hash. */
  function readIntact(sha256: string): Buffer | undefined {
    const path = pathOf(sha256);
    if (!existsSync(path) || !statSync(path).isFile()) return undefined;
    const bytes = readFileSync(path);
    return sha256Of(bytes) === sha256 ? bytes : undefined;
  }

  return {
    pathOf,
    readIntact,

    /**
     * Stores the bytes under their hash. `created` says whether this call wrote the file (so a
     * caller whose database write then fails knows the file is its own to take back).
     */
    put(bytes: Uint8Array): { sha256: string; created: boolean } {
      const sha256 = sha256Of(bytes);
      if (readIntact(sha256)) return { sha256, created: false };
      const final = pathOf(sha256);
      const dir = join(root, sha256.slice(0, 2));
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const temp = join(dir, `.${sha256}.${randomUUID()}.tmp`);
      try {
        const fd = openSync(temp, 'wx', 0o600);
        try {
          writeFully(fd, bytes);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        // Replaces a damaged copy too: the new bytes are the ones the hash names.
        renameSync(temp, final);
      } catch (err) {
        rmSync(temp, { force: true });
        throw err;
      }
      fsyncDirectory(dir);
      return { sha256, created: true };
    },

    /**
     * Removes bytes no attachment points at any more (the caller checks). Best effort: a file
     * that cannot be removed only takes disk space, and must not turn a done write into an error.
     */
    discard(sha256: string): void {
      try {
        rmSync(pathOf(sha256), { force: true });
      } catch {
        // Left in place; the next put of the same bytes finds it intact and reuses it.
      }
    },
  };
}

export type EvidenceStore = ReturnType<typeof createEvidenceStore>;
