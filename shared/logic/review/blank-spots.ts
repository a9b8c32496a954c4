import type { FacilityLevel } from '../../domain/common';
import type { BlankSpot } from '../../ipc/contracts/review';
import { comparePaths, type CurrentResult, type FacilityRow, type StandardInfo } from './review-rows';

const placeOf = (f: FacilityRow): string[] => f.path.filter((p): p is string => p !== null);

/** The blocking staff-roster criterion a facility's current audit fails, if any. */
function failedStaffing(result: CurrentResult, standards: ReadonlyMap<string, StandardInfo>): string | undefined {
  const info = standards.get(result.standardKey);
  if (!info) return undefined;
  return result.blockingFailures.find((id) => {
    const index = info.index.get(id);
    return index !== undefined && info.criteria[index]?.staffRoster === true;
  });
}

/**
 * 空白点. `no_qualified_staff`: a facility whose current audit fails a blocking criterion that
 * counts qualified staff. `no_facility`: a township with facilities on record (village clinics...)
 * but no township health center registered — only asked when the scope includes that level.
 * `facilities` is every facility in the scope's place, whatever level was chosen.
 */
export function blankSpots(
  facilities: readonly FacilityRow[],
  current: ReadonlyMap<string, CurrentResult>,
  standards: ReadonlyMap<string, StandardInfo>,
  level?: FacilityLevel,
): BlankSpot[] {
  const spots: BlankSpot[] = [];
  for (const f of facilities) {
    if (level !== undefined && f.level !== level) continue;
    const result = current.get(f.id);
    const criterionId = result && failedStaffing(result, standards);
    if (criterionId === undefined) continue;
    spots.push({
      kind: 'no_qualified_staff',
      path: placeOf(f),
      level: f.level,
      facilityId: f.id,
      facilityName: f.name,
      criterionId,
    });
  }
  if (level === undefined || level === 'township_health_center') {
    const townships = new Map<string, { path: string[]; hasCenter: boolean }>();
    for (const f of facilities) {
      const [province, prefecture, county, township] = f.path;
      if (township === null) continue;
      const path = [province, prefecture, county, township];
      const key = path.join('\u0000');
      const entry = townships.get(key) ?? { path, hasCenter: false };
      if (f.level === 'township_health_center') entry.hasCenter = true;
      townships.set(key, entry);
    }
    for (const { path, hasCenter } of townships.values()) {
      if (hasCenter) continue;
      spots.push({
        kind: 'no_facility',
        path,
        level: 'township_health_center',
        facilityId: null,
        facilityName: null,
        criterionId: null,
      });
    }
  }
  return spots.sort(
    (a, b) =>
      comparePaths(a.path, b.path) || comparePaths([a.kind, a.facilityName ?? ''], [b.kind, b.facilityName ?? '']),
  );
}
