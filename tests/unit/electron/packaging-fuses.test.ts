import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

// CommonJS without types; only load() is used.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const config = yaml.load(readFileSync(`${ROOT}electron-builder.yml`, 'utf8')) as { electronFuses?: unknown };

/** electron-builder's key for a fuse: the enum name with a lower-case first letter. */
function builderKey(fuse: string): string {
  return fuse.charAt(0).toLowerCase() + fuse.slice(1);
}

describe('fuses of the packaged app (Electron security checklist, item 19)', () => {
  it('sets every fuse this Electron knows, explicitly', () => {
    const fuses = Object.keys(FuseV1Options).filter((name) => Number.isNaN(Number(name)));
    expect(fuses.length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(config.electronFuses as object).sort()).toEqual(fuses.map(builderKey).sort());
  });

  it('turns off every way to run the binary as something else, and file:// privileges', () => {
    expect(config.electronFuses).toEqual({
      // No process of the app needs ELECTRON_RUN_AS_NODE (the import workers are worker threads).
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      // The renderer is served from app:// (electron/main/platform/app-protocol.ts).
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
