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
 * The live audits of the facilities in scope: finished, dated on or before @asOf, and not
 * superseded by then. With each its cached result (NULL columns when not cached yet). The
 * current audit of a facility is its latest live audit (currentByFacility in shared/logic/review):
 * together they are the one definition of what the roll-ups count.
 * The superseded audits are few: collected once, not looked up audit by audit (15,000 times).
 */
export function liveAuditsSql(scope: ScopeFilter): string {
  return `
WITH superseded AS (
  SELECT previous_id AS id FROM audit n
  WHERE previous_id IS NOT NULL AND status IN ${FINISHED} AND audit_date <= @asOf
  UNION
  SELECT s.audit_id FROM audit_superseded s JOIN audit n ON n.id = s.superseded_by WHERE n.audit_date <= @asOf)
SELECT a.id, a.facility_id, a.audit_date, a.revision, a.completed_at,
       r.audit_id AS result_id, r.standard_key, r.verdict, r.score, r.blocking_failures_json,
       r.failed_criteria_json, r.statuses, r.gaps_json
FROM audit a JOIN facility f ON f.id = a.facility_id LEFT JOIN audit_result r ON r.audit_id = a.id
WHERE a.status IN ${FINISHED} AND a.audit_date <= @asOf AND ${scope.sql} AND a.id NOT IN superseded`;
}
