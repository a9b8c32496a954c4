import { describe, expect, it } from 'vitest';
import { call } from '../../../electron/core/dispatch';
import { expectAppError, rejection } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import { dbFingerprint, openAuditCore } from '../../helpers/test-core';

const tempDir = useTempDirs('dabiao-locking-');
const AT = '2024-05-02T00:00:00.000Z';

const expectLocked = (fn: () => unknown) => expectAppError(fn, 'locked');

async function signedAudit(root: string) {
  const tc = await openAuditCore(root);
  const { handlers, core, audit } = tc;
  await call(handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'M-YN', value: true });
  const staff = await call(handlers, 'saveStaff', {
    auditId: audit.id,
    name: '王医生',
    qualification: 'village_doctor',
    verified: true,
  });
  const finding = await call(handlers, 'createFinding', {
    auditId: audit.id,
    criterionId: 'M-YN',
    description: '标识褪色',
  });
  // Straight to the table: the triggers must hold whatever code path wrote the status.
  core.db.prepare(`UPDATE audit SET status = 'signed' WHERE id = ?`).run(audit.id);
  return { ...tc, audit, staff, finding };
}

describe('a signed audit', () => {
  it('refuses answer, roster, finding and evidence writes at the database level', async () => {
    const { core, audit, staff, finding } = await signedAudit(tempDir());
    const { answers, rosters, findings, evidence, audits } = core.repos;
    const before = dbFingerprint(core);

    expectLocked(() => answers.upsert(audit.id, { criterionId: 'M-YN', value: false, answeredAt: AT }));
    expectLocked(() => answers.upsert(audit.id, { criterionId: 'M-NUM', value: 5, answeredAt: AT }));
    expectLocked(() => answers.remove(audit.id, 'M-YN'));
    expectLocked(() => rosters.saveStaff(audit.id, { ...staff, verified: false }, AT));
    expectLocked(() => rosters.saveDrug(audit.id, { id: 'new-drug', genericName: '布洛芬', inStock: true }, AT));
    expectLocked(() => rosters.remove(audit.id, 'staff', staff.id));
    expectLocked(() => findings.update({ ...finding, description: '改写' }));
    expectLocked(() => findings.insert({ ...finding, id: 'another' }));
    expectLocked(() => findings.remove(audit.id, finding.id));
    expectLocked(() =>
      evidence.insert({
        id: 'ev',
        auditId: audit.id,
        sha256: 'a'.repeat(64),
        filename: 'x.jpg',
        mime: 'image/jpeg',
        size: 1,
        criterionId: null,
        findingId: null,
        createdAt: AT,
      }),
    );
    expectLocked(() => audits.setStatus(audit.id, 'in_progress', AT, null));
    expect(() => core.db.prepare(`UPDATE audit SET facts_json = '{}' WHERE id = ?`).run(audit.id)).toThrow(
      /audit_locked/,
    );
    expect(() => core.db.prepare('DELETE FROM audit WHERE id = ?').run(audit.id)).toThrow(/audit_locked/);
    expect(dbFingerprint(core)).toEqual(before);
    core.close();
  });

  it('refuses edits through the services with a bilingual locked error, but rectification moves on', async () => {
    const { core, handlers, audit, finding } = await signedAudit(tempDir());
    const before = dbFingerprint(core);
    for (const attempt of [
      call(handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'M-YN', value: false }),
      call(handlers, 'clearAnswer', { auditId: audit.id, criterionId: 'M-YN' }),
      call(handlers, 'saveDrug', { auditId: audit.id, genericName: '布洛芬', inStock: true }),
      call(handlers, 'createFinding', { auditId: audit.id, criterionId: 'M-YN', description: 'x' }),
      call(handlers, 'updateFinding', { id: finding.id, description: '改写' }),
      call(handlers, 'removeFinding', { id: finding.id }),
    ]) {
      const err = await rejection(attempt);
      expect(err.code).toBe('locked');
      expect(err.localized['zh-CN']).toContain(audit.id);
    }
    expect(dbFingerprint(core)).toEqual(before);

    const rectifying = await call(handlers, 'updateFinding', { id: finding.id, status: 'rectifying' });
    expect(rectifying.status).toBe('rectifying');
    // The renderer cannot sign or export through set-status; those belong to their own services.
    const viaContract = await rejection(
      call(handlers, 'setStatus', { id: audit.id, status: 'exported' as 'completed' }),
    );
    expect(viaContract.code).toBe('validation');
    expect(core.audits.setStatus(audit.id, 'exported').status).toBe('exported');
    core.close();
  });
});
