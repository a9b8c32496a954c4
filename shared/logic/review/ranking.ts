import type { RollupRow } from '../../ipc/contracts/review';
import { compareText } from './review-rows';

export interface Rankable extends Pick<RollupRow, 'compliant' | 'facilities' | 'averageScore'> {
  name: string;
}

/** Rates compared as exact fractions: 2/3 and 4/6 are the same figure. */
function compareRate(a: Rankable, b: Rankable): number {
  return b.compliant * a.facilities - a.compliant * b.facilities;
}

/** Mean scores: higher first; a place with no audit (null) after every audited one. */
function compareScore(a: Rankable, b: Rankable): number {
  if (a.averageScore === b.averageScore) return 0;
  if (a.averageScore === null) return 1;
  if (b.averageScore === null) return -1;
  return b.averageScore - a.averageScore;
}

const sameFigures = (a: Rankable, b: Rankable) => compareRate(a, b) === 0 && compareScore(a, b) === 0;

/**
 * 纵向评分、横向排名: peers ordered by rate, then mean score, then name. Places with equal
 * figures share a rank and the next one skips (1, 1, 3): the name only orders them on the page.
 */
export function rankPlaces<T extends Rankable>(places: readonly T[]): (T & { rank: number })[] {
  const sorted = [...places].sort((a, b) => compareRate(a, b) || compareScore(a, b) || compareText(a.name, b.name));
  const ranked: (T & { rank: number })[] = [];
  sorted.forEach((place, i) => {
    const previous = ranked[i - 1];
    const rank = previous && sameFigures(previous, place) ? previous.rank : i + 1;
    ranked.push({ ...place, rank });
  });
  return ranked;
}
