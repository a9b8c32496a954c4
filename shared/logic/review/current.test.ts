import { describe, expect, it } from 'vitest';
import { currentByFacility } from './current';

const audit = (id: string, facilityId: string, auditDate: string, revision = 1, completedAt: string | null = null) => ({
  id,
  facilityId,
  auditDate,
  revision,
  completedAt,
});

describe('current audit of a facility', () => {
  it('is the latest by audit date, then revision, then completion time, whatever the order given', () => {
    const audits = [
      audit('a1', 'A', '2024-05-01'),
      audit('a2', 'A', '2024-06-01'),
      audit('a3', 'A', '2024-03-01', 5),
      audit('b1', 'B', '2024-06-01', 1),
      audit('b2', 'B', '2024-06-01', 2),
      audit('c1', 'C', '2024-06-01', 1, '2024-06-01T10:00:00Z'),
      audit('c2', 'C', '2024-06-01', 1, '2024-06-01T09:00:00Z'),
    ];
    const expected = { A: 'a2', B: 'b2', C: 'c1' };
    for (const order of [audits, [...audits].reverse()]) {
      const current = currentByFacility(order);
      expect(Object.fromEntries([...current].map(([facility, a]) => [facility, a.id]))).toEqual(expected);
    }
  });
});
