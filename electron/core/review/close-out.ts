import type { Finding } from '../../../shared/ipc/contracts/findings';
import type { Db } from '../db/sql';
import { isoNow, logEvent, notFound, type ServiceContext } from '../service-context';
import { FINISHED } from './current-audit';
import { perDb } from './per-db';
import { standardInfoOf } from './standard-infos';

interface OpenFinding {
  id: string;
  audit_id: string;
  criterion_id: string;
  status: Finding['status'];
}

/** A finished audit with what its cached result says about its criteria. */
interface ResultRow {
  audit_id: string;
  facility_id: string;
  audit_date: string;
  failed_criteria_json: string;
  unassessed_json: string;
  standard_key: string;
}

const RESULT_COLUMNS =
  'r.audit_id, r.facility_id, r.audit_date, r.failed_criteria_json, r.unassessed_json, r.standard_key';

const statements = perDb((db: Db) => ({
  result: db.prepare<[string], ResultRow>(`SELECT ${RESULT_COLUMNS} FROM audit_result r WHERE r.audit_id = ?`),
  /** Open findings of the facility's other finished audits dated on or before this one. */
  earlierFindings: db.prepare<{ facilityId: string; auditId: string; auditDate: string }, OpenFinding>(
    `SELECT fi.id, fi.audit_id, fi.criterion_id, fi.status
     FROM finding fi JOIN audit a ON a.id = fi.audit_id
     WHERE a.facility_id = @facilityId AND a.id <> @auditId AND a.audit_date <= @auditDate
       AND a.status IN ${FINISHED} AND fi.status <> 'closed'
     ORDER BY a.audit_date, fi.created_at, fi.id`,
  ),
  ownFindings: db.prepare<[string], OpenFinding>(
    `SELECT id, audit_id, criterion_id, status FROM finding WHERE audit_id = ? AND status <> 'closed'
     ORDER BY created_at, id`,
  ),
  /** The facility's finished audits dated after this one, oldest first. */
  laterResults: db.prepare<{ facilityId: string; auditDate: string }, ResultRow>(
    `SELECT ${RESULT_COLUMNS} FROM audit_result r
     WHERE r.facility_id = @facilityId AND r.audit_date > @auditDate ORDER BY r.audit_date, r.revision, r.completed_at`,
  ),
  close: db.prepare(
    `UPDATE finding SET status = 'closed', closed_by_audit_id = @auditId, updated_at = @at WHERE id = @id`,
  ),
}));

/** Whether an audit's result shows a criterion passing: one of its standard, judged, not failed. */
function passing(ctx: ServiceContext, result: ResultRow): (criterionId: string) => boolean {
  const info = standardInfoOf(ctx, result.standard_key);
  const notPassing = new Set([
    ...(JSON.parse(result.failed_criteria_json) as string[]),
    ...(JSON.parse(result.unassessed_json) as string[]),
  ]);
  return (criterionId) => info.index.has(criterionId) && !notPassing.has(criterionId);
}

/**
 * 动态清零 / 销号: a finding closes when a later finished audit of its facility shows its
 * criterion passing, naming that audit. Called when an audit is finished (completed here, or
 * imported), in that transaction and after saveAuditResult, it closes
 * - the open findings of the facility's earlier finished audits that this audit shows passing;
 * - this audit's own findings that an audit dated after it already shows passing (audit files
 *   may be imported in any order).
 * Findings of signed audits may change status: the lock triggers freeze only their content.
 * Returns the ids of the findings closed.
 */
export function closeOutFindings(ctx: ServiceContext, auditId: string): string[] {
  const prepared = statements(ctx.db);
  const audit = prepared.result.get(auditId);
  if (!audit) throw notFound('entity.audit', auditId);
  const at = isoNow(ctx);
  const closed: string[] = [];
  const close = (finding: OpenFinding, by: string) => {
    prepared.close.run({ id: finding.id, auditId: by, at });
    logEvent(ctx, 'finding.closed_out', 'audit', finding.audit_id, {
      findingId: finding.id,
      criterionId: finding.criterion_id,
      from: finding.status,
      closedByAuditId: by,
    });
    closed.push(finding.id);
  };

  const passesHere = passing(ctx, audit);
  const scope = { facilityId: audit.facility_id, auditDate: audit.audit_date };
  for (const finding of prepared.earlierFindings.all({ ...scope, auditId })) {
    if (passesHere(finding.criterion_id)) close(finding, auditId);
  }
  const own = prepared.ownFindings.all(auditId);
  if (own.length > 0) {
    const later = prepared.laterResults.all(scope).map((r) => ({ id: r.audit_id, passes: passing(ctx, r) }));
    for (const finding of own) {
      const closer = later.find((r) => r.passes(finding.criterion_id));
      if (closer) close(finding, closer.id);
    }
  }
  return closed;
}
