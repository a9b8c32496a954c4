import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A child process entry bundled to plain JavaScript once per run: starting it with tsx would
 * cost most of a second per kill. Packages stay external and resolve from the project's
 * node_modules, which is why the bundle is written inside it.
 */
export function bundleChild(entry: string): string {
  const outDir = join(ROOT, 'node_modules', '.cache', 'dabiao-tests');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${entry.replace(/\W+/g, '-')}.mjs`);
  buildSync({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

export const RESOURCES_DIR = join(ROOT, 'resources');
