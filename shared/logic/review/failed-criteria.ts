import type { ReviewSummary } from '../../ipc/contracts/review';
import { compareText, type CurrentResult, type StandardInfo } from './review-rows';

type FailedCriterion = ReviewSummary['topFailedCriteria'][number];

export const TOP_FAILED_CRITERIA = 10;

const ASSESSED = new Set(['p', 'f']);

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
  // Only the listed criteria need their "assessed" count: per standard, where each sits in the letters.
  const lookups = new Map<string, { entry: FailedCriterion; index: number }[]>();
  for (const key of new Set(current.map((c) => c.standardKey))) {
    const info = standards.get(key);
    if (!info) continue;
    lookups.set(
      key,
      top.flatMap((entry) => {
        const index = entry.standardId === info.standardId ? info.index.get(entry.criterionId) : undefined;
        return index === undefined ? [] : [{ entry, index }];
      }),
    );
  }
  for (const result of current) {
    for (const { entry, index } of lookups.get(result.standardKey) ?? []) {
      if (ASSESSED.has(result.statuses.charAt(index))) entry.assessed += 1;
    }
  }
  return top;
}
