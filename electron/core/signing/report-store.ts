import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PRIVATE_FILE_MODE } from '../backup/private-files';
import { writeFileAtomically } from '../reports/report-file';

export const REPORTS_FOLDER = 'reports';

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Signed reports under `<dataDir>/reports/<sha256>.pdf`, named by their own hash: the path is
 * never anything a caller (let alone the renderer) supplied. Written atomically.
 */
export function createReportStore(dataDir: string) {
  const root = join(dataDir, REPORTS_FOLDER);
  return {
    /** `created` says whether this call wrote the file, so a caller whose transaction fails can take it back. */
    put(pdf: Buffer): { sha256: string; path: string; created: boolean } {
      const sha256 = sha256Hex(pdf);
      const path = join(root, `${sha256}.pdf`);
      if (existsSync(path) && sha256Hex(readFileSync(path)) === sha256) return { sha256, path, created: false };
      mkdirSync(root, { recursive: true, mode: 0o700 });
      writeFileAtomically(path, pdf, PRIVATE_FILE_MODE);
      return { sha256, path, created: true };
    },

    /** Best effort: a file left behind only takes space; it must not hide the error being reported. */
    discard(path: string): void {
      rmSync(path, { force: true });
    },
  };
}
