import type { ReviewSummary } from '../../ipc/contracts/review';
import { compareText, isCompliant, type TrendAudit } from './review-rows';

type TrendPoint = ReviewSummary['trend'][number];

/**
 * Per month of audit date: the facilities audited that month and how many of them were
 * compliant by their last audit of that month (月推进). Months without audits are left out.
 */
export function monthlyTrend(audits: readonly TrendAudit[]): TrendPoint[] {
  const months = new Map<string, Map<string, TrendAudit>>();
  for (const audit of audits) {
    const month = audit.auditDate.slice(0, 7);
    const facilities = months.get(month) ?? new Map<string, TrendAudit>();
    const last = facilities.get(audit.facilityId);
    if (
      !last ||
      audit.auditDate > last.auditDate ||
      (audit.auditDate === last.auditDate && audit.revision > last.revision)
    ) {
      facilities.set(audit.facilityId, audit);
    }
    months.set(month, facilities);
  }
  return [...months.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([month, facilities]) => {
      const audited = facilities.size;
      const compliant = [...facilities.values()].filter((a) => isCompliant(a.verdict)).length;
      return { month, audited, compliant, rate: audited > 0 ? compliant / audited : 0 };
    });
}
