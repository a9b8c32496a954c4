import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_EXTENSION } from './package-format';
import type { ImportSource } from './package-import';

const isAuditFile = (name: string) => name.toLowerCase().endsWith(PACKAGE_EXTENSION);

/** Every .dabiao file under a folder, depth first, names in code-point order; links are not followed. */
async function walk(folder: string, into: ImportSource[]): Promise<void> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, into);
    else if (entry.isFile() && isAuditFile(entry.name)) into.push({ name: path, path });
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
  }
  return sources;
}
