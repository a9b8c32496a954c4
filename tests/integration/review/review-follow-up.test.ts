import { describe, expect, it } from 'vitest';
import { call } from '../../../electron/core/dispatch';
import { rejection } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import { openTestCore, steppingClock, villageClinic } from '../../helpers/test-core';
import { answerVillage, AS_OF, openReviewFixture, type VillageFailure } from './review-fixture';

const tempDir = useTempDirs('dabiao-review-follow-');

/** "Today" is 1 December 2024 here, after every audit date used. */
async function openVillage(root: string) {
  const tc = openTestCore(root, { now: steppingClock(Date.UTC(2024, 11, 1, 4)) });
  const facility = await call(
    tc.handlers,
    'createFacility',
    villageClinic({ variant: undefined, servicePopulation: 1000, residentPopulation: 500 }),
  );
  const audit = async (date: string, fails: VillageFailure[], findings: string[] = [], complete = true) => {
    const created = await call(tc.handlers, 'createAudit', {
      facilityId: facility.id,
      kind: 'follow_up',
      auditDate: date,
    });
    await answerVillage(tc.handlers, created.id, fails);
    const made = [];
    for (const criterionId of findings) {
      made.push(
        await call(tc.handlers, 'createFinding', {
          auditId: created.id,
          criterionId,
          description: `${criterionId} 不符合`,
          deadline: '2024-02-28',
        }),
      );
    }
    if (complete) await call(tc.handlers, 'setStatus', { id: created.id, status: 'completed' });
    return { id: created.id, findings: made };
  };
  return { ...tc, facility, audit };
}

describe('close-out (动态清零 / 销号)', () => {
  it('a later finished audit closes the findings whose criterion now passes, even on a signed audit', async () => {
    const { core, handlers, audit } = await openVillage(tempDir());
    const first = await audit('2024-01-10', ['M-YN', 'M-ROOMS'], ['M-YN', 'M-ROOMS']);
    core.audits.setStatus(first.id, 'signed');
    const [sign, rooms] = first.findings;
    if (!sign || !rooms) throw new Error('fixture');
    // Rectification goes on after signing.
    await call(handlers, 'updateFinding', { id: sign.id, status: 'rectifying' });

    // An audit still in progress proves nothing.
    const pending = await audit('2024-02-01', [], [], false);
    expect((await call(handlers, 'getAudit', { id: first.id })).findings.map((f) => f.status)).toEqual([
      'rectifying',
      'open',
    ]);

    const second = await audit('2024-03-01', ['M-YN']);
    const after = (await call(handlers, 'getAudit', { id: first.id })).findings;
    expect(after.map((f) => [f.criterionId, f.status, f.closedByAuditId])).toEqual([
      ['M-YN', 'rectifying', null],
      ['M-ROOMS', 'closed', second.id],
    ]);
    const events = core.repos.events.listFor('audit', first.id).filter((e) => e.type === 'finding.closed_out');
    expect(events.map((e) => JSON.parse(e.payloadJson) as unknown)).toEqual([
      { findingId: rooms.id, criterionId: 'M-ROOMS', from: 'open', closedByAuditId: second.id },
    ]);
    expect(core.repos.events.verify().ok).toBe(true);

    // The pending audit, completed later with everything passing, closes the rest.
    await answerVillage(handlers, pending.id, []);
    await call(handlers, 'setStatus', { id: pending.id, status: 'completed' });
    expect((await call(handlers, 'getAudit', { id: first.id })).findings.map((f) => f.closedByAuditId)).toEqual([
      pending.id,
      second.id,
    ]);
    core.close();
  });

  it('an older audit finished after a newer one (files imported out of order) has its findings closed by the newer', async () => {
    const { core, handlers, audit } = await openVillage(tempDir());
    const newer = await audit('2024-03-01', ['M-NUM']);
    const older = await audit('2024-01-10', ['M-YN', 'M-NUM'], ['M-YN', 'M-NUM']);
    expect(
      (await call(handlers, 'getAudit', { id: older.id })).findings.map((f) => [
        f.criterionId,
        f.status,
        f.closedByAuditId,
      ]),
    ).toEqual([
      ['M-YN', 'closed', newer.id],
      ['M-NUM', 'open', null],
    ]);
    core.close();
  });

  it('refuses to close a finding by hand, whatever its status', async () => {
    const { core, handlers, audit } = await openVillage(tempDir());
    const { findings } = await audit('2024-01-10', ['M-YN'], ['M-YN'], false);
    const finding = findings[0];
    if (!finding) throw new Error('fixture');
    const open = await rejection(call(handlers, 'updateFinding', { id: finding.id, status: 'closed' }));
    expect(open.code).toBe('validation');
    expect(open.localized['zh-CN']).toContain('销号');
    expect(open.localized['en-US']).toContain('later audit');
    await call(handlers, 'updateFinding', { id: finding.id, status: 'verified' });
    const verified = await rejection(call(handlers, 'updateFinding', { id: finding.id, status: 'closed' }));
    expect(verified.code).toBe('validation');
    expect((await call(handlers, 'getAudit', { id: finding.auditId })).findings[0]?.status).toBe('verified');
    core.close();
  });
});

describe('current audit and facility history', () => {
  it('a completed revision supersedes the signed one it corrects; history marks both', async () => {
    const { core, handlers, facility, audit } = await openVillage(tempDir());
    const first = await audit('2024-01-10', ['M-YN']);
    core.audits.setStatus(first.id, 'signed');
    const revision = await call(handlers, 'startRevision', { id: first.id });

    const during = await call(handlers, 'facilityHistory', { facilityId: facility.id });
    expect(during.audits.map((a) => [a.revision, a.status, a.verdict, a.superseded, a.current])).toEqual([
      [2, 'in_progress', null, false, false],
      [1, 'signed', 'basic', false, true],
    ]);

    await answerVillage(handlers, revision.id, []);
    await call(handlers, 'setStatus', { id: revision.id, status: 'completed' });
    const history = await call(handlers, 'facilityHistory', { facilityId: facility.id });
    expect(history.audits.map((a) => [a.auditId, a.verdict, a.score, a.superseded, a.current])).toEqual([
      [revision.id, 'pass', 100, false, true],
      [first.id, 'basic', 80, true, false],
    ]);
    const summary = await call(handlers, 'reviewSummary', { path: [], asOf: '2024-12-31' });
    expect(summary.total).toMatchObject({ audited: 1, pass: 1, basic: 0 });
    expect(summary.trend).toEqual([{ month: '2024-01', audited: 1, compliant: 1, rate: 1 }]);

    expect((await rejection(call(handlers, 'facilityHistory', { facilityId: 'nope' }))).code).toBe('not_found');
    core.close();
  });

  it('an imported revision recorded in audit_superseded replaces the older one in every roll-up', async () => {
    const { core, handlers, facility, audit } = await openVillage(tempDir());
    await audit('2024-05-01', []);
    const newerDate = await audit('2024-05-03', ['M-YN', 'M-ROOMS']);
    const replacement = await audit('2024-05-02', []);
    const before = await call(handlers, 'reviewSummary', { path: [], asOf: AS_OF });
    expect(before.total).toMatchObject({ audited: 1, fail: 1, compliant: 0 });

    // What the importer writes when a newer revision of an audit file arrives.
    core.db
      .prepare('INSERT INTO audit_superseded (audit_id, superseded_by, superseded_at) VALUES (?, ?, ?)')
      .run(newerDate.id, replacement.id, '2024-05-04T00:00:00.000Z');
    const after = await call(handlers, 'reviewSummary', { path: [], asOf: AS_OF });
    expect(after.total).toMatchObject({ audited: 1, pass: 1, compliant: 1 });
    const history = await call(handlers, 'facilityHistory', { facilityId: facility.id });
    expect(history.audits.map((a) => [a.auditDate, a.superseded, a.current])).toEqual([
      ['2024-05-03', true, false],
      ['2024-05-02', false, true],
      ['2024-05-01', false, false],
    ]);
    core.close();
  });

  it('an audit reopened after completion stops counting until it is completed again', async () => {
    const { core, handlers, audit } = await openVillage(tempDir());
    const done = await audit('2024-03-01', []);
    const counted = async () => (await call(handlers, 'reviewSummary', { path: [], asOf: AS_OF })).total.audited;
    expect(await counted()).toBe(1);
    await call(handlers, 'setStatus', { id: done.id, status: 'in_progress' });
    expect(await counted()).toBe(0);
    expect(core.db.prepare('SELECT count(*) FROM audit_result').pluck().get()).toBe(0);
    await call(handlers, 'setStatus', { id: done.id, status: 'completed' });
    expect(await counted()).toBe(1);
    core.close();
  });

  it('fills the results of finished audits written before the cache existed', async () => {
    const { core, handlers } = await openReviewFixture(tempDir());
    const expected = await call(handlers, 'reviewSummary', { path: [], asOf: AS_OF });
    const cached = core.db.prepare('SELECT count(*) AS n FROM audit_result').pluck();
    // 18 completed audits and V4's signed first revision; the draft has none.
    expect(cached.get()).toBe(19);
    core.db.exec('DELETE FROM audit_result');
    expect(await call(handlers, 'reviewSummary', { path: [], asOf: AS_OF })).toEqual(expected);
    expect(cached.get()).toBe(19);
    core.close();
  });
});
