import type { AuditSummary } from '../../../../shared/domain/audit';
import type { Facility } from '../../../../shared/domain/facility';

export const PLACE_LEVELS = ['province', 'prefecture', 'county', 'township'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

export interface PlaceNode {
  /** The place's path, encoded: names may contain any character, so they are not joined by one. */
  key: string;
  name: string;
  level: PlaceLevel;
  /** Facilities at this place and every place below it. */
  count: number;
  children: PlaceNode[];
}

export const placeKey = (names: readonly string[]): string => JSON.stringify(names);

export function placeNames(key: string): string[] {
  const parsed: unknown = JSON.parse(key);
  return Array.isArray(parsed) ? parsed.filter((part): part is string => typeof part === 'string') : [];
}

function pathOf(facility: Facility): string[] {
  const { province, prefecture, county, township } = facility.adminPath;
  return township ? [province, prefecture, county, township] : [province, prefecture, county];
}

/**
 * Province > prefecture > county > township, in the order the core lists facilities (by place).
 * Villages are not nodes: a township's node lists its health center and its village clinics.
 */
export function buildHierarchy(facilities: readonly Facility[]): PlaceNode[] {
  const roots: PlaceNode[] = [];
  const byKey = new Map<string, PlaceNode>();
  for (const facility of facilities) {
    let siblings = roots;
    const names: string[] = [];
    pathOf(facility).forEach((name, depth) => {
      names.push(name);
      const key = placeKey(names);
      let node = byKey.get(key);
      if (!node) {
        node = { key, name, level: PLACE_LEVELS[depth] ?? 'township', count: 0, children: [] };
        byKey.set(key, node);
        siblings.push(node);
      }
      node.count += 1;
      siblings = node.children;
    });
  }
  return roots;
}

/** Facilities at the place or below it; all of them when no place is chosen. */
export function facilitiesUnder(facilities: readonly Facility[], key: string | null): readonly Facility[] {
  if (key === null) return facilities;
  const names = placeNames(key);
  return facilities.filter((facility) => {
    const path = pathOf(facility);
    return names.every((name, depth) => path[depth] === name);
  });
}

/** Each facility's most recent audit (by audit date, then last change). */
export function latestAuditByFacility(audits: readonly AuditSummary[]): Map<string, AuditSummary> {
  const latest = new Map<string, AuditSummary>();
  for (const audit of audits) {
    const seen = latest.get(audit.facilityId);
    const newer =
      !seen ||
      audit.auditDate > seen.auditDate ||
      (audit.auditDate === seen.auditDate && audit.updatedAt > seen.updatedAt);
    if (newer) latest.set(audit.facilityId, audit);
  }
  return latest;
}

/** The place a new facility most likely belongs to: the chosen node's names, by level. */
export function placeDefaults(key: string | null): Partial<Record<PlaceLevel, string>> {
  if (key === null) return {};
  const names = placeNames(key);
  return Object.fromEntries(PLACE_LEVELS.flatMap((level, depth) => (names[depth] ? [[level, names[depth]]] : [])));
}
