import { describe, expect, it } from 'vitest';
import type { AuditSummary } from '../../../../shared/domain/audit';
import {
  NO_FILTERS,
  activeFilterCount,
  dateRangeInverted,
  filterAudits,
  matchesFilters,
  progressPercent,
} from './audit-filters';

const audit = (over: Partial<AuditSummary>): AuditSummary => ({
  id: 'a',
  revision: 1,
  facilityId: 'f',
  facilityName: '凉水村卫生室',
  facilityCode: 'VC-1',
  level: 'village_clinic',
  standardKey: 'vc@1',
  kind: 'on_site_inspection',
  announced: true,
  status: 'in_progress',
  auditDate: '2025-07-10',
  verdict: 'fail',
  score: 50,
  complete: false,
  answered: 10,
  applicable: 20,
  createdAt: '2025-07-10T00:00:00Z',
  updatedAt: '2025-07-10T00:00:00Z',
  ...over,
});

const list = [
  audit({ id: 'vc', level: 'village_clinic', kind: 'self_assessment', status: 'draft', auditDate: '2025-01-31' }),
  audit({
    id: 'thc',
    level: 'township_health_center',
    kind: 'on_site_inspection',
    status: 'completed',
    auditDate: '2025-02-01',
  }),
  audit({ id: 'ch', level: 'county_hospital', kind: 'spot_check', status: 'signed', auditDate: '2025-03-15' }),
];
const ids = (audits: readonly AuditSummary[]) => audits.map((a) => a.id);

describe('audit list filters', () => {
  it('keeps everything (the same array) when nothing filters', () => {
    expect(filterAudits(list, NO_FILTERS)).toBe(list);
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
  });

  it('filters by level, kind and status, all at once', () => {
    expect(ids(filterAudits(list, { ...NO_FILTERS, level: 'township_health_center' }))).toEqual(['thc']);
    expect(ids(filterAudits(list, { ...NO_FILTERS, kind: 'spot_check' }))).toEqual(['ch']);
    expect(ids(filterAudits(list, { ...NO_FILTERS, status: 'draft' }))).toEqual(['vc']);
    expect(ids(filterAudits(list, { ...NO_FILTERS, level: 'village_clinic', status: 'signed' }))).toEqual([]);
  });

  it('includes both ends of a date range, and either end may be open', () => {
    expect(ids(filterAudits(list, { ...NO_FILTERS, from: '2025-02-01', to: '2025-03-15' }))).toEqual(['thc', 'ch']);
    expect(ids(filterAudits(list, { ...NO_FILTERS, to: '2025-01-31' }))).toEqual(['vc']);
    expect(ids(filterAudits(list, { ...NO_FILTERS, from: '2025-03-16' }))).toEqual([]);
    expect(activeFilterCount({ ...NO_FILTERS, from: '2025-02-01', kind: 'follow_up' })).toBe(2);
  });

  it('recognises an inverted date range', () => {
    expect(dateRangeInverted({ ...NO_FILTERS, from: '2025-03-01', to: '2025-02-01' })).toBe(true);
    expect(dateRangeInverted({ ...NO_FILTERS, from: '2025-02-01', to: '2025-02-01' })).toBe(false);
    expect(dateRangeInverted({ ...NO_FILTERS, from: '2025-03-01' })).toBe(false);
    expect(matchesFilters(list[0]!, { ...NO_FILTERS, from: '2025-03-01', to: '2025-02-01' })).toBe(false);
  });

  it('shows progress as answered of applicable', () => {
    expect(progressPercent({ answered: 21, applicable: 32 })).toBe(66);
    expect(progressPercent({ answered: 32, applicable: 32 })).toBe(100);
    expect(progressPercent({ answered: 0, applicable: 0 })).toBe(100);
  });
});
