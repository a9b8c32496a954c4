import { AppError } from '../../../shared/errors';
import type { AuditRecord } from '../../../shared/ipc/contracts/audits';
import type { Verification } from '../../../shared/ipc/contracts/verification';
import { countChecks, onSiteChecks } from '../../../shared/logic/onsite-check';
import type { ContractParsedInput, Contracts } from '../../../shared/ipc';
import { inTransaction } from '../db/sql';
import { isoNow, logEvent, type ServiceContext } from '../service-context';
import { requireAudit } from './audit-edit';
import type { AuditService } from './audit-service';
import { copyContent } from './revision-service';

type StartInput = ContractParsedInput<Contracts['startVerification']>;

/** A self-assessment can be verified once its content is final: completed, signed or exported. */
const VERIFIABLE = new Set(['completed', 'signed', 'exported']);

/**
 * On-site verification of a self-assessment: the inspection starts with the self-assessed
 * answers, rosters and evidence, and each answer is then confirmed or corrected on site.
 */
export function createVerificationService(ctx: ServiceContext, audits: AuditService) {
  const basisOf = ctx.db.prepare<[string], { basis_id: string }>('SELECT basis_id FROM audit_basis WHERE audit_id = ?');
  const link = ctx.db.prepare('INSERT INTO audit_basis (audit_id, basis_id) VALUES (?, ?)');

  return {
    basisId(auditId: string): string | null {
      return basisOf.get(auditId)?.basis_id ?? null;
    },

    start(input: StartInput): AuditRecord {
      return inTransaction(ctx.db, () => {
        const basis = requireAudit(ctx, input.basisId);
        if (basis.kind !== 'self_assessment' || !VERIFIABLE.has(basis.status)) {
          throw new AppError('conflict', {
            key: 'error.verification_basis',
            params: { id: basis.id, kind: `@kind.${basis.kind}`, status: `@status.${basis.status}` },
          });
        }
        const audit = audits.create({
          facilityId: basis.facilityId,
          standardKey: basis.standardKey,
          kind: input.kind,
          announced: input.announced,
          team: input.team,
          ...(input.auditDate ? { auditDate: input.auditDate } : {}),
        });
        link.run(audit.id, basis.id);
        const copied = copyContent(ctx, basis.id, audit.id, isoNow(ctx), { findings: false });
        logEvent(ctx, 'audit.verification_started', 'audit', audit.id, { basisId: basis.id, copied });
        return audit;
      });
    },

    /** null when the audit was not started from a self-assessment, or that one is not here. */
    get(auditId: string): Verification | null {
      const audit = requireAudit(ctx, auditId);
      const basisId = basisOf.get(audit.id)?.basis_id;
      const basis = basisId === undefined ? undefined : ctx.repos.audits.get(basisId);
      if (!basis) return null;
      const onSiteScore = audits.score(audit.id);
      const basisScore = audits.score(basis.id);
      const items = onSiteChecks(
        onSiteScore.criteria.map((c) => c.criterionId),
        ctx.repos.answers.listByAudit(basis.id),
        ctx.repos.answers.listByAudit(audit.id),
      );
      return {
        basis: {
          auditId: basis.id,
          auditDate: basis.auditDate,
          verdict: basisScore.verdict,
          score: basisScore.total.score,
        },
        onSite: { verdict: onSiteScore.verdict, score: onSiteScore.total.score },
        items,
        counts: countChecks(items),
      };
    },
  };
}

export type VerificationService = ReturnType<typeof createVerificationService>;
