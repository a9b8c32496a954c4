import type { AuditRecord } from '../../../shared/ipc/contracts/audits';
import { AppError } from '../../../shared/errors';
import { assertTransition, isLockedStatus } from '../../../shared/logic/audit-state';
import { isoNow, logEvent, notFound, type ServiceContext } from '../service-context';

export function requireAudit(ctx: ServiceContext, id: string): AuditRecord {
  const audit = ctx.repos.audits.get(id);
  if (!audit) throw notFound('entity.audit', id);
  return audit;
}

/**
 * An audit whose content may change. Signed audits are refused here with a clear message; the
 * database triggers refuse them again whatever path a write takes.
 */
export function editableAudit(ctx: ServiceContext, id: string): AuditRecord {
  const audit = requireAudit(ctx, id);
  if (isLockedStatus(audit.status)) {
    throw new AppError('locked', { key: 'error.locked', params: { id } }, { auditId: id });
  }
  return audit;
}

/**
 * Call inside the write's transaction. A first edit starts the audit (draft -> in_progress);
 * an edit after completion reopens it, because completeness was certified for other content.
 */
export function markEdited(ctx: ServiceContext, audit: AuditRecord): AuditRecord {
  const at = isoNow(ctx);
  if (audit.status === 'draft' || audit.status === 'completed') {
    assertTransition(audit.status, 'in_progress');
    ctx.repos.audits.setStatus(audit.id, 'in_progress', at, null);
    logEvent(ctx, 'audit.status_changed', 'audit', audit.id, { from: audit.status, to: 'in_progress' });
    return { ...audit, status: 'in_progress', updatedAt: at, completedAt: null };
  }
  ctx.repos.audits.touch(audit.id, at);
  return { ...audit, updatedAt: at };
}
