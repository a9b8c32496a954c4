import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../../electron/core/dispatch';
import { createEvidenceStore } from '../../../electron/core/evidence/evidence-store';
import { exportAuditFile } from '../../../electron/core/packages/package-export';
import { importAuditFiles } from '../../../electron/core/packages/package-import';
import { auditSnapshot, loadAuditSources } from '../../../electron/core/reports/audit-snapshot';
import { rejection } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import { reviewerCore, signedAudit, signedFile, unlock } from './package-fixtures';

const tempDir = useTempDirs('dabiao-packages-');

describe('export then import', () => {
  it('reproduces the audit exactly in another data folder, locked like a signed audit', async () => {
    const root = tempDir();
    const source = await signedAudit(root);
    const original = auditSnapshot(source.core, source.auditId);
    const bytes = await exportAuditFile(source.core, source.auditId, {
      identityId: source.identity.id,
      unlock: unlock(),
    });
    expect(source.core.repos.audits.get(source.auditId)?.status).toBe('exported');
    // Export changes the status only: the document (and the hash the report prints) stays.
    expect(auditSnapshot(source.core, source.auditId).sha256).toBe(original.sha256);

    const reviewer = reviewerCore(root);
    const batch = await importAuditFiles(reviewer.core, [{ name: 'a.dabiao', bytes }]);
    expect(batch.results).toEqual([
      expect.objectContaining({
        status: 'imported',
        auditId: source.auditId,
        lineageId: source.auditId,
        revision: 1,
        trust: 'unverified',
        facilityCode: 'VC-532823-001',
        signerName: '张伟',
      }),
    ]);
    const copy = auditSnapshot(reviewer.core, source.auditId);
    expect(copy.sha256).toBe(original.sha256);
    expect(copy.document).toEqual(original.document);
    const { document } = copy;
    expect(document.answers).toHaveLength(5);
    expect(document.rosters.staff).toHaveLength(1);
    expect(document.rosters.equipment).toHaveLength(2);
    expect(document.rosters.drugs).toHaveLength(4);
    expect(document.findings).toHaveLength(1);
    expect(document.evidence).toHaveLength(2);

    const sourceStore = createEvidenceStore(source.dataDir);
    const copyStore = createEvidenceStore(reviewer.dataDir);
    for (const e of document.evidence)
      expect(copyStore.readIntact(e.sha256)?.equals(readFileSync(sourceStore.pathOf(e.sha256)))).toBe(true);
    const pdf = reviewer.core.db.prepare('SELECT report_sha256 FROM imported_audit').get() as { report_sha256: string };
    expect(
      readFileSync(join(reviewer.dataDir, 'reports', `${pdf.report_sha256}.pdf`))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    expect(reviewer.core.repos.audits.get(source.auditId)?.status).toBe('exported');
    const locked = await rejection(
      call(reviewer.handlers, 'saveAnswer', { auditId: source.auditId, criterionId: 'M-YN', value: false }),
    );
    expect(locked.code).toBe('locked');
    const result = reviewer.core.db
      .prepare('SELECT verdict, score FROM audit_result WHERE audit_id = ?')
      .get(source.auditId);
    expect(result).toEqual({ verdict: document.score.verdict, score: document.score.total.score });
    const events = reviewer.core.repos.events.verify();
    expect(events.ok).toBe(true);
  });

  it('keeps the self-assessment an inspection verified, even when that one is not here', async () => {
    const root = tempDir();
    const source = await signedAudit(root);
    const { document } = loadAuditSources(source.core, source.auditId);
    const basisId = '0b7c2d1e-0000-4000-8000-00000000beef';
    const bytes = signedFile({ ...document, audit: { ...document.audit, basisId } }, source.auditId, {
      evidenceDir: source.dataDir,
    });
    const reviewer = reviewerCore(root);
    const [result] = (await importAuditFiles(reviewer.core, [{ name: 'inspection', bytes }])).results;
    expect(result).toMatchObject({ status: 'imported' });
    expect(reviewer.core.verification.basisId(source.auditId)).toBe(basisId);
    expect(auditSnapshot(reviewer.core, source.auditId).document.audit.basisId).toBe(basisId);
  });
});
