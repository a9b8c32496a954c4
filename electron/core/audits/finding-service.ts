import { randomUUID } from 'node:crypto';
import type { FindingInput } from '../../../shared/domain/audit';
import { AppError } from '../../../shared/errors';
import type { Contracts, ContractParsedInput } from '../../../shared/ipc';
import type { Finding } from '../../../shared/ipc/contracts/findings';
import { findCriterion } from '../../../shared/logic/answer-check';
import { isLockedStatus } from '../../../shared/logic/audit-state';
import { editFindingContent, newFinding } from '../../../shared/logic/finding-record';
import { inTransaction } from '../db/sql';
import { isoNow, logEvent, notFound, type ServiceContext } from '../service-context';
import type { StandardRegistry } from '../standards/standard-registry';
import { editableAudit, requireAudit } from './audit-edit';

type Input<K extends keyof Contracts> = ContractParsedInput<Contracts[K]>;
type FindingStatus = Finding['status'];

/**
 * Rectification (整改) moves a finding to verified; a failed re-check sends it back to
 * rectifying. Only a later finished audit showing the criterion passing closes it out (销号,
 * review/close-out.ts), never a manual edit. A closed finding stays closed: a new problem is a
 * new finding.
 */
const FINDING_FLOW: Record<FindingStatus, readonly FindingStatus[]> = {
  open: ['rectifying', 'verified'],
  rectifying: ['verified'],
  verified: ['rectifying'],
  closed: [],
};

/** Fields that are part of the signed record; the follow-up status is not. */
const CONTENT_FIELDS = ['description', 'correctiveAction', 'responsible', 'deadline'] as const;

export function createFindingService(ctx: ServiceContext, registry: StandardRegistry) {
  const { repos } = ctx;

  const requireFinding = (id: string): Finding => {
    const finding = repos.findings.get(id);
    if (!finding) throw notFound('entity.finding', id);
    return finding;
  };

  return {
    create(input: FindingInput & { auditId: string }): Finding {
      return inTransaction(ctx.db, () => {
        const audit = editableAudit(ctx, input.auditId);
        const standard = registry.standard(audit.standardKey);
        if (!findCriterion(standard, input.criterionId)) {
          throw new AppError('not_found', {
            key: 'error.unknown_criterion',
            params: { standard: standard.id, criterion: input.criterionId },
          });
        }
        const at = isoNow(ctx);
        const finding = newFinding(input, { id: randomUUID(), auditId: audit.id, at });
        repos.findings.insert(finding);
        repos.audits.touch(audit.id, at);
        logEvent(ctx, 'finding.created', 'audit', audit.id, finding);
        return finding;
      });
    },

    /** Content changes need an editable audit; the rectification status moves on after signing too. */
    update(input: Input<'updateFinding'>): Finding {
      return inTransaction(ctx.db, () => {
        const current = requireFinding(input.id);
        const audit = requireAudit(ctx, current.auditId);
        const editsContent = CONTENT_FIELDS.some((f) => input[f] !== undefined && input[f] !== current[f]);
        if (editsContent && isLockedStatus(audit.status)) editableAudit(ctx, audit.id);
        if (input.status === 'closed' && current.status !== 'closed') {
          throw new AppError('validation', { key: 'review.error.close_needs_audit', params: { id: current.id } });
        }
        if (
          input.status !== undefined &&
          input.status !== current.status &&
          !FINDING_FLOW[current.status].includes(input.status)
        ) {
          throw new AppError('validation', {
            key: 'error.finding_transition',
            params: { from: `@finding_status.${current.status}`, to: `@finding_status.${input.status}` },
          });
        }
        const next: Finding = {
          ...editFindingContent(current, input),
          status: input.status ?? current.status,
          updatedAt: isoNow(ctx),
        };
        repos.findings.update(next);
        logEvent(ctx, 'finding.updated', 'audit', audit.id, next);
        return next;
      });
    },

    remove(id: string): { removed: boolean } {
      return inTransaction(ctx.db, () => {
        const finding = repos.findings.get(id);
        if (!finding) return { removed: false };
        const audit = editableAudit(ctx, finding.auditId);
        const removed = repos.findings.remove(audit.id, id);
        if (removed) {
          repos.audits.touch(audit.id, isoNow(ctx));
          logEvent(ctx, 'finding.removed', 'audit', audit.id, { id });
        }
        return { removed };
      });
    },
  };
}

export type FindingService = ReturnType<typeof createFindingService>;
