import { describe, expect, it } from 'vitest';
import { blankSpots } from './blank-spots';
import { topFailedCriteria } from './failed-criteria';
import type { CurrentResult, FacilityRow, StandardInfo } from './review-rows';

const title = { 'zh-CN': '指标', 'en-US': 'Criterion' };
const info = (standardId: string, ids: string[], staff: string[] = []): StandardInfo => ({
  standardId,
  criteria: ids.map((id) => ({ id, title, blocking: staff.includes(id), staffRoster: staff.includes(id) })),
  index: new Map(ids.map((id, i) => [id, i])),
});
const standards = new Map([
  ['vc@1', info('vc', ['DOC', 'ROOMS', 'SIGN'], ['DOC'])],
  ['vc@1+yn', info('vc', ['DOC', 'ROOMS', 'SIGN'], ['DOC'])],
  ['thc@1', info('thc', ['SIGN'])],
]);
const result = (
  facilityId: string,
  standardKey: string,
  failed: string[],
  unassessed: string[] = [],
): CurrentResult => ({
  facilityId,
  auditId: `a-${facilityId}`,
  auditDate: '2024-06-01',
  standardKey,
  verdict: failed.length ? 'fail' : 'pass',
  score: 80,
  blockingFailures: failed.filter((id) => id === 'DOC'),
  failedCriteria: failed,
  unassessed,
  gaps: { staff: [], equipment: [], drugVarieties: 0 },
});
const facility = (id: string, level: FacilityRow['level'], township: string | null, village: string | null = null) => ({
  id,
  name: `${id}名`,
  level,
  path: ['省', '市', '县', township, village] as const,
});

describe('blank spots (空白点)', () => {
  const facilities: FacilityRow[] = [
    facility('h', 'county_hospital', null),
    facility('t1', 'township_health_center', '甲镇'),
    facility('v1', 'village_clinic', '甲镇', '一村'),
    facility('v2', 'village_clinic', '乙镇', '二村'),
  ];
  const current = new Map([
    ['v1', result('v1', 'vc@1', ['DOC'])],
    ['t1', result('t1', 'thc@1', ['SIGN'])],
  ]);

  it('a facility failing a blocking staff criterion, and a township with facilities but no health center', () => {
    // Code-point order of the place names: 乙 (U+4E59) before 甲 (U+7532).
    expect(blankSpots(facilities, current, standards)).toEqual([
      {
        kind: 'no_facility',
        path: ['省', '市', '县', '乙镇'],
        level: 'township_health_center',
        facilityId: null,
        facilityName: null,
        criterionId: null,
      },
      {
        kind: 'no_qualified_staff',
        path: ['省', '市', '县', '甲镇', '一村'],
        level: 'village_clinic',
        facilityId: 'v1',
        facilityName: 'v1名',
        criterionId: 'DOC',
      },
    ]);
  });

  it('asks for missing health centers only when that level is in scope', () => {
    expect(blankSpots(facilities, current, standards, 'village_clinic').map((s) => s.kind)).toEqual([
      'no_qualified_staff',
    ]);
    expect(blankSpots(facilities, current, standards, 'township_health_center').map((s) => s.kind)).toEqual([
      'no_facility',
    ]);
  });
});

describe('most failed criteria', () => {
  it('counts per standard across its variants; "assessed" leaves out audits that did not judge it', () => {
    const top = topFailedCriteria(
      [
        result('a', 'vc@1', ['ROOMS', 'SIGN']),
        result('b', 'vc@1+yn', ['ROOMS'], ['SIGN']),
        result('c', 'vc@1', ['DOC']),
        result('d', 'thc@1', ['SIGN']),
      ],
      standards,
    );
    expect(top.map((c) => [c.standardId, c.criterionId, c.blocking, c.failed, c.assessed])).toEqual([
      ['vc', 'ROOMS', false, 2, 3],
      ['vc', 'DOC', true, 1, 3],
      ['thc', 'SIGN', false, 1, 1],
      ['vc', 'SIGN', false, 1, 2],
    ]);
  });
});
