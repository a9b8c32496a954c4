import type { RankedPlace } from '../../../../shared/ipc/contracts/review';

export const SORT_KEYS = [
  'rank',
  'name',
  'rate',
  'facilities',
  'averageScore',
  'blockingFailures',
  'openFindings',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface PlaceSort {
  key: SortKey;
  direction: SortDirection;
}

/** The core's ranking (纵向评分、横向排名) is the order the table opens in. */
export const DEFAULT_SORT: PlaceSort = { key: 'rank', direction: 'ascending' };

/** Rank and name read best from the top; counts and rates from the largest. */
const FIRST_DIRECTION: Record<SortKey, SortDirection> = {
  rank: 'ascending',
  name: 'ascending',
  rate: 'descending',
  facilities: 'descending',
  averageScore: 'descending',
  blockingFailures: 'descending',
  openFindings: 'descending',
};

/** A header chosen again flips its direction; another header starts in its natural one. */
export function nextSort(current: PlaceSort, key: SortKey): PlaceSort {
  if (current.key !== key) return { key, direction: FIRST_DIRECTION[key] };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

function compareBy(key: SortKey, a: RankedPlace, b: RankedPlace, collator: Intl.Collator): number {
  switch (key) {
    case 'name':
      return collator.compare(a.name, b.name);
    case 'averageScore':
      // Places without a score are set apart before this.
      return (a.averageScore ?? 0) - (b.averageScore ?? 0);
    case 'rank':
    case 'rate':
    case 'facilities':
    case 'blockingFailures':
    case 'openFindings':
      return a[key] - b[key];
  }
}

/**
 * A sorted copy; ties keep the core's ranking, so equal rows never swap places between clicks.
 * Places not yet audited (no average score) stay at the bottom in both directions.
 */
export function sortPlaces(places: readonly RankedPlace[], sort: PlaceSort, locale: string): RankedPlace[] {
  const collator = new Intl.Collator(locale);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return places
    .map((place, index) => ({ place, index }))
    .sort((a, b) => {
      if (sort.key === 'averageScore' && (a.place.averageScore === null) !== (b.place.averageScore === null)) {
        return a.place.averageScore === null ? 1 : -1;
      }
      return sign * compareBy(sort.key, a.place, b.place, collator) || a.index - b.index;
    })
    .map(({ place }) => place);
}
