import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  severity: { name: string };
  confidence: { name: string };
}
interface ScanResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}
type Scan = (options: { input: string; isRelative: boolean }) => Promise<ScanResult>;
interface AllowEntry {
  id: string;
  file: string;
  reason: string;
  provenBy: string;
}

// The package is CommonJS without types; its default export is the scanner.
const scan = createRequire(import.meta.url)('@doyensec/electronegativity') as Scan;
const allowlist = (
  JSON.parse(readFileSync(join(ROOT, 'tests/unit/electronegativity-allowlist.json'), 'utf8')) as {
    entries: AllowEntry[];
  }
).entries;

/**
 * What the scanner reads: the main process and preload sources, the renderer's page (its CSP
 * meta tag) and the Electron version from package.json, copied into one folder so that the
 * version-dependent defaults and the global checks (CSP, navigation, permissions) see them all.
 */
function scanInput(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dabiao-electronegativity-'));
  for (const part of ['electron/main', 'electron/preload'])
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  mkdirSync(join(dir, 'renderer'));
  cpSync(join(ROOT, 'renderer/index.html'), join(dir, 'renderer/index.html'));
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    name: string;
    devDependencies: Record<string, string>;
  };
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: pkg.name, devDependencies: { electron: pkg.devDependencies.electron } }),
  );
  return dir;
}

describe('Electronegativity scan of the Electron shell', { timeout: 180_000 }, () => {
  const input = scanInput();
  afterAll(() => rmSync(input, { recursive: true, force: true }));

  it('has no finding without a written, tested explanation, and no explanation without a finding', async () => {
    // Offline it cannot fetch translations or the Electron release list; it says so and goes on.
    const result = await scan({ input, isRelative: true });
    expect(result.errors.filter((e) => !e.tolerable)).toEqual([]);
    const explained = (f: Finding) => allowlist.find((a) => a.id === f.id && a.file === f.file);
    const unexplained = result.issues.filter((f) => !explained(f));
    const unused = allowlist.filter((a) => !result.issues.some((f) => f.id === a.id && f.file === a.file));
    console.log(
      `[electronegativity] ${result.globalChecks + result.atomicChecks} checks, ${result.issues.length} findings, ` +
        `${result.issues.length - unexplained.length} explained, ${unexplained.length} unexplained`,
    );
    for (const f of result.issues)
      console.log(
        `  ${f.id} ${f.file}:${f.location.line} ${f.severity.name}/${f.confidence.name}${explained(f) ? '' : ' UNEXPLAINED'}`,
      );
    expect(unexplained.map((f) => `${f.id} ${f.file}:${f.location.line} ${f.description}`)).toEqual([]);
    expect(unused).toEqual([]);
    // Each explanation names the test that proves it: that test file must exist and hold those titles.
    for (const entry of allowlist) {
      expect(entry.reason.length, entry.id).toBeGreaterThan(40);
      const [file = '', ...titles] = entry.provenBy.split(' › ');
      const source = readFileSync(join(ROOT, file), 'utf8');
      for (const title of titles.flatMap((t) => t.split('; ')))
        expect(source, `${entry.id}: ${title}`).toContain(`'${title}'`);
    }
  });
});
