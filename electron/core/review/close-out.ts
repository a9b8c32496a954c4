import type { Finding } from '../../../shared/ipc/contracts/findings';
import { STATUS_LETTER } from '../../../shared/logic/review/review-rows';
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

const statements = perDb((db: Db) => ({
  audit: db.prepare<[string], { facility_id: string; audit_date: string; statuses: string; standard_key: string }>(
    `SELECT a.facility_id, a.audit_date, r.statuses, r.standard_key
       FROM audit a JOIN audit_result r ON r.audit_id = a.id WHERE a.id = ?`,
  ),
  openFindings: db.prepare<{ facilityId: string; auditId: string; auditDate: string }, OpenFinding>(
    `SELECT fi.id, fi.audit_id, fi.criterion_id, fi.status
       FROM finding fi JOIN audit a ON a.id = fi.audit_id
       WHERE a.facility_id = @facilityId AND a.id <> @auditId AND a.audit_date <= @auditDate
         AND a.status IN ${FINISHED} AND fi.status <> 'closed'
       ORDER BY a.audit_date, fi.created_at, fi.id`,
  ),
  close: db.prepare(
    `UPDATE finding SET status = 'closed', closed_by_audit_id = @auditId, updated_at = @at WHERE id = @id`,
  ),
}));

/**
 * 动态清零 / 销号: when an audit of a facility is finished (completed here, or imported), every
 * finding still open from the facility's earlier finished audits whose criterion this audit
 * shows passing is closed out, naming this audit. Findings of signed audits may change status
 * (the lock triggers freeze only their content). Call inside the transaction that finished the
 * audit, after saveAuditResult. Returns the ids of the findings closed.
 */
export function closeOutFindings(ctx: ServiceContext, auditId: string): string[] {
  const prepared = statements(ctx.db);
  const audit = prepared.audit.get(auditId);
  if (!audit) throw notFound('entity.audit', auditId);
  const info = standardInfoOf(ctx, audit.standard_key);
  const at = isoNow(ctx);
  const closed: string[] = [];
  for (const finding of prepared.openFindings.all({
    facilityId: audit.facility_id,
    auditId,
    auditDate: audit.audit_date,
  })) {
    const index = info.index.get(finding.criterion_id);
    if (index === undefined || audit.statuses.charAt(index) !== STATUS_LETTER.pass) continue;
    prepared.close.run({ id: finding.id, auditId, at });
    logEvent(ctx, 'finding.closed_out', 'audit', finding.audit_id, {
      findingId: finding.id,
      criterionId: finding.criterion_id,
      from: finding.status,
      closedByAuditId: auditId,
    });
    closed.push(finding.id);
  }
  return closed;
}
