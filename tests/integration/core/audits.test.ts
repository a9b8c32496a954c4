import { describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/test-core';
import { call } from '../../../electron/core/dispatch';
import { rejection } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import {
  FIXTURE_KEY,
  FIXTURE_YUNNAN_KEY,
  TOWNSHIP_KEY,
  dbFingerprint,
  openAuditCore,
  openTestCore,
  townshipCenter,
  villageClinic,
} from '../../helpers/test-core';

const tempDir = useTempDirs('dabiao-audits-');

const startAudit = (root: string) => openAuditCore(root, { auditDate: '2024-05-01' });

/** Everything the fixture standard needs to pass, minus the drugs. */
async function answerAll({ handlers }: TestCore, auditId: string) {
  const answers: [string, boolean | number | string[] | string][] = [
    ['F-AREA', 80],
    ['M-YN', true],
    ['M-NUM', 2],
    ['M-ROOMS', ['consult', 'treat', 'pharmacy']],
    ['M-GRADE', 'A'],
    ['M-TEXT', '无'],
  ];
  for (const [criterionId, value] of answers) await call(handlers, 'saveAnswer', { auditId, criterionId, value });
  await call(handlers, 'saveStaff', { auditId, name: '王医生', qualification: 'village_doctor', verified: true });
  for (const catalogCode of ['EQ-BP', 'EQ-STETH']) {
    await call(handlers, 'saveEquipment', { auditId, catalogCode, present: true, working: true });
  }
}

async function stockDrugs({ handlers }: TestCore, auditId: string, codes: string[]) {
  for (const code of codes)
    await call(handlers, 'saveDrug', { auditId, catalogCode: code, genericName: `药品${code}`, inStock: true });
}

describe('audits', () => {
  it("creates an audit on the facility's default standard with its provincial variant and a facts snapshot", async () => {
    const { core, handlers, facility, audit } = await startAudit(tempDir());
    expect(audit).toMatchObject({
      revision: 1,
      previousId: null,
      facilityId: facility.id,
      standardKey: FIXTURE_YUNNAN_KEY,
      status: 'draft',
      announced: true,
      team: [],
      facts: { servicePopulation: 1200, residentPopulation: 1100, ivServiceApproved: false, poorCounty: true },
      completedAt: null,
    });
    await call(handlers, 'updateFacility', { id: facility.id, facility: villageClinic({ servicePopulation: 99_000 }) });
    expect((await call(handlers, 'getAudit', { id: audit.id })).audit.facts.servicePopulation).toBe(1200);

    const thc = await call(handlers, 'createFacility', townshipCenter());
    const thcAudit = await call(handlers, 'createAudit', { facilityId: thc.id, kind: 'self_assessment' });
    expect(thcAudit.standardKey).toBe(TOWNSHIP_KEY);
    expect(thcAudit.auditDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    core.close();
  });

  it('refuses a standard of another level, an unknown facility and an unknown standard', async () => {
    const { core, handlers } = openTestCore(tempDir());
    const thc = await call(handlers, 'createFacility', townshipCenter());
    const before = dbFingerprint(core);
    const mismatch = await rejection(
      call(handlers, 'createAudit', { facilityId: thc.id, standardKey: FIXTURE_KEY, kind: 'spot_check' }),
    );
    expect(mismatch.code).toBe('validation');
    expect(mismatch.localized['zh-CN']).toContain('村卫生室');
    expect(mismatch.localized['en-US']).toContain('township health center');
    expect((await rejection(call(handlers, 'createAudit', { facilityId: 'nope', kind: 'spot_check' }))).code).toBe(
      'not_found',
    );
    expect(
      (
        await rejection(
          call(handlers, 'createAudit', { facilityId: thc.id, standardKey: 'ghost@9', kind: 'spot_check' }),
        )
      ).code,
    ).toBe('not_found');
    expect(dbFingerprint(core)).toEqual(before);
    core.close();
  });

  it('saves answers: starts the audit, logs each save, and refuses answers that do not fit', async () => {
    const { core, handlers, audit } = await startAudit(tempDir());
    const saved = await call(handlers, 'saveAnswer', {
      auditId: audit.id,
      criterionId: 'M-YN',
      value: true,
      note: '门口有标识',
      answeredBy: '李四',
    });
    expect(saved).toMatchObject({ criterionId: 'M-YN', value: true, note: '门口有标识', answeredBy: '李四' });
    expect((await call(handlers, 'getAudit', { id: audit.id })).audit.status).toBe('in_progress');
    expect(core.repos.events.listFor('audit', audit.id).map((e) => e.type)).toEqual([
      'audit.created',
      'answer.saved',
      'audit.status_changed',
    ]);

    const before = dbFingerprint(core);
    const wrongKind = await rejection(
      call(handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'M-YN', value: 'yes' }),
    );
    expect(wrongKind.code).toBe('validation');
    expect(wrongKind.localized['zh-CN']).toContain('是/否');
    const unknown = await rejection(
      call(handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'NOPE', value: true }),
    );
    expect(unknown.code).toBe('not_found');
    const noReason = await rejection(
      call(handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'M-NUM', value: null }),
    );
    expect(noReason.code).toBe('validation');
    const noAudit = await rejection(
      call(handlers, 'saveAnswer', { auditId: 'nope', criterionId: 'M-YN', value: true }),
    );
    expect(noAudit.code).toBe('not_found');
    expect(dbFingerprint(core)).toEqual(before);

    const na = await call(handlers, 'saveAnswer', {
      auditId: audit.id,
      criterionId: 'F-AREA',
      value: null,
      notApplicableReason: '与邻村合设',
    });
    expect(na).toMatchObject({ value: null, notApplicableReason: '与邻村合设' });
    expect(await call(handlers, 'clearAnswer', { auditId: audit.id, criterionId: 'F-AREA' })).toEqual({
      cleared: true,
    });
    expect(await call(handlers, 'clearAnswer', { auditId: audit.id, criterionId: 'F-AREA' })).toEqual({
      cleared: false,
    });
    core.close();
  });

  it('scores with the provincial parameters, completes only when complete, and reopens on a later edit', async () => {
    const tc = await startAudit(tempDir());
    const { core, handlers, audit } = tc;
    const incomplete = await rejection(call(handlers, 'setStatus', { id: audit.id, status: 'completed' }));
    expect(incomplete.code).toBe('validation');
    const problems = (incomplete.details as { problems: { criterionId: string }[] }).problems.map((p) => p.criterionId);
    expect(problems).toEqual(expect.arrayContaining(['M-YN', 'M-ROOMS', 'M-GRADE']));
    expect(problems).not.toContain('M-TEXT');

    await answerAll(tc, audit.id);
    await stockDrugs(tc, audit.id, ['D1', 'D2', 'D3']);
    // Yunnan asks for 4 essential drugs where the base standard asks for 3.
    const short = await call(handlers, 'getScore', { id: audit.id });
    expect(short.criteria.find((c) => c.criterionId === 'M-DRUG')?.status).toBe('fail');
    await stockDrugs(tc, audit.id, ['D4']);
    const score = await call(handlers, 'getScore', { id: audit.id });
    expect(score.criteria.find((c) => c.criterionId === 'M-DRUG')?.status).toBe('pass');
    expect(score).toMatchObject({ verdict: 'pass', complete: true, blockingFailures: [] });

    const completed = await call(handlers, 'setStatus', { id: audit.id, status: 'completed' });
    expect(completed.status).toBe('completed');
    expect(completed.completedAt).not.toBeNull();
    const [summary] = await call(handlers, 'listAudits', {});
    expect(summary).toMatchObject({
      id: audit.id,
      facilityName: '曼纳伞村卫生室',
      facilityCode: 'VC-532823-001',
      level: 'village_clinic',
      status: 'completed',
      verdict: 'pass',
      score: score.total.score,
      complete: true,
      answered: score.progress.answered,
      applicable: score.progress.applicable,
    });

    await call(handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'M-YN', value: false });
    const reopened = (await call(handlers, 'getAudit', { id: audit.id })).audit;
    expect(reopened).toMatchObject({ status: 'in_progress', completedAt: null });
    const bad = await rejection(call(handlers, 'setStatus', { id: audit.id, status: 'exported' as 'completed' }));
    expect(bad.code).toBe('validation');
    core.close();
  });

  it('lists audits filtered by facility, level, status and search terms', async () => {
    const { core, handlers, facility, audit } = await startAudit(tempDir());
    const thc = await call(handlers, 'createFacility', townshipCenter());
    const thcAudit = await call(handlers, 'createAudit', {
      facilityId: thc.id,
      kind: 'self_assessment',
      auditDate: '2024-06-01',
    });
    const ids = async (filter: Parameters<typeof handlers.listAudits>[0]) =>
      (await call(handlers, 'listAudits', filter)).map((a) => a.id);
    expect(await ids({})).toEqual([thcAudit.id, audit.id]);
    expect(await ids({ facilityId: facility.id })).toEqual([audit.id]);
    expect(await ids({ level: 'township_health_center' })).toEqual([thcAudit.id]);
    expect(await ids({ kind: 'on_site_inspection' })).toEqual([audit.id]);
    expect(await ids({ status: 'in_progress' })).toEqual([]);
    expect(await ids({ query: 'mnsc' })).toEqual([audit.id]);
    core.close();
  });

  it('keeps rosters and findings with the audit and refuses rows of another audit', async () => {
    const tc = await startAudit(tempDir());
    const { core, handlers, audit, facility } = tc;
    const other = await call(handlers, 'createAudit', { facilityId: facility.id, kind: 'follow_up' });
    const staff = await call(handlers, 'saveStaff', {
      auditId: audit.id,
      name: '王医生',
      qualification: 'village_doctor',
      verified: false,
    });
    const edited = await call(handlers, 'saveStaff', {
      auditId: audit.id,
      id: staff.id,
      name: '王医生',
      qualification: 'village_doctor',
      verified: true,
    });
    expect(edited).toEqual({ ...staff, verified: true });
    const moved = await rejection(
      call(handlers, 'saveStaff', { auditId: other.id, id: staff.id, name: '冒名', qualification: 'other' }),
    );
    expect(moved.code).toBe('not_found');
    expect(await call(handlers, 'removeRow', { auditId: other.id, roster: 'staff', id: staff.id })).toEqual({
      removed: false,
    });

    const finding = await call(handlers, 'createFinding', {
      auditId: audit.id,
      criterionId: 'M-YN',
      description: '无标识牌',
      deadline: '2024-06-30',
    });
    expect(finding).toMatchObject({ status: 'open', correctiveAction: null, closedByAuditId: null });
    const rectifying = await call(handlers, 'updateFinding', {
      id: finding.id,
      status: 'rectifying',
      correctiveAction: '制作标识牌',
    });
    expect(rectifying).toMatchObject({ status: 'rectifying', correctiveAction: '制作标识牌' });
    const back = await rejection(call(handlers, 'updateFinding', { id: finding.id, status: 'open' }));
    expect(back.code).toBe('validation');
    expect(
      (await rejection(call(handlers, 'createFinding', { auditId: audit.id, criterionId: 'NOPE', description: 'x' })))
        .code,
    ).toBe('not_found');

    const detail = await call(handlers, 'getAudit', { id: audit.id });
    expect(detail.rosters.staff).toEqual([{ ...staff, verified: true }]);
    expect(detail.findings.map((f) => f.id)).toEqual([finding.id]);
    expect(await call(handlers, 'removeRow', { auditId: audit.id, roster: 'staff', id: staff.id })).toEqual({
      removed: true,
    });
    expect(await call(handlers, 'removeFinding', { id: finding.id })).toEqual({ removed: true });
    expect(await call(handlers, 'removeFinding', { id: finding.id })).toEqual({ removed: false });
    core.close();
  });
});
