import type { ReviewSummary } from '../../ipc/contracts/review';
import { compareText, type StoredGaps } from './review-rows';

type GapTotals = ReviewSummary['gaps'];

/**
 * 填平补齐: what to recruit and buy across the facilities in scope. Staff shortfalls add up per
 * set of qualifications; an equipment item counts the facilities lacking it; drug varieties add
 * up. A facility "has gaps" when it lacks staff, equipment or drugs (not for other failures).
 */
export function gapTotals(gaps: readonly StoredGaps[]): GapTotals {
  const staff = new Map<string, { qualifications: string[]; missing: number }>();
  const equipment = new Map<string, GapTotals['equipment'][number]>();
  let drugVarieties = 0;
  let facilitiesWithGaps = 0;
  for (const g of gaps) {
    if (g.staff.length > 0 || g.equipment.length > 0 || g.drugVarieties > 0) facilitiesWithGaps += 1;
    for (const s of g.staff) {
      const key = s.qualifications.join('|');
      const entry = staff.get(key) ?? { qualifications: s.qualifications, missing: 0 };
      entry.missing += s.missing;
      staff.set(key, entry);
    }
    for (const e of g.equipment) {
      const entry = equipment.get(e.itemId) ?? { itemId: e.itemId, label: e.label, facilities: 0 };
      entry.facilities += 1;
      equipment.set(e.itemId, entry);
    }
    drugVarieties += g.drugVarieties;
  }
  return {
    staff: [...staff.values()].sort(
      (a, b) => b.missing - a.missing || compareText(a.qualifications.join(), b.qualifications.join()),
    ),
    equipment: [...equipment.values()].sort((a, b) => b.facilities - a.facilities || compareText(a.itemId, b.itemId)),
    drugVarieties,
    facilitiesWithGaps,
  };
}
