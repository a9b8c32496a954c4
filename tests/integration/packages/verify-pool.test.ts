import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareAuditFile } from '../../../electron/core/packages/package-export';
import { importAuditFiles } from '../../../electron/core/packages/package-import';
import { standardSnapshot } from '../../../electron/core/packages/standard-lookup';
import { auditSnapshot } from '../../../electron/core/reports/audit-snapshot';
import { createVerifyPool } from '../../../electron/workers/verify-pool';
import { useTempDirs } from '../../helpers/temp-dir';
import { reviewerCore, signedAudit, unlock } from './package-fixtures';

const tempDir = useTempDirs('dabiao-verify-pool-');

describe('verification in worker threads', () => {
  it('gives the same results as in process: files read, checked and returned for the main thread to write', async () => {
    const root = tempDir();
    const source = await signedAudit(root);
    const file = await prepareAuditFile(source.core, source.auditId, {
      identityId: source.identity.id,
      unlock: unlock(),
    });
    const good = join(root, 'good.dabiao');
    const changed = join(root, 'changed.dabiao');
    writeFileSync(good, file.bytes);
    const bytes = Buffer.from(file.bytes);
    bytes[100] = (bytes[100] ?? 0) ^ 0x01;
    writeFileSync(changed, bytes);
    const sources = [good, changed, join(root, 'missing.dabiao')].map((path) => ({ name: path, path }));

    const reviewer = reviewerCore(root);
    const pool = createVerifyPool(standardSnapshot(reviewer.core), 2);
    try {
      const batch = await importAuditFiles(reviewer.core, sources, { verifier: pool.verify });
      expect(batch.results.map((r) => [r.status, r.check])).toEqual([
        ['imported', undefined],
        ['refused', 'signature'],
        ['refused', 'file'],
      ]);
    } finally {
      await pool.close();
    }
    // The evidence and report came back from the worker intact.
    expect(auditSnapshot(reviewer.core, source.auditId).sha256).toBe(auditSnapshot(source.core, source.auditId).sha256);
    expect(reviewer.core.db.prepare('SELECT count(*) AS n FROM evidence').get()).toEqual({ n: 2 });
  });
});
