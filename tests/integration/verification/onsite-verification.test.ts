import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { call } from '../../../electron/core/dispatch';
import { createHandlers } from '../../../electron/core/handlers';
import { auditSnapshot } from '../../../electron/core/reports/audit-snapshot';
import { renderReport } from '../../../electron/core/reports/render-report';
import { rejection } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import { dbFingerprint } from '../../helpers/test-core';
import { pdfText, writePdf } from '../reports/pdf-tools';
import { openDemoCore } from '../reports/report-fixtures';

const tempDir = useTempDirs('dabiao-verification-');
const squeeze = (text: string) => text.replace(/\s+/g, '');

function selfAssessment(core: Core) {
  const found = core.audits.list({ kind: 'self_assessment', status: 'completed' }).find((a) => a.verdict === 'pass');
  if (!found) throw new Error('the demo has a completed self-assessment that passes');
  return found;
}

describe('on-site verification of a self-assessment', () => {
  it('starts pre-filled, tells confirmed from corrected answers and reports the differences', async () => {
    const root = tempDir();
    const core = await openDemoCore(join(root, 'data'));
    const handlers = createHandlers(core);
    const basis = selfAssessment(core);
    const basisDetail = await call(handlers, 'getAudit', { id: basis.id });

    const onSite = await call(handlers, 'startVerification', {
      basisId: basis.id,
      team: [{ name: '王核查', role: 'leader' }],
      announced: false,
    });
    expect(onSite).toMatchObject({
      kind: 'on_site_inspection',
      facilityId: basis.facilityId,
      standardKey: basis.standardKey,
      announced: false,
      revision: 1,
    });
    const copied = await call(handlers, 'getAudit', { id: onSite.id });
    expect(copied.answers).toEqual(basisDetail.answers);
    expect(copied.rosters.staff.map((s) => s.name)).toEqual(basisDetail.rosters.staff.map((s) => s.name));
    expect(copied.findings).toEqual([]);

    const start = await call(handlers, 'getVerification', { id: onSite.id });
    expect(start?.counts).toEqual({ pending: basisDetail.answers.length, confirmed: 0, corrected: 0, added: 0 });
    expect(start?.basis).toMatchObject({ auditId: basis.id, verdict: 'pass' });

    // Confirm one yes answer as it was, correct another to no.
    const yes = basisDetail.answers.filter((a) => a.value === true);
    const [kept, changed] = yes;
    if (!kept || !changed) throw new Error('the self-assessment has two yes answers');
    await call(handlers, 'saveAnswer', { auditId: onSite.id, criterionId: kept.criterionId, value: true });
    await call(handlers, 'saveAnswer', { auditId: onSite.id, criterionId: changed.criterionId, value: false });

    const after = await call(handlers, 'getVerification', { id: onSite.id });
    expect(after?.counts).toEqual({ pending: basisDetail.answers.length - 2, confirmed: 1, corrected: 1, added: 0 });
    expect(after?.items.find((i) => i.criterionId === changed.criterionId)).toMatchObject({
      check: 'corrected',
      basis: { value: true },
    });
    expect(after?.onSite.score).toBeLessThan(after?.basis.score ?? 0);

    // The document names its self-assessment; the report compares the two.
    expect(auditSnapshot(core, onSite.id).document.audit.basisId).toBe(basis.id);
    expect(auditSnapshot(core, basis.id).document.audit).not.toHaveProperty('basisId');
    const report = await renderReport(core, onSite.id, { lang: 'zh-CN' });
    const text = squeeze(pdfText(writePdf(root, 'onsite.pdf', report.pdf)));
    expect(text).toContain('自评与现场核查对比');
    expect(text).toContain(`现场确认1，现场更正1，现场补充0，待核实${basisDetail.answers.length - 2}`);
    expect(text).toContain(changed.criterionId);

    // A correction revision keeps verifying the same self-assessment.
    await call(handlers, 'setStatus', { id: onSite.id, status: 'completed' });
    core.audits.setStatus(onSite.id, 'signed');
    const revision = await call(handlers, 'startRevision', { id: onSite.id });
    expect((await call(handlers, 'getVerification', { id: revision.id }))?.counts).toEqual(after?.counts);
    expect(auditSnapshot(core, revision.id).document.audit.basisId).toBe(basis.id);
  });

  it('refuses to start from anything but a finished self-assessment, and writes nothing', async () => {
    const root = tempDir();
    const core = await openDemoCore(join(root, 'data'));
    const handlers = createHandlers(core);
    const inspection = core.audits.list({ kind: 'on_site_inspection' })[0];
    const unfinished = core.audits.list({ kind: 'self_assessment', status: 'in_progress' })[0];
    if (!inspection || !unfinished) throw new Error('the demo has an inspection and an unfinished self-assessment');
    const before = dbFingerprint(core);
    for (const id of [inspection.id, unfinished.id]) {
      const error = await rejection(call(handlers, 'startVerification', { basisId: id }));
      expect(error.code).toBe('conflict');
      expect(error.localized['zh-CN']).toContain('只能从已完成的自评开始现场核查');
      expect(error.localized['en-US']).toContain('completed self-assessment');
    }
    expect((await rejection(call(handlers, 'startVerification', { basisId: 'nope' }))).code).toBe('not_found');
    expect(dbFingerprint(core)).toEqual(before);
    expect(await call(handlers, 'getVerification', { id: inspection.id })).toBeNull();
  });
});
