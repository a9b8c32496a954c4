import type { Finding } from '../../../../shared/ipc/contracts/findings';
import { guardLocked, type Db } from '../sql';

interface FindingRow {
  id: string;
  audit_id: string;
  criterion_id: string;
  description: string;
  corrective_action: string | null;
  responsible: string | null;
  deadline: string | null;
  status: Finding['status'];
  closed_by_audit_id: string | null;
  created_at: string;
  updated_at: string;
}

const toFinding = (r: FindingRow): Finding => ({
  id: r.id,
  auditId: r.audit_id,
  criterionId: r.criterion_id,
  description: r.description,
  correctiveAction: r.corrective_action,
  responsible: r.responsible,
  deadline: r.deadline,
  status: r.status,
  closedByAuditId: r.closed_by_audit_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function createFindingsRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO finding (id, audit_id, criterion_id, description, corrective_action, responsible, deadline,
                          status, closed_by_audit_id, created_at, updated_at)
     VALUES (@id, @auditId, @criterionId, @description, @correctiveAction, @responsible, @deadline,
             @status, @closedByAuditId, @createdAt, @updatedAt)`,
  );
  const update = db.prepare(
    `UPDATE finding SET criterion_id = @criterionId, description = @description, corrective_action = @correctiveAction,
       responsible = @responsible, deadline = @deadline, status = @status, closed_by_audit_id = @closedByAuditId,
       updated_at = @updatedAt
     WHERE id = @id AND audit_id = @auditId`,
  );
  const remove = db.prepare('DELETE FROM finding WHERE id = ? AND audit_id = ?');
  const byId = db.prepare<[string], FindingRow>('SELECT * FROM finding WHERE id = ?');
  const byAudit = db.prepare<[string], FindingRow>(
    'SELECT * FROM finding WHERE audit_id = ? ORDER BY created_at, rowid',
  );

  return {
    insert(finding: Finding): void {
      guardLocked(finding.auditId, () => insert.run(finding));
    },
    update(finding: Finding): boolean {
      return guardLocked(finding.auditId, () => update.run(finding).changes > 0);
    },
    remove(auditId: string, id: string): boolean {
      return guardLocked(auditId, () => remove.run(id, auditId).changes > 0);
    },
    get(id: string): Finding | undefined {
      const row = byId.get(id);
      return row && toFinding(row);
    },
    listByAudit(auditId: string): Finding[] {
      return byAudit.all(auditId).map(toFinding);
    },
  };
}

export type FindingsRepository = ReturnType<typeof createFindingsRepository>;
