import { FacilityLevelSchema, IsoDateSchema, type FacilityLevel } from '../../../../shared/domain/common';
import { REVIEW_LEVELS, type ReviewScope } from '../../../../shared/ipc/contracts/review';

/**
 * The dashboard's scope lives in the URL query (`?p=示范省&p=东山市&level=…&asOf=…`), so back and
 * forward walk the drill-down. One `p` per place: a place name may contain any character.
 */
const PATH = 'p';
const LEVEL = 'level';
const AS_OF = 'asOf';
const MAX_PLACE = 60;

/** Whatever a hand-edited or outdated URL holds, the scope sent to the core is valid. */
export function scopeFromSearch(search: URLSearchParams): ReviewScope {
  const path: string[] = [];
  for (const raw of search.getAll(PATH)) {
    const name = raw.trim();
    if (name === '' || name.length > MAX_PLACE || path.length === REVIEW_LEVELS.length) break;
    path.push(name);
  }
  const level = FacilityLevelSchema.safeParse(search.get(LEVEL));
  const asOf = IsoDateSchema.safeParse(search.get(AS_OF));
  return {
    path,
    ...(level.success ? { level: level.data } : {}),
    ...(asOf.success ? { asOf: asOf.data } : {}),
  };
}

/** The query string of a scope ("" for everything, otherwise starting with "?"). */
export function searchOfScope(scope: ReviewScope): string {
  const search = new URLSearchParams();
  for (const name of scope.path) search.append(PATH, name);
  if (scope.level) search.set(LEVEL, scope.level);
  if (scope.asOf) search.set(AS_OF, scope.asOf);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The same filters one place further down (or up), for drill-down links. */
export function scopeAt(scope: ReviewScope, path: readonly string[]): ReviewScope {
  return { ...scope, path: [...path] };
}

/** The same place with other filters; null removes a filter. */
export function withFilters(
  scope: ReviewScope,
  patch: { level?: FacilityLevel | null; asOf?: string | null },
): ReviewScope {
  const level = patch.level === undefined ? scope.level : patch.level;
  const asOf = patch.asOf === undefined ? scope.asOf : patch.asOf;
  return { path: scope.path, ...(level ? { level } : {}), ...(asOf ? { asOf } : {}) };
}

/** A stable key of a scope: equal scopes, equal keys (the store skips reloading the shown one). */
export function scopeKey(scope: ReviewScope): string {
  return JSON.stringify([scope.path, scope.level ?? null, scope.asOf ?? null]);
}

export interface Crumb {
  /** null: the top, every province. */
  name: string | null;
  path: string[];
}

/** 全部 > 示范省 > 东山市 > 清河县: the top, then every place of the path with its own path. */
export function breadcrumbOf(path: readonly string[]): Crumb[] {
  return [{ name: null, path: [] }, ...path.map((name, index) => ({ name, path: path.slice(0, index + 1) }))];
}
