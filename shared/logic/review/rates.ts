import type { Rate, RollupRow } from '../../ipc/contracts/review';
import type { CurrentResult } from './review-rows';

/** Rates are over every registered facility in scope: a facility never audited is not compliant. */
export function rateOf(facilityCount: number, current: readonly Pick<CurrentResult, 'verdict'>[]): Rate {
  let pass = 0;
  let basic = 0;
  let fail = 0;
  for (const c of current) {
    if (c.verdict === 'pass') pass += 1;
    else if (c.verdict === 'basic') basic += 1;
    else fail += 1;
  }
  const audited = current.length;
  const compliant = pass + basic;
  return {
    facilities: facilityCount,
    audited,
    compliant,
    pass,
    basic,
    fail,
    rate: facilityCount > 0 ? compliant / facilityCount : 0,
    coverage: facilityCount > 0 ? audited / facilityCount : 0,
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** One group of facilities: its rate, mean score, facilities failing a blocking criterion, open findings. */
export function rollupRow(
  facilityCount: number,
  current: readonly Pick<CurrentResult, 'verdict' | 'score' | 'blockingFailures'>[],
  openFindings: number,
): RollupRow {
  const scoreSum = current.reduce((sum, c) => sum + c.score, 0);
  return {
    ...rateOf(facilityCount, current),
    averageScore: current.length > 0 ? round1(scoreSum / current.length) : null,
    blockingFailures: current.filter((c) => c.blockingFailures.length > 0).length,
    openFindings,
  };
}

/**
 * "99.3%": one decimal, as reported in the field. Rounding never claims what is not so: 1,999
 * of 2,000 reads 99.9%, not 100.0%, and 1 of 2,000 reads 0.1%, not 0.0%.
 */
export function percentText(fraction: number): string {
  const tenths = Math.min(Math.max(Math.round(fraction * 1000), fraction > 0 ? 1 : 0), fraction < 1 ? 999 : 1000);
  return `${(tenths / 10).toFixed(1)}%`;
}

/** "893 / 899 (99.3%)": compliant over registered facilities. */
export const rateText = (rate: Pick<Rate, 'compliant' | 'facilities' | 'rate'>): string =>
  `${rate.compliant} / ${rate.facilities} (${percentText(rate.rate)})`;
