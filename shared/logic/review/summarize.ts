import type { RankedPlace, ReviewScope, ReviewSummary } from '../../ipc/contracts/review';
import { FACILITY_LEVELS, type FacilityLevel } from '../../domain/common';
import { blankSpots } from './blank-spots';
import { topFailedCriteria } from './failed-criteria';
import { followUp, isOpenOn } from './follow-up';
import { gapTotals } from './gap-totals';
import { rankPlaces } from './ranking';
import { rateOf, rollupRow } from './rates';
import type { CurrentResult, FacilityRow, FindingRow, StandardInfo, TrendAudit } from './review-rows';
import { monthlyTrend } from './trend';

export interface ReviewInput {
  scope: ReviewScope & { asOf: string };
  /** Every facility registered in the scope's place, whatever its level (blank spots need them all). */
  facilities: readonly FacilityRow[];
  /** The current audit of each facility that has one (see current-audit.ts in the core). */
  current: readonly CurrentResult[];
  findings: readonly FindingRow[];
  trend: readonly TrendAudit[];
  standards: ReadonlyMap<string, StandardInfo>;
}

const CHILD_LEVELS = ['province', 'prefecture', 'county', 'township', 'facility'] as const;
type ChildLevel = ReviewSummary['childLevel'];

/** The level `places` lists: one below the scope's path, facilities below a township. */
export const childLevelOf = (path: readonly string[]): ChildLevel => CHILD_LEVELS[path.length] ?? 'facility';

interface Group {
  name: string;
  facilityId?: string;
  facilities: number;
  current: CurrentResult[];
  openFindings: number;
}

/**
 * The whole roll-up (`review:summary`) from compact rows: totals, rates per facility level, the
 * places one level down ranked among themselves, blank spots, most failed criteria, findings
 * follow-up, gap totals and the monthly trend.
 * Facilities without a township (county hospitals) count in every total but are not listed
 * among townships: they belong to the county itself, not to one of its townships.
 */
export function summarizeReview(input: ReviewInput): ReviewSummary {
  const { scope } = input;
  const level = scope.level;
  // Without a level every row in scope counts: no filtering pass over 15,000 rows.
  const inLevel = level === undefined ? input.facilities : input.facilities.filter((f) => f.level === level);
  const kept = level === undefined ? null : new Set(inLevel.map((f) => f.id));
  const keep = <T extends { facilityId: string }>(rows: readonly T[]): readonly T[] =>
    kept === null ? rows : rows.filter((r) => kept.has(r.facilityId));
  const current = keep(input.current);
  const currentByFacility = new Map(current.map((c) => [c.facilityId, c]));
  const findings = keep(input.findings);
  const openByFacility = new Map<string, number>();
  for (const f of findings) {
    if (isOpenOn(f, scope.asOf)) openByFacility.set(f.facilityId, (openByFacility.get(f.facilityId) ?? 0) + 1);
  }

  const childLevel = childLevelOf(scope.path);
  const depth = scope.path.length;
  const groups = new Map<string, Group>();
  const levels = new Map<FacilityLevel, { facilities: number; current: CurrentResult[] }>();
  for (const f of inLevel) {
    const result = currentByFacility.get(f.id);
    const byLevel = levels.get(f.level) ?? { facilities: 0, current: [] };
    byLevel.facilities += 1;
    if (result) byLevel.current.push(result);
    levels.set(f.level, byLevel);
    // A facility's name may exceed a place name's 60 characters; its id identifies it anyway.
    const name = childLevel === 'facility' ? f.name.slice(0, 60) : f.path[depth];
    if (name === null || name === undefined) continue;
    const key = childLevel === 'facility' ? f.id : name;
    const group = groups.get(key) ?? {
      name,
      ...(childLevel === 'facility' ? { facilityId: f.id } : {}),
      facilities: 0,
      current: [],
      openFindings: 0,
    };
    group.facilities += 1;
    if (result) group.current.push(result);
    group.openFindings += openByFacility.get(f.id) ?? 0;
    groups.set(key, group);
  }
  const places: RankedPlace[] = rankPlaces(
    [...groups.values()].map((g) => ({
      ...rollupRow(g.facilities, g.current, g.openFindings),
      name: g.name,
      path: [...scope.path, g.name],
      ...(g.facilityId === undefined ? {} : { facilityId: g.facilityId }),
    })),
  );

  const totalOpen = [...openByFacility.values()].reduce((sum, n) => sum + n, 0);
  return {
    scope,
    childLevel,
    total: rollupRow(inLevel.length, current, totalOpen),
    byLevel: FACILITY_LEVELS.flatMap((l) => {
      const counted = levels.get(l);
      return counted ? [{ level: l, ...rateOf(counted.facilities, counted.current) }] : [];
    }),
    places,
    blankSpots: blankSpots(input.facilities, currentByFacility, input.standards, level),
    topFailedCriteria: topFailedCriteria(current, input.standards),
    findings: followUp(findings, scope.asOf),
    gaps: gapTotals(current.map((c) => c.gaps)),
    trend: monthlyTrend(keep(input.trend)),
  };
}
