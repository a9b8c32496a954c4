import type { ReviewSummary } from '../../ipc/contracts/review';
import { compareText, type CurrentResult, type StandardInfo } from './review-rows';

type FailedCriterion = ReviewSummary['topFailedCriteria'][number];

export const TOP_FAILED_CRITERIA = 10;

/**
 * The criteria most often failed by the current audits, counted per standard (variants of one
 * standard share their criteria). `assessed` counts the audits that judged the criterion at all,
 * read from the stored status letters, so a rare criterion's 3 of 4 shows as such.
 * Order: most failures, blocking first among equals, then criterion id.
 */
export function topFailedCriteria(
  current: readonly CurrentResult[],
  standards: ReadonlyMap<string, StandardInfo>,
  limit = TOP_FAILED_CRITERIA,
): FailedCriterion[] {
  const failed = new Map<string, FailedCriterion>();
  for (const result of current) {
    const info = standards.get(result.standardKey);
    if (!info) continue;
    for (const criterionId of result.failedCriteria) {
      const key = `${info.standardId}\u0000${criterionId}`;
      let entry = failed.get(key);
      if (!entry) {
        const criterion = info.criteria[info.index.get(criterionId) ?? -1];
        if (!criterion) continue;
        entry = {
          standardId: info.standardId,
          criterionId,
          title: criterion.title,
          blocking: criterion.blocking,
          failed: 0,
          assessed: 0,
        };
        failed.set(key, entry);
      }
      entry.failed += 1;
    }
  }
  const top = [...failed.values()]
    .sort(
      (a, b) =>
        b.failed - a.failed ||
        Number(b.blocking) - Number(a.blocking) ||
        compareText(a.standardId, b.standardId) ||
        compareText(a.criterionId, b.criterionId),
    )
    .slice(0, limit);
  // "assessed": the current audits whose standard has the criterion, less those that did not judge it.
  const auditsByKey = new Map<string, number>();
  for (const result of current) auditsByKey.set(result.standardKey, (auditsByKey.get(result.standardKey) ?? 0) + 1);
  for (const [key, count] of auditsByKey) {
    const info = standards.get(key);
    for (const entry of top) {
      if (entry.standardId === info?.standardId && info.index.has(entry.criterionId)) entry.assessed += count;
    }
  }
  const listed = new Map(top.map((e) => [`${e.standardId}\u0000${e.criterionId}`, e]));
  for (const result of current) {
    const standardId = standards.get(result.standardKey)?.standardId;
    for (const criterionId of result.unassessed) {
      const entry = listed.get(`${standardId}\u0000${criterionId}`);
      if (entry) entry.assessed -= 1;
    }
  }
  return top;
}
