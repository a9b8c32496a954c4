import { describe, expect, it } from 'vitest';
import { ageBucket, daysBetween, followUp, isOpenOn } from './follow-up';

describe('findings follow-up', () => {
  it('counts calendar days, leap years included', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-12-01', '2024-06-30')).toBe(212);
    expect(daysBetween('2024-06-30', '2024-06-30')).toBe(0);
  });

  it('buckets ages at their boundaries', () => {
    expect([0, 30, 31, 90, 91, 180, 181, 5000].map(ageBucket)).toEqual([
      '0-30',
      '0-30',
      '31-90',
      '31-90',
      '91-180',
      '91-180',
      '181+',
      '181+',
    ]);
  });

  it('a finding closed after the reporting date is still open on it', () => {
    expect(isOpenOn({ closedOn: null }, '2024-06-30')).toBe(true);
    expect(isOpenOn({ closedOn: '2024-06-30' }, '2024-06-30')).toBe(false);
    expect(isOpenOn({ closedOn: '2024-07-01' }, '2024-06-30')).toBe(true);
  });

  it('counts open, overdue (deadline before the date) and closed findings', () => {
    const f = (auditDate: string, deadline: string | null, closedOn: string | null = null) => ({
      facilityId: 'x',
      auditDate,
      deadline,
      closedOn,
    });
    expect(
      followUp(
        [
          f('2024-06-01', '2024-06-29'),
          f('2024-06-01', '2024-06-30'),
          // 2 January to 30 June: 180 days, the last day of the 91-180 bucket.
          f('2024-01-02', null),
          f('2024-01-01', '2024-02-01', '2024-03-01'),
          f('2024-01-02', '2024-02-01', '2024-07-01'),
        ],
        '2024-06-30',
      ),
    ).toEqual({
      open: 4,
      overdue: 2,
      byAge: [
        { bucket: '0-30', count: 2 },
        { bucket: '31-90', count: 0 },
        { bucket: '91-180', count: 2 },
        { bucket: '181+', count: 0 },
      ],
      closed: 1,
    });
  });
});
