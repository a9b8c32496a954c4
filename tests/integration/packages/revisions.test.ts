import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { importAuditFiles } from '../../../electron/core/packages/package-import';
import { packageRepository } from '../../../electron/core/packages/package-repository';
import { loadAuditSources } from '../../../electron/core/reports/audit-snapshot';
import { exportAuditFile } from '../../../electron/core/packages/package-export';
import { createIdentityService } from '../../../electron/core/signing/identity-service';
import { openTestCore } from '../../helpers/test-core';
import { useTempDirs } from '../../helpers/temp-dir';
import {
  importFingerprint,
  lineageRevisions,
  reviewerCore,
  signedFile,
  twoRevisions,
  unlock,
} from './package-fixtures';

const tempDir = useTempDirs('dabiao-revisions-');

const one = (name: string, bytes: Buffer) => [{ name, bytes }];

describe('revisions of one audit', () => {
  it('skips a duplicate, lets a newer revision supersede the older (kept), and skips it again later', async () => {
    const root = tempDir();
    const { source, first, second, revision2Id } = await twoRevisions(root);
    const { core } = reviewerCore(root);
    const lineage = source.auditId;

    expect((await importAuditFiles(core, one('r1', first.bytes))).results[0]).toMatchObject({ status: 'imported' });
    const before = importFingerprint(core);
    const again = (await importAuditFiles(core, one('r1 again', first.bytes))).results[0];
    expect(again).toMatchObject({ status: 'duplicate', auditId: source.auditId, revision: 1 });
    expect(importFingerprint(core)).toEqual(before);

    const newer = (await importAuditFiles(core, one('r2', second.bytes))).results[0];
    expect(newer).toMatchObject({ status: 'superseded', auditId: revision2Id, revision: 2, lineageId: lineage });
    expect(newer?.message['en-US']).toContain('superseding revision 1');
    expect(lineageRevisions(core, lineage)).toEqual([
      [1, true],
      [2, false],
    ]);
    // History kept: both revisions stay, the correction points at the revision it corrects.
    expect(core.repos.audits.get(source.auditId)?.status).toBe('exported');
    expect(core.repos.audits.get(revision2Id)?.previousId).toBe(source.auditId);

    const batch = await importAuditFiles(core, [
      { name: 'r1', bytes: first.bytes },
      { name: 'r2', bytes: second.bytes },
    ]);
    expect(batch.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(batch.totals).toMatchObject({ files: 2, duplicate: 2, imported: 0 });
  });

  it('refuses an older revision as outdated once a newer one is here, writing nothing', async () => {
    const root = tempDir();
    const { source, first, second, revision2Id } = await twoRevisions(root);
    const { core } = reviewerCore(root);
    const newer = (await importAuditFiles(core, one('r2', second.bytes))).results[0];
    expect(newer).toMatchObject({ status: 'imported', auditId: revision2Id });
    // Revision 1 is not here: the link back is kept in the provenance, not as a dangling key.
    expect(core.repos.audits.get(revision2Id)?.previousId).toBeNull();
    const before = importFingerprint(core);
    const older = (await importAuditFiles(core, one('r1', first.bytes))).results[0];
    expect(older).toMatchObject({ status: 'refused', check: 'outdated' });
    expect(older?.message['zh-CN']).toContain('已过时');
    expect(importFingerprint(core)).toEqual(before);
    expect(packageRepository(core.db).lineageOf(revision2Id)).toBe(source.auditId);

    // Sent on by this reviewer, the correction still names the revision it corrects.
    const identity = createIdentityService(core.context).create({ name: '王芳' }, unlock());
    const forwarded = await exportAuditFile(core, revision2Id, { identityId: identity.id, unlock: unlock() });
    const province = openTestCore(join(root, 'province')).core;
    const [result] = (await importAuditFiles(province, one('forwarded', forwarded))).results;
    expect(result).toMatchObject({ status: 'imported', lineageId: source.auditId, revision: 2, signerName: '王芳' });
    expect(loadAuditSources(province, revision2Id).document.audit.previousId).toBeNull();
    expect(province.db.prepare('SELECT previous_id FROM imported_audit').get()).toEqual({
      previous_id: source.auditId,
    });
  });

  it('refuses another audit claiming a revision that is already here', async () => {
    const root = tempDir();
    const { source, first, second, revision2Id } = await twoRevisions(root);
    const { core } = reviewerCore(root);
    await importAuditFiles(core, [
      { name: 'r1', bytes: first.bytes },
      { name: 'r2', bytes: second.bytes },
    ]);
    // Someone else's revision 2 of the same audit: validly signed, but not the revision here.
    const { document } = loadAuditSources(source.core, revision2Id);
    const forged = signedFile({ ...document, audit: { ...document.audit, id: randomUUID() } }, source.auditId, {
      evidenceDir: source.dataDir,
    });
    const before = importFingerprint(core);
    const result = (await importAuditFiles(core, one('forged r2', forged))).results[0];
    expect(result).toMatchObject({ status: 'refused', check: 'revision_conflict' });
    expect(importFingerprint(core)).toEqual(before);
  });
});
