/** Statuses of an audit whose result counts: completed, then signed, then exported. */
export const FINISHED = `('completed', 'signed', 'exported')`;

export interface ScopeFilter {
  /** Conditions on `facility f`, joined with AND; `1` for every facility. */
  sql: string;
  params: Record<string, string>;
}

const PATH_COLUMNS = ['province', 'prefecture', 'county', 'township', 'village'] as const;

/** The facilities under a place given as its path from the province down. */
export function scopeFilter(path: readonly string[]): ScopeFilter {
  const params: Record<string, string> = {};
  const conditions = path.map((name, i) => {
    params[`p${i}`] = name;
    return `f.${PATH_COLUMNS[i] ?? 'village'} = @p${i}`;
  });
  return { sql: conditions.length ? conditions.join(' AND ') : '1', params };
}

/** One facility, for its history. */
export const facilityFilter = (facilityId: string): ScopeFilter => ({
  sql: 'f.id = @facilityId',
  params: { facilityId },
});

/**
 * SQL condition: the audit `alias` was replaced by a later revision — one that names it as its
 * previous_id (a correction made here) or one imported over it (table audit_superseded). With
 * `asOf`, only replacements dated on or before @asOf count: history as it stood that day.
 */
export function isSuperseded(alias: string, asOf: boolean): string {
  const dated = asOf ? 'AND n.audit_date <= @asOf' : '';
  return `(EXISTS (SELECT 1 FROM audit n WHERE n.previous_id = ${alias}.id AND n.status IN ${FINISHED} ${dated})
   OR EXISTS (SELECT 1 FROM audit_superseded s JOIN audit n ON n.id = s.superseded_by
              WHERE s.audit_id = ${alias}.id ${dated}))`;
}

/**
 * Audits replaced by a later finished revision by @asOf: few, so collected once per roll-up
 * rather than looked up audit by audit. (The unary + keeps SQLite on the previous_id index:
 * the status index would visit every finished audit.)
 */
export const SUPERSEDED_SQL = `
SELECT previous_id FROM audit
WHERE previous_id IS NOT NULL AND +status IN ${FINISHED} AND +audit_date <= @asOf
UNION
SELECT s.audit_id FROM audit_superseded s JOIN audit n ON n.id = s.superseded_by WHERE n.audit_date <= @asOf`;

/** Separates the lists inside the `detail` column of resultsSql. */
export const DETAIL_SEPARATOR = '\u001e';

/**
 * The cached results of the finished audits dated on or before @asOf (the database keeps
 * results for finished audits only), of the facilities in `scope` when given. Less those
 * SUPERSEDED_SQL names, these are the live audits; a facility's current audit is its latest
 * live one (currentByFacility in shared/logic/review). Together: the one definition of what
 * the roll-ups count.
 * Rows are read as arrays and a clean audit's lists (nothing failed, nothing unjudged, so no
 * gaps) come as one NULL `detail`: at 15,000 rows each cell read costs.
 */
export function resultsSql(scope: ScopeFilter | null): string {
  const inScope = scope === null ? '' : ` AND r.facility_id IN (SELECT f.id FROM facility f WHERE ${scope.sql})`;
  return `
SELECT r.audit_id, r.facility_id, r.audit_date, r.revision, r.completed_at, r.standard_key, r.verdict, r.score,
       CASE WHEN r.failed_criteria_json = '[]' AND r.unassessed_json = '[]' THEN NULL
            ELSE r.blocking_failures_json || char(30) || r.failed_criteria_json || char(30) || r.unassessed_json
                 || char(30) || r.gaps_json END AS detail
FROM audit_result r WHERE r.audit_date <= @asOf${inScope}`;
}

/** Finished audits without a cached result (written before the cache existed, or by an older version). */
export const UNCACHED_SQL = `
SELECT a.id FROM audit a
WHERE a.status IN ${FINISHED} AND NOT EXISTS (SELECT 1 FROM audit_result r WHERE r.audit_id = a.id)`;

/** Zero when every finished audit has its result: results exist for finished audits only. */
export const UNCACHED_COUNT_SQL = `
SELECT (SELECT count(*) FROM audit WHERE status IN ${FINISHED}) - (SELECT count(*) FROM audit_result)`;
