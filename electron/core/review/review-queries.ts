import type { FacilityLevel } from '../../../shared/domain/common';
import { currentByFacility, type LiveAudit } from '../../../shared/logic/review/current';
import type {
  CurrentResult,
  FacilityRow,
  FindingRow,
  StoredGaps,
  TrendAudit,
} from '../../../shared/logic/review/review-rows';
import type { Verdict } from '../../../shared/logic/score-result';
import { statementCache, type Db } from '../db/sql';
import { FINISHED, liveAuditsSql, scopeFilter, type ScopeFilter } from './current-audit';

interface FacilitySqlRow {
  id: string;
  variant: string | null;
  code: string;
  name: string;
  level: FacilityLevel;
  province: string;
  prefecture: string;
  county: string;
  township: string | null;
  village: string | null;
}

interface LiveSqlRow {
  id: string;
  facility_id: string;
  audit_date: string;
  revision: number;
  completed_at: string | null;
  result_id: string | null;
  standard_key: string;
  verdict: Verdict;
  score: number;
  blocking_failures_json: string;
  failed_criteria_json: string;
  statuses: string;
  gaps_json: string;
}

interface FindingSqlRow {
  audit_id: string;
  deadline: string | null;
  closed_on: string | null;
}

/** Writes the results of finished audits that have none yet. */
export type CacheResults = (auditIds: readonly string[]) => void;

/** A live audit with its cached result; `cached` is false until the result is written. */
export interface LiveRow extends LiveAudit {
  cached: boolean;
  row: LiveSqlRow;
}

const EMPTY_LIST = '[]';
const NO_GAPS: StoredGaps = { staff: [], equipment: [], drugVarieties: 0 };
const NO_GAPS_JSON = JSON.stringify(NO_GAPS);

/** Most current audits pass cleanly: skipping the parse of their empty lists keeps roll-ups fast. */
const parseList = (json: string): string[] => (json === EMPTY_LIST ? [] : (JSON.parse(json) as string[]));
const parseGaps = (json: string): StoredGaps => (json === NO_GAPS_JSON ? NO_GAPS : (JSON.parse(json) as StoredGaps));

/** A facility row with the provincial variant its audits would use (for sampling criteria). */
export type PopulationRow = FacilityRow & { variant: string | null };

const toFacilityRow = (r: FacilitySqlRow): PopulationRow => ({
  id: r.id,
  variant: r.variant,
  code: r.code,
  name: r.name,
  level: r.level,
  path: [r.province, r.prefecture, r.county, r.township, r.village],
});

const toLive = (r: LiveSqlRow): LiveRow => ({
  id: r.id,
  facilityId: r.facility_id,
  auditDate: r.audit_date,
  revision: r.revision,
  completedAt: r.completed_at,
  cached: r.result_id !== null,
  row: r,
});

const toCurrent = ({ row: r }: LiveRow): CurrentResult => ({
  facilityId: r.facility_id,
  auditId: r.id,
  auditDate: r.audit_date,
  standardKey: r.standard_key,
  verdict: r.verdict,
  score: r.score,
  blockingFailures: parseList(r.blocking_failures_json),
  failedCriteria: parseList(r.failed_criteria_json),
  statuses: r.statuses,
  gaps: parseGaps(r.gaps_json),
});

/** The compact rows a roll-up is computed from (see shared/logic/review/review-rows.ts). */
export function createReviewQueries(db: Db) {
  const prepared = statementCache(db);

  const facilities = (path: readonly string[], level?: FacilityLevel): PopulationRow[] => {
    const scope = scopeFilter(path);
    const byLevel = level === undefined ? '' : ' AND f.level = @level';
    // Sorted by code: a sample is drawn over the facilities in this order.
    return prepared<FacilitySqlRow>(
      `SELECT id, code, name, level, province, prefecture, county, township, village, variant
       FROM facility f WHERE ${scope.sql}${byLevel} ORDER BY code`,
    )
      .all({ ...scope.params, ...(level === undefined ? {} : { level }) })
      .map(toFacilityRow);
  };

  const query = (scope: ScopeFilter, asOf: string): LiveRow[] =>
    prepared<LiveSqlRow>(liveAuditsSql(scope))
      .all({ ...scope.params, asOf })
      .map(toLive);

  /**
   * The live audits in scope, each with its cached result: audits finished before the cache
   * existed (older databases) are handed to `cache` and read again, so only those in scope are
   * ever rescored, once.
   */
  const live = (scope: ScopeFilter, asOf: string, cache: CacheResults): LiveRow[] => {
    const rows = query(scope, asOf);
    const missing = rows.filter((a) => !a.cached).map((a) => a.id);
    if (missing.length === 0) return rows;
    cache(missing);
    return query(scope, asOf);
  };

  /** Findings of the given live audits; one closed without a closing audit counts as closed on its own audit's date. */
  const findings = (scope: ScopeFilter, asOf: string, liveById: ReadonlyMap<string, LiveRow>): FindingRow[] => {
    const rows = prepared<FindingSqlRow>(
      `SELECT fi.audit_id, fi.deadline,
              CASE WHEN fi.status = 'closed' THEN coalesce(c.audit_date, a.audit_date) END AS closed_on
       FROM facility f JOIN audit a ON a.facility_id = f.id JOIN finding fi ON fi.audit_id = a.id
            LEFT JOIN audit c ON c.id = fi.closed_by_audit_id
       WHERE a.status IN ${FINISHED} AND a.audit_date <= @asOf AND ${scope.sql}`,
    ).all({ ...scope.params, asOf });
    const out: FindingRow[] = [];
    for (const r of rows) {
      const audit = liveById.get(r.audit_id);
      if (audit)
        out.push({
          facilityId: audit.facilityId,
          auditDate: audit.auditDate,
          deadline: r.deadline,
          closedOn: r.closed_on,
        });
    }
    return out;
  };

  return {
    facilities,
    live,

    /** Everything one roll-up reads, in one transaction so the parts agree with each other. */
    load: (path: readonly string[], asOf: string, cache: CacheResults) =>
      db
        .transaction(() => {
          const scope = scopeFilter(path);
          const audits = live(scope, asOf, cache);
          const trend: TrendAudit[] = audits.map((a) => ({
            facilityId: a.facilityId,
            auditDate: a.auditDate,
            revision: a.revision,
            verdict: a.row.verdict,
          }));
          return {
            facilities: facilities(path),
            current: [...currentByFacility(audits).values()].map(toCurrent),
            findings: findings(scope, asOf, new Map(audits.map((a) => [a.id, a]))),
            trend,
          };
        })
        .deferred(),
  };
}

/** The verdict of each facility's current audit among live rows. */
export function currentVerdicts(rows: readonly LiveRow[]): Map<string, Verdict> {
  return new Map([...currentByFacility(rows)].map(([facilityId, a]) => [facilityId, a.row.verdict]));
}

export type ReviewQueries = ReturnType<typeof createReviewQueries>;
