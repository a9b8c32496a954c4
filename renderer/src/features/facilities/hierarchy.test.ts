import { describe, expect, it } from 'vitest';
import type { AuditSummary } from '../../../../shared/domain/audit';
import type { Facility } from '../../../../shared/domain/facility';
import {
  buildHierarchy,
  facilitiesUnder,
  latestAuditByFacility,
  placeDefaults,
  placeKey,
  type PlaceNode,
} from './hierarchy';

const facility = (id: string, county: string, township?: string, village?: string): Facility => ({
  id,
  code: id,
  name: id,
  level: village ? 'village_clinic' : township ? 'township_health_center' : 'county_hospital',
  adminPath: {
    province: '云南省',
    prefecture: '西双版纳州',
    county,
    ...(township ? { township } : {}),
    ...(village ? { village } : {}),
  },
  flags: { ivServiceApproved: false, townshipSeat: false, sharedClinic: false, poorCounty: false },
  createdAt: '',
  updatedAt: '',
});

const facilities = [
  facility('hospital', '勐腊县'),
  facility('thc', '勐腊县', '勐仑镇'),
  facility('vc1', '勐腊县', '勐仑镇', '曼纳伞村'),
  facility('vc2', '勐腊县', '勐仑镇', '城子村'),
  facility('odd', '景洪市', 'a/b "镇"'),
];

const shape = (nodes: PlaceNode[]): unknown => nodes.map((n) => [n.name, n.level, n.count, shape(n.children)]);

describe('administrative hierarchy', () => {
  it('nests province > prefecture > county > township and counts every facility below', () => {
    expect(shape(buildHierarchy(facilities))).toEqual([
      [
        '云南省',
        'province',
        5,
        [
          [
            '西双版纳州',
            'prefecture',
            5,
            [
              ['勐腊县', 'county', 4, [['勐仑镇', 'township', 3, []]]],
              ['景洪市', 'county', 1, [['a/b "镇"', 'township', 1, []]]],
            ],
          ],
        ],
      ],
    ]);
  });

  it('lists the facilities at a place and below it; all without a place', () => {
    const ids = (key: string | null) => facilitiesUnder(facilities, key).map((f) => f.id);
    expect(ids(null)).toHaveLength(5);
    expect(ids(placeKey(['云南省', '西双版纳州', '勐腊县']))).toEqual(['hospital', 'thc', 'vc1', 'vc2']);
    expect(ids(placeKey(['云南省', '西双版纳州', '勐腊县', '勐仑镇']))).toEqual(['thc', 'vc1', 'vc2']);
    // Names are compared whole: any character may appear in one.
    expect(ids(placeKey(['云南省', '西双版纳州', '景洪市', 'a/b "镇"']))).toEqual(['odd']);
    expect(ids(placeKey(['云南省', '西双版纳州', '勐']))).toEqual([]);
  });

  it('pre-fills a new facility with the chosen place', () => {
    expect(placeDefaults(placeKey(['云南省', '西双版纳州', '勐腊县']))).toEqual({
      province: '云南省',
      prefecture: '西双版纳州',
      county: '勐腊县',
    });
    expect(placeDefaults(null)).toEqual({});
  });

  it("finds each facility's latest audit by date, then by last change", () => {
    const audit = (id: string, facilityId: string, auditDate: string, updatedAt = '') =>
      ({ id, facilityId, auditDate, updatedAt }) as AuditSummary;
    const latest = latestAuditByFacility([
      audit('old', 'f1', '2025-01-01'),
      audit('new', 'f1', '2025-06-01', 'a'),
      audit('same-day-later', 'f1', '2025-06-01', 'b'),
      audit('only', 'f2', '2024-12-31'),
    ]);
    expect(latest.get('f1')?.id).toBe('same-day-later');
    expect(latest.get('f2')?.id).toBe('only');
    expect(latest.get('f3')).toBeUndefined();
  });
});
