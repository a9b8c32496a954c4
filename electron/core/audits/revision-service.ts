import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { AuditRecord } from '../../../shared/ipc/contracts/audits';
import { isLockedStatus } from '../../../shared/logic/audit-state';
import { inTransaction } from '../db/sql';
import { isoNow, logEvent, type ServiceContext } from '../service-context';
import { requireAudit } from './audit-edit';

/**
 * Corrections after signing (DESIGN §1.6). The `audit` table keys rows by `id`, so a revision is
 * a new row with its own uuid, `revision = previous + 1` and `previous_id` pointing back; the
 * chain of previous ids is the audit's history, and (id, revision) names each file exported.
 * The signed revision stays untouched and locked; the new one starts in progress with a copy of
 * its answers, rosters, findings and evidence links (the evidence bytes are shared by hash).
 */
export function createRevisionService(ctx: ServiceContext) {
  const { repos } = ctx;
  const successor = ctx.db.prepare<[string], { id: string }>('SELECT id FROM audit WHERE previous_id = ? LIMIT 1');

  return {
    startRevision(auditId: string): AuditRecord {
      return inTransaction(ctx.db, () => {
        const previous = requireAudit(ctx, auditId);
        if (!isLockedStatus(previous.status)) {
          throw new AppError('conflict', {
            key: 'error.revision_unsigned',
            params: { id: previous.id, status: `@status.${previous.status}` },
          });
        }
        // One line of history: a second correction of the same revision would fork it.
        const next = successor.get(previous.id);
        if (next) {
          throw new AppError(
            'conflict',
            { key: 'error.revision_exists', params: { id: previous.id, next: next.id } },
            { next: next.id },
          );
        }
        const at = isoNow(ctx);
        const audit: AuditRecord = {
          ...previous,
          id: randomUUID(),
          revision: previous.revision + 1,
          previousId: previous.id,
          status: 'in_progress',
          createdAt: at,
          updatedAt: at,
          completedAt: null,
        };
        repos.audits.insert(audit);
        const copied = copyContent(ctx, previous.id, audit.id, at, { findings: true });
        copyBasis(ctx, previous.id, audit.id);
        logEvent(ctx, 'audit.revision_started', 'audit', audit.id, {
          previousId: previous.id,
          revision: audit.revision,
          copied,
        });
        return audit;
      });
    },
  };
}

/** A correction of an on-site inspection still verifies the same self-assessment. */
function copyBasis(ctx: ServiceContext, fromId: string, toId: string) {
  ctx.db
    .prepare('INSERT INTO audit_basis (audit_id, basis_id) SELECT ?, basis_id FROM audit_basis WHERE audit_id = ?')
    .run(toId, fromId);
}

/**
 * Answers keep who gave them and when; rows get new ids (ids are unique across audits).
 * Findings are copied into a revision (they are part of what it corrects) but not into an
 * inspection started from a self-assessment: the inspectors record their own.
 */
export function copyContent(
  ctx: ServiceContext,
  fromId: string,
  toId: string,
  at: string,
  opts: { findings: boolean },
) {
  const { repos } = ctx;
  const answers = repos.answers.listByAudit(fromId);
  for (const answer of answers) repos.answers.upsert(toId, answer);

  const rosters = repos.rosters.list(fromId);
  for (const row of rosters.staff) repos.rosters.saveStaff(toId, { ...row, id: randomUUID() }, at);
  for (const row of rosters.equipment) repos.rosters.saveEquipment(toId, { ...row, id: randomUUID() }, at);
  for (const row of rosters.drugs) repos.rosters.saveDrug(toId, { ...row, id: randomUUID() }, at);

  const findingIds = new Map<string, string>();
  const findings = opts.findings ? repos.findings.listByAudit(fromId) : [];
  for (const finding of findings) {
    const id = randomUUID();
    findingIds.set(finding.id, id);
    repos.findings.insert({ ...finding, id, auditId: toId, createdAt: at, updatedAt: at });
  }

  const evidence = repos.evidence.listByAudit(fromId);
  for (const record of evidence) {
    repos.evidence.insert({
      ...record,
      id: randomUUID(),
      auditId: toId,
      findingId: record.findingId === null ? null : (findingIds.get(record.findingId) ?? null),
      createdAt: at,
    });
  }
  return {
    answers: answers.length,
    staff: rosters.staff.length,
    equipment: rosters.equipment.length,
    drugs: rosters.drugs.length,
    findings: findings.length,
    evidence: evidence.length,
  };
}

export type RevisionService = ReturnType<typeof createRevisionService>;
