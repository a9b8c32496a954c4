import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { PACKAGE_EXTENSION } from './package-format';
import type { ImportSource } from './package-import';

const isAuditFile = (name: string) => name.toLowerCase().endsWith(PACKAGE_EXTENSION);

/** A province's round is about 15,000 files; a dropped folder that holds far more is the wrong folder. */
export const MAX_IMPORT_FILES = 100_000;

function tooMany(): AppError {
  return new AppError('validation', { key: 'packages.too_many_files', params: { max: MAX_IMPORT_FILES } });
}

/** Every .dabiao file under a folder, depth first, names in code-point order; links are not followed. */
async function walk(folder: string, into: ImportSource[]): Promise<void> {
  const listed = await readdir(folder, { withFileTypes: true }).catch(() => undefined);
  // A folder that cannot be listed is reported like an unreadable file, not as a failed import.
  if (!listed) {
    into.push({ name: folder, path: folder });
    return;
  }
  const entries = listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, into);
    else if (entry.isFile() && isAuditFile(entry.name)) into.push({ name: path, path });
    if (into.length > MAX_IMPORT_FILES) throw tooMany();
  }
}

/**
 * What to import from paths a user gave (command line, open dialog, files dropped on the window):
 * a file is taken as it is (its checks say whether it is an audit file), a folder is walked for
 * .dabiao files. A path that cannot be read stays in the list, to be reported as unreadable.
 */
export async function expandImportPaths(paths: readonly string[]): Promise<ImportSource[]> {
  const sources: ImportSource[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) await walk(path, sources);
    else sources.push({ name: path, path });
    if (sources.length > MAX_IMPORT_FILES) throw tooMany();
  }
  return sources;
}
