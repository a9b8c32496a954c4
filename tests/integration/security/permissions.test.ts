import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/core/backup/backup-service';
import { call } from '../../../electron/core/dispatch';
import { createReportStore } from '../../../electron/core/signing/report-store';
import { useTempDirs } from '../../helpers/temp-dir';
import { openAuditCore } from '../../helpers/test-core';
import { jpegBytes } from '../evidence/evidence-fixtures';

const tempDir = useTempDirs('dabiao-permissions-');

/** Every file and folder under `dir` with its permission bits, folder first. */
function modes(dir: string, root = dir): [string, string][] {
  const found: [string, string][] = [[relative(root, dir) || '.', (statSync(dir).mode & 0o777).toString(8)]];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...modes(path, root));
    else found.push([relative(root, path), (statSync(path).mode & 0o777).toString(8)]);
  }
  return found;
}

describe.skipIf(process.platform === 'win32')('data folder permissions', () => {
  it("are the user's only (folders 0700, files 0600) even with umask 000 and a folder that existed 0755", async () => {
    const previous = process.umask(0o000);
    try {
      const root = tempDir();
      // Electron creates userData itself, group- and world-readable, before the core opens it.
      mkdirSync(join(root, 'data'), { mode: 0o755 });
      chmodSync(join(root, 'data'), 0o755);
      const { core, handlers, audit } = await openAuditCore(root);
      await call(handlers, 'attachEvidence', {
        auditId: audit.id,
        criterionId: 'M-YN',
        fileName: 'sign.jpg',
        mimeType: 'image/jpeg',
        contentBase64: Buffer.from(jpegBytes(1)).toString('base64'),
      });
      createReportStore(core.dataDir).put(Buffer.from('%PDF-1.7 kept copy of a signed report'));
      await createBackup(core, 'manual');

      const all = modes(core.dataDir);
      const kinds = new Set(all.map(([path]) => path.split('/')[0]));
      // The test means something only if every kind of data is there.
      for (const kind of [
        '.',
        'dabiao.sqlite',
        'dabiao.sqlite-wal',
        'evidence',
        'reports',
        'backups',
        'event-log.anchor',
      ])
        expect(kinds, kind).toContain(kind);
      const wrong = all.filter(([path, mode]) => {
        const isDir = statSync(join(core.dataDir, path)).isDirectory();
        return mode !== (isDir ? '700' : '600');
      });
      expect(wrong).toEqual([]);
      console.log(`[permissions] ${all.length} files and folders checked under umask 000: all owner-only`);
      core.close();
    } finally {
      process.umask(previous);
    }
  });
});
