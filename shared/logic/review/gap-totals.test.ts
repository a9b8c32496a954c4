import { describe, expect, it } from 'vitest';
import { gapTotals } from './gap-totals';
import { compactGaps } from './review-rows';
import { monthlyTrend } from './trend';

const label = (zh: string) => ({ 'zh-CN': zh, 'en-US': zh });

describe('gap totals (填平补齐)', () => {
  it('adds staff by qualification set, counts facilities per item, sums drug varieties', () => {
    const a = compactGaps({
      staff: [{ criterionId: 'S', qualifications: ['village_doctor', 'licensed_physician'], missing: 1 }],
      equipment: [
        { criterionId: 'E1', itemId: 'bp', label: label('血压计') },
        // The same item listed by a second criterion still counts once for the facility.
        { criterionId: 'E2', itemId: 'bp', label: label('血压计') },
      ],
      drugs: [{ criterionId: 'D', missingVarieties: 5 }],
      other: [{ criterionId: 'X' }],
    });
    const b = compactGaps({
      staff: [{ criterionId: 'S', qualifications: ['licensed_physician', 'village_doctor'], missing: 2 }],
      equipment: [{ criterionId: 'E1', itemId: 'ecg', label: label('心电图机') }],
      drugs: [],
      other: [],
    });
    const none = compactGaps({ staff: [], equipment: [], drugs: [], other: [{ criterionId: 'X' }] });
    expect(gapTotals([a, b, none])).toEqual({
      staff: [{ qualifications: ['licensed_physician', 'village_doctor'], missing: 3 }],
      equipment: [
        { itemId: 'bp', label: label('血压计'), facilities: 1 },
        { itemId: 'ecg', label: label('心电图机'), facilities: 1 },
      ],
      drugVarieties: 5,
      facilitiesWithGaps: 2,
    });
  });
});

describe('monthly trend', () => {
  it('counts each facility once a month, by its last audit of that month', () => {
    const audit = (facilityId: string, auditDate: string, verdict: 'pass' | 'basic' | 'fail', revision = 1) => ({
      facilityId,
      auditDate,
      verdict,
      revision,
    });
    expect(
      monthlyTrend([
        audit('a', '2024-05-02', 'fail'),
        audit('a', '2024-05-20', 'basic'),
        audit('b', '2024-05-20', 'pass'),
        audit('b', '2024-05-20', 'fail', 2),
        audit('a', '2024-03-31', 'fail'),
      ]),
    ).toEqual([
      { month: '2024-03', audited: 1, compliant: 0, rate: 0 },
      { month: '2024-05', audited: 2, compliant: 1, rate: 0.5 },
    ]);
  });
});
