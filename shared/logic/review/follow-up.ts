import { FINDING_AGE_BUCKETS } from '../../ipc/contracts/review';
import type { ReviewSummary } from '../../ipc/contracts/review';
import type { FindingRow } from './review-rows';

type FindingFollowUp = ReviewSummary['findings'];
type AgeBucket = (typeof FINDING_AGE_BUCKETS)[number];

const DAY_MS = 86_400_000;

/** Whole days from one ISO date to another (calendar days, no time zone involved). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Upper bounds in days of FINDING_AGE_BUCKETS, in the same order; the last is open-ended. */
const BUCKET_LIMITS = [30, 90, 180, Infinity] as const;

export function ageBucket(days: number): AgeBucket {
  const index = BUCKET_LIMITS.findIndex((limit) => days <= limit);
  return FINDING_AGE_BUCKETS[index] ?? '181+';
}

/**
 * A finding is open on `asOf` unless an audit dated on or before `asOf` closed it out (销号):
 * a later audit's closing does not rewrite what an earlier report date showed.
 */
export const isOpenOn = (finding: Pick<FindingRow, 'closedOn'>, asOf: string): boolean =>
  finding.closedOn === null || finding.closedOn > asOf;

/**
 * 动态清零: open findings by age (asOf minus the date of the audit that found them), those past
 * their rectification deadline, and those closed out by a later audit.
 */
export function followUp(findings: readonly FindingRow[], asOf: string): FindingFollowUp {
  const byAge = new Map<AgeBucket, number>(FINDING_AGE_BUCKETS.map((b) => [b, 0]));
  let open = 0;
  let overdue = 0;
  let closed = 0;
  for (const f of findings) {
    if (!isOpenOn(f, asOf)) {
      closed += 1;
      continue;
    }
    open += 1;
    if (f.deadline !== null && f.deadline < asOf) overdue += 1;
    const bucket = ageBucket(daysBetween(f.auditDate, asOf));
    byAge.set(bucket, (byAge.get(bucket) ?? 0) + 1);
  }
  return {
    open,
    overdue,
    byAge: FINDING_AGE_BUCKETS.map((bucket) => ({ bucket, count: byAge.get(bucket) ?? 0 })),
    closed,
  };
}
