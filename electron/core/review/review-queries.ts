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
import {
  DETAIL_SEPARATOR,
  facilityFilter,
  resultsSql,
  scopeFilter,
  SUPERSEDED_SQL,
  UNCACHED_COUNT_SQL,
  UNCACHED_SQL,
  type ScopeFilter,
} from './current-audit';

/** A row of resultsSql, as an array. */
type ResultTuple = [
  auditId: string,
  facilityId: string,
  auditDate: string,
  revision: number,
  completedAt: string | null,
  standardKey: string,
  verdict: Verdict,
  score: number,
  detail: string | null,
];

type FacilityTuple = [
  id: string,
  name: string,
  level: FacilityLevel,
  province: string,
  prefecture: string,
  county: string,
  township: string | null,
  village: string | null,
];

interface FindingSqlRow {
  audit_id: string;
  deadline: string | null;
  closed: number;
  closed_on: string | null;
}

/** A live audit with its cached result, parsed only if it turns out to be current; also a trend row. */
export interface LiveRow extends LiveAudit, TrendAudit {
  result: ResultTuple;
}

/** What a roll-up is computed from; shared between calls, so never changed by its readers. */
export interface Loaded {
  facilities: readonly FacilityRow[];
  current: readonly CurrentResult[];
  findings: readonly FindingRow[];
  trend: readonly TrendAudit[];
}

const KEPT_LOADS = 4;

/** Writes the results of finished audits that have none yet. */
export type CacheResults = (auditIds: readonly string[]) => void;

const NO_GAPS: StoredGaps = { staff: [], equipment: [], drugVarieties: 0 };

/** The lists of a result: none for a clean audit, else parsed from its detail. */
function details(
  detail: string | null,
): Pick<CurrentResult, 'blockingFailures' | 'failedCriteria' | 'unassessed' | 'gaps'> {
  if (detail === null) return { blockingFailures: [], failedCriteria: [], unassessed: [], gaps: NO_GAPS };
  const [blocking = '[]', failed = '[]', unassessed = '[]', gaps = '{}'] = detail.split(DETAIL_SEPARATOR);
  return {
    blockingFailures: JSON.parse(blocking) as string[],
    failedCriteria: JSON.parse(failed) as string[],
    unassessed: JSON.parse(unassessed) as string[],
    gaps: JSON.parse(gaps) as StoredGaps,
  };
}

const FACILITY_COLUMNS = 'id, name, level, province, prefecture, county, township, village';

const toFacilityRow = (r: FacilityTuple): FacilityRow => ({
  id: r[0],
  name: r[1],
  level: r[2],
  path: [r[3], r[4], r[5], r[6], r[7]],
});

/** A facility to sample: with its code (the draw's order) and provincial variant (its standard). */
export type PopulationRow = FacilityRow & { code: string; variant: string | null };

const toLive = (r: ResultTuple): LiveRow => ({
  id: r[0],
  facilityId: r[1],
  auditDate: r[2],
  revision: r[3],
  completedAt: r[4],
  verdict: r[6],
  result: r,
});

const toCurrent = ({ result: r }: LiveRow): CurrentResult => ({
  auditId: r[0],
  facilityId: r[1],
  auditDate: r[2],
  standardKey: r[5],
  verdict: r[6],
  score: r[7],
  ...details(r[8]),
});

/**
 * The compact rows a roll-up is computed from (shared/logic/review/review-rows.ts). Rows are read
 * as arrays and each query reads one table or joins few rows: at 15,000 audits that is what costs.
 */
export function createReviewQueries(db: Db) {
  const prepared = statementCache(db);
  const superseded = db.prepare<{ asOf: string }, string>(SUPERSEDED_SQL).pluck();
  const uncachedCount = db.prepare<[], number>(UNCACHED_COUNT_SQL).pluck();
  const uncached = db.prepare<[], string>(UNCACHED_SQL).pluck();
  const facilityCount = db.prepare<[], number>('SELECT count(*) FROM facility').pluck();
  // Findings are few next to audits: read them all, keep those of live audits in scope.
  const findingRows = db.prepare<[], FindingSqlRow>(
    `SELECT fi.audit_id, fi.deadline, fi.status = 'closed' AS closed, c.audit_date AS closed_on
     FROM finding fi LEFT JOIN audit c ON c.id = fi.closed_by_audit_id`,
  );

  const facilities = (path: readonly string[]): FacilityRow[] => {
    const scope = scopeFilter(path);
    return prepared<FacilityTuple>(`SELECT ${FACILITY_COLUMNS} FROM facility f WHERE ${scope.sql}`)
      .raw()
      .all(scope.params)
      .map(toFacilityRow);
  };

  /** The facilities a sample is drawn from, in the order of their codes. */
  const population = (path: readonly string[], level?: FacilityLevel): PopulationRow[] => {
    const scope = scopeFilter(path);
    return prepared<FacilityTuple & [...FacilityTuple, string, string | null]>(
      `SELECT ${FACILITY_COLUMNS}, code, variant FROM facility f
       WHERE ${scope.sql}${level === undefined ? '' : ' AND f.level = @level'} ORDER BY code`,
    )
      .raw()
      .all({ ...scope.params, ...(level === undefined ? {} : { level }) })
      .map((r) => ({ ...toFacilityRow(r), code: r[8], variant: r[9] }));
  };

  /**
   * The live audits with their results, of the facilities `scope` selects in SQL or, when it is
   * null, of those in `inScope` (a province is most of a database: reading its results whole
   * and keeping them by facility id beats a lookup per row). Finished audits without a result
   * (older databases) are first handed to `cache`: a cheap count tells whether there are any.
   */
  const live = (
    scope: ScopeFilter | null,
    inScope: ReadonlySet<string> | null,
    asOf: string,
    cache: CacheResults,
  ): LiveRow[] => {
    if ((uncachedCount.get() ?? 0) > 0) cache(uncached.all());
    const replaced = new Set(superseded.all({ asOf }));
    const rows = prepared<ResultTuple>(resultsSql(scope))
      .raw()
      .all({ ...scope?.params, asOf });
    const out: LiveRow[] = [];
    for (const r of rows) if (!replaced.has(r[0]) && (inScope === null || inScope.has(r[1]))) out.push(toLive(r));
    return out;
  };

  /** The live audits under `path`, given the facilities there (no filter when they are all there are). */
  const liveUnder = (path: readonly string[], inScope: readonly FacilityRow[], asOf: string, cache: CacheResults) => {
    if (path.length > 1) return live(scopeFilter(path), null, asOf, cache);
    const everyFacility = inScope.length === facilityCount.get();
    return live(null, everyFacility ? null : new Set(inScope.map((f) => f.id)), asOf, cache);
  };

  /** A finding closed without a closing audit (before close-out existed) counts as closed on its own audit's date. */
  const findings = (audits: readonly LiveRow[]): FindingRow[] => {
    const rows = findingRows.all();
    const withFindings = new Set(rows.map((r) => r.audit_id));
    const liveById = new Map(audits.filter((a) => withFindings.has(a.id)).map((a) => [a.id, a]));
    const out: FindingRow[] = [];
    for (const r of rows) {
      const audit = liveById.get(r.audit_id);
      if (!audit) continue;
      out.push({
        facilityId: audit.facilityId,
        auditDate: audit.auditDate,
        deadline: r.deadline,
        closedOn: r.closed === 1 ? (r.closed_on ?? audit.auditDate) : null,
      });
    }
    return out;
  };

  const read = (path: readonly string[], asOf: string, cache: CacheResults): Loaded => {
    const inScope = facilities(path);
    const audits = liveUnder(path, inScope, asOf, cache);
    return {
      facilities: inScope,
      current: [...currentByFacility(audits).values()].map(toCurrent),
      findings: findings(audits),
      trend: audits,
    };
  };
  const stamp = db
    .prepare<[], string>(`SELECT (SELECT data_version FROM pragma_data_version()) || ':' || total_changes()`)
    .pluck();
  const loads = new Map<string, { stamp: string; rows: Loaded }>();

  return {
    population,
    /** The live audits of the facilities under `path`. */
    live: (path: readonly string[], asOf: string, cache: CacheResults): LiveRow[] =>
      liveUnder(path, path.length > 1 ? [] : facilities(path), asOf, cache),
    /** The live audits of one facility. */
    liveOf: (facilityId: string, asOf: string, cache: CacheResults): LiveRow[] =>
      live(facilityFilter(facilityId), null, asOf, cache),

    /**
     * Everything one roll-up reads, in one transaction so the parts agree with each other. The
     * last few loads are kept while the database is unchanged (no commit by another connection:
     * data_version; none by this one: total_changes), so drilling down and back, or switching the
     * level shown, does not read 15,000 rows again.
     */
    load(path: readonly string[], asOf: string, cache: CacheResults): Loaded {
      const key = `${asOf}\u0000${path.join('\u0000')}`;
      const kept = loads.get(key);
      if (kept && kept.stamp === stamp.get()) return kept.rows;
      const rows = db.transaction(() => read(path, asOf, cache)).deferred();
      loads.delete(key);
      loads.set(key, { stamp: stamp.get() ?? '', rows });
      while (loads.size > KEPT_LOADS) loads.delete(loads.keys().next().value ?? key);
      return rows;
    },
  };
}

/** The verdict of each facility's current audit among live rows. */
export function currentVerdicts(rows: readonly LiveRow[]): Map<string, Verdict> {
  return new Map([...currentByFacility(rows)].map(([facilityId, a]) => [facilityId, a.result[6]]));
}

export type ReviewQueries = ReturnType<typeof createReviewQueries>;
