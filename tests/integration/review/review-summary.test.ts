import { describe, expect, it } from 'vitest';
import { call } from '../../../electron/core/dispatch';
import { useTempDirs } from '../../helpers/temp-dir';
import { AS_OF, openReviewFixture } from './review-fixture';

const tempDir = useTempDirs('dabiao-review-');

const DOCTOR_QUALIFICATIONS = ['licensed_assistant_physician', 'licensed_physician', 'village_doctor'];

/** Rate fields as the contract states them: compliant / facilities and audited / facilities. */
const rate = (facilities: number, audited: number, pass: number, basic: number, fail: number) => ({
  facilities,
  audited,
  compliant: pass + basic,
  pass,
  basic,
  fail,
  rate: facilities ? (pass + basic) / facilities : 0,
  coverage: facilities ? audited / facilities : 0,
});

describe('review:summary over the hand-computed province', () => {
  it('every province: totals, rates per level, ranking, blank spots, failed criteria, follow-up, gaps, trend', async () => {
    const { core, handlers, ids } = await openReviewFixture(tempDir());
    const summary = await call(handlers, 'reviewSummary', { path: [], asOf: AS_OF });

    expect(summary.scope).toEqual({ path: [], asOf: AS_OF });
    expect(summary.childLevel).toBe('province');
    // 19 registered: 1 county hospital, 5 township centers, 13 village clinics. Audited by 30 June:
    // T1-T4 and V1-V4, V6-V10, V12, V13 (V5 has a draft only, V11 is audited in July).
    // Scores: T 100+0+100+100, V 100+70+100+100+100+40+80+80+80+100+100 → 1250 / 15 = 83.3.
    expect(summary.total).toEqual({
      ...rate(19, 15, 8, 3, 4),
      averageScore: 83.3,
      blockingFailures: 2,
      openFindings: 5,
    });
    expect(summary.byLevel).toEqual([
      { level: 'county_hospital', ...rate(1, 0, 0, 0, 0) },
      { level: 'township_health_center', ...rate(5, 4, 3, 0, 1) },
      { level: 'village_clinic', ...rate(13, 11, 5, 3, 3) },
    ]);
    // 贵州省 1 / 1 ranks before 云南省 10 / 18.
    expect(summary.places.map((p) => [p.name, p.rank, p.compliant, p.facilities, p.averageScore])).toEqual([
      ['贵州省', 1, 1, 1, 100],
      ['云南省', 2, 10, 18, 82.1],
    ]);
    expect(summary.places[1]).toMatchObject({ path: ['云南省'], blockingFailures: 2, openFindings: 5 });

    // Paths in code-point (radical-and-stroke) order: 云 before 贵, 乙 before 甲, 一 before 二.
    expect(summary.blankSpots).toEqual([
      expect.objectContaining({
        kind: 'no_qualified_staff',
        path: ['云南省', '乙州', '乙一县', '江边镇', '江边二村'],
        facilityId: ids.V10,
        facilityName: '江边二村卫生室',
      }),
      {
        kind: 'no_qualified_staff',
        path: ['云南省', '甲州', '甲一县', '城关镇', '城关三村'],
        level: 'village_clinic',
        facilityId: ids.V3,
        facilityName: '城关三村卫生室',
        criterionId: 'F-DOC',
      },
      expect.objectContaining({ kind: 'no_facility', path: ['云南省', '甲州', '甲二县', '山前乡'] }),
      {
        kind: 'no_facility',
        path: ['贵州省', '丙州', '丙一县', '丙镇'],
        level: 'township_health_center',
        facilityId: null,
        facilityName: null,
        criterionId: null,
      },
    ]);

    // Failures of the current audits: M-YN by V2, V7, V8, V9, V10; F-DOC by V3, V10; one each of
    // M-NUM (V2), M-EQ and M-DRUG (V7); T-YN by T2. 11 village and 4 township audits assessed them.
    expect(
      summary.topFailedCriteria.map((c) => [c.standardId, c.criterionId, c.blocking, c.failed, c.assessed]),
    ).toEqual([
      ['fixture', 'M-YN', false, 5, 11],
      ['fixture', 'F-DOC', true, 2, 11],
      ['fixture', 'M-DRUG', false, 1, 11],
      ['fixture', 'M-EQ', false, 1, 11],
      ['fixture', 'M-NUM', false, 1, 11],
      ['fixture-thc', 'T-YN', false, 1, 4],
    ]);
    expect(summary.topFailedCriteria[0]?.title['zh-CN']).toBe('是否');

    // Open on 30 June: T2 (12 May, 49 days, overdue), V2 (11 May, 50 days), V7 (12 June, 18 days,
    // overdue), V9's sign from 10 January (172 days, overdue) and V10's from 1 December 2023
    // (212 days, overdue). V9's rooms finding was closed out by its April audit.
    expect(summary.findings).toEqual({
      open: 5,
      overdue: 4,
      byAge: [
        { bucket: '0-30', count: 1 },
        { bucket: '31-90', count: 2 },
        { bucket: '91-180', count: 1 },
        { bucket: '181+', count: 1 },
      ],
      closed: 1,
    });

    expect(summary.gaps).toEqual({
      staff: [{ qualifications: DOCTOR_QUALIFICATIONS, missing: 2 }],
      equipment: [{ itemId: 'steth', label: { 'zh-CN': '听诊器', 'en-US': 'stethoscope' }, facilities: 1 }],
      drugVarieties: 2,
      facilitiesWithGaps: 3,
    });

    expect(summary.trend).toEqual([
      { month: '2023-12', audited: 1, compliant: 0, rate: 0 },
      { month: '2024-01', audited: 1, compliant: 0, rate: 0 },
      { month: '2024-04', audited: 1, compliant: 1, rate: 1 },
      { month: '2024-05', audited: 8, compliant: 6, rate: 6 / 8 },
      { month: '2024-06', audited: 6, compliant: 4, rate: 4 / 6 },
    ]);
    core.close();
  });

  it('ranks prefectures, counties and facilities one level below the scope', async () => {
    const { core, handlers, ids } = await openReviewFixture(tempDir());
    const yunnan = await call(handlers, 'reviewSummary', { path: ['云南省'], asOf: AS_OF });
    expect(yunnan.childLevel).toBe('prefecture');
    expect(yunnan.places).toEqual([
      {
        name: '甲州',
        path: ['云南省', '甲州'],
        rank: 1,
        ...rate(12, 10, 5, 2, 3),
        averageScore: 79,
        blockingFailures: 1,
        openFindings: 3,
      },
      {
        name: '乙州',
        path: ['云南省', '乙州'],
        rank: 2,
        ...rate(6, 4, 2, 1, 1),
        averageScore: 90,
        blockingFailures: 1,
        openFindings: 2,
      },
    ]);

    const jia = await call(handlers, 'reviewSummary', { path: ['云南省', '甲州'], asOf: AS_OF });
    expect(jia.childLevel).toBe('county');
    expect(jia.places.map((p) => [p.name, p.rank, p.compliant, p.facilities])).toEqual([
      ['甲二县', 1, 3, 4],
      ['甲一县', 2, 4, 8],
    ]);

    // Below a township the places are its facilities; T1 and V1 share rank 1 (rate 1, score 100).
    const town = await call(handlers, 'reviewSummary', { path: ['云南省', '甲州', '甲一县', '城关镇'], asOf: AS_OF });
    expect(town.childLevel).toBe('facility');
    expect(town.places.map((p) => [p.name, p.rank, p.facilityId])).toEqual([
      ['城关一村卫生室', 1, ids.V1],
      ['城关镇卫生院', 1, ids.T1],
      ['城关二村卫生室', 3, ids.V2],
      ['城关三村卫生室', 4, ids.V3],
    ]);
    core.close();
  });

  it('filters by facility level and by date', async () => {
    const { core, handlers } = await openReviewFixture(tempDir());
    const villages = await call(handlers, 'reviewSummary', { path: [], level: 'village_clinic', asOf: AS_OF });
    expect(villages.total).toMatchObject(rate(13, 11, 5, 3, 3));
    expect(villages.byLevel.map((l) => l.level)).toEqual(['village_clinic']);
    // No township center is asked for: the townships without one are not blank spots here.
    expect(villages.blankSpots.map((s) => s.kind)).toEqual(['no_qualified_staff', 'no_qualified_staff']);

    // In July V11 passes: 12 of 13 village clinics audited, 9 compliant.
    const july = await call(handlers, 'reviewSummary', { path: [], level: 'village_clinic', asOf: '2024-07-31' });
    expect(july.total).toMatchObject(rate(13, 12, 6, 3, 3));
    expect(july.trend.at(-1)).toEqual({ month: '2024-07', audited: 1, compliant: 1, rate: 1 });

    // On 30 April: only V9 (basic, 20 April) is current among them; V10's December audit failed.
    const april = await call(handlers, 'reviewSummary', { path: [], asOf: '2024-04-30' });
    expect(april.total).toMatchObject({ ...rate(19, 2, 0, 1, 1), openFindings: 2 });
    expect(april.findings).toMatchObject({ open: 2, closed: 1 });
    core.close();
  });
});
