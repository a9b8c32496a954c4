import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportAuditFile } from '../../../electron/core/packages/package-export';
import { importAuditFiles } from '../../../electron/core/packages/package-import';
import { auditSnapshot } from '../../../electron/core/reports/audit-snapshot';
import { createEvidenceStore } from '../../../electron/core/evidence/evidence-store';
import { useTempDirs } from '../../helpers/temp-dir';
import { reviewerCore, signedAudit, unlock } from './package-fixtures';

const tempDir = useTempDirs('dabiao-packages-');

describe('export then import', () => {
  it('reproduces the audit exactly in another data folder', async () => {
    const root = tempDir();
    const source = await signedAudit(root);
    const bytes = await exportAuditFile(source.core, source.auditId, { identityId: source.identity.id, unlock: unlock() });
    expect(source.core.repos.audits.get(source.auditId)?.status).toBe('exported');
    const original = auditSnapshot(source.core, source.auditId);

    const reviewer = reviewerCore(root);
    const batch = await importAuditFiles(reviewer.core, [{ name: 'a.dabiao', bytes }]);
    expect(batch.results).toEqual([
      expect.objectContaining({ status: 'imported', auditId: source.auditId, trust: 'unverified', revision: 1 }),
    ]);
    const copy = auditSnapshot(reviewer.core, source.auditId);
    expect(copy.sha256).toBe(original.sha256);
    expect(copy.document).toEqual(original.document);
    expect(reviewer.core.repos.audits.get(source.auditId)?.status).toBe('exported');
    const store = createEvidenceStore(reviewer.dataDir);
    for (const e of original.document.evidence)
      expect(store.readIntact(e.sha256)?.equals(readFileSync(createEvidenceStore(source.dataDir).pathOf(e.sha256)))).toBe(true);
    void join;
  });
});
