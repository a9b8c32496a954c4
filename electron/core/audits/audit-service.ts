import { randomUUID } from 'node:crypto';
import type { Answer, AuditFacts, AuditStatus, AuditSummary } from '../../../shared/domain/audit';
import type { Facility } from '../../../shared/domain/facility';
import { AppError } from '../../../shared/errors';
import type { Contracts, ContractParsedInput } from '../../../shared/ipc';
import type { AuditDetail, AuditRecord } from '../../../shared/ipc/contracts/audits';
import { checkAnswer } from '../../../shared/logic/answer-check';
import { assertTransition, completionProblems } from '../../../shared/logic/audit-state';
import type { ScoreResult } from '../../../shared/logic/score-result';
import { scoreAudit } from '../../../shared/logic/scoring';
import { searchTerms } from '../facilities/search-text';
import { saveAuditResult } from '../review/audit-result';
import { closeOutFindings } from '../review/close-out';
import { inTransaction } from '../db/sql';
import { isoNow, localDate, logEvent, notFound, type ServiceContext } from '../service-context';
import type { StandardRegistry } from '../standards/standard-registry';
import { editableAudit, markEdited, requireAudit } from './audit-edit';

type Input<K extends keyof Contracts> = ContractParsedInput<Contracts[K]>;

/** The facts an audit is judged on, frozen when it starts. */
export function factsOf(facility: Facility): AuditFacts {
  return {
    ...(facility.servicePopulation === undefined ? {} : { servicePopulation: facility.servicePopulation }),
    ...(facility.residentPopulation === undefined ? {} : { residentPopulation: facility.residentPopulation }),
    ...(facility.beds === undefined ? {} : { beds: facility.beds }),
    ivServiceApproved: facility.flags.ivServiceApproved,
    townshipSeat: facility.flags.townshipSeat,
    sharedClinic: facility.flags.sharedClinic,
    poorCounty: facility.flags.poorCounty,
  };
}

export function createAuditService(ctx: ServiceContext, registry: StandardRegistry) {
  const { repos } = ctx;

  const scoreOf = (audit: AuditRecord): ScoreResult => {
    const standard = registry.standard(audit.standardKey);
    return scoreAudit({
      standard,
      answers: repos.answers.listByAudit(audit.id),
      rosters: repos.rosters.list(audit.id),
      facts: audit.facts,
      drugCatalog: registry.drugCatalogFor(standard),
    });
  };

  const service = {
    list(filter: Input<'listAudits'>): AuditSummary[] {
      const { query, ...exact } = filter;
      return repos.audits
        .list({ ...exact, terms: searchTerms(query) })
        .map(({ audit, facilityName, facilityCode, level }) => {
          const score = scoreOf(audit);
          return {
            id: audit.id,
            revision: audit.revision,
            facilityId: audit.facilityId,
            facilityName,
            facilityCode,
            level,
            standardKey: audit.standardKey,
            kind: audit.kind,
            announced: audit.announced,
            status: audit.status,
            auditDate: audit.auditDate,
            verdict: score.verdict,
            score: score.total.score,
            complete: score.complete,
            answered: score.progress.answered,
            applicable: score.progress.applicable,
            createdAt: audit.createdAt,
            updatedAt: audit.updatedAt,
          };
        });
    },

    create(input: Input<'createAudit'>): AuditRecord {
      const facility = repos.facilities.get(input.facilityId);
      if (!facility) throw notFound('entity.facility', input.facilityId);
      const standardKey = input.standardKey ?? registry.defaultKeyFor(facility);
      const standard = registry.standard(standardKey);
      if (standard.level !== facility.level) {
        throw new AppError('validation', {
          key: 'error.level_mismatch',
          params: {
            standard: standardKey,
            standardLevel: `@level.${standard.level}`,
            facility: facility.name,
            facilityLevel: `@level.${facility.level}`,
          },
        });
      }
      const at = isoNow(ctx);
      const audit: AuditRecord = {
        id: randomUUID(),
        revision: 1,
        previousId: null,
        facilityId: facility.id,
        standardKey,
        kind: input.kind,
        announced: input.announced,
        status: 'draft',
        team: input.team,
        facts: factsOf(facility),
        auditDate: input.auditDate ?? localDate(ctx.now()),
        createdAt: at,
        updatedAt: at,
        completedAt: null,
      };
      inTransaction(ctx.db, () => {
        repos.audits.insert(audit);
        logEvent(ctx, 'audit.created', 'audit', audit.id, audit);
      });
      return audit;
    },

    get(id: string): AuditDetail {
      const audit = requireAudit(ctx, id);
      return {
        audit,
        answers: repos.answers.listByAudit(id),
        rosters: repos.rosters.list(id),
        findings: repos.findings.listByAudit(id),
      };
    },

    score(id: string): ScoreResult {
      return scoreOf(requireAudit(ctx, id));
    },

    /** Returns only after the transaction has committed: the UI may then say "saved". */
    saveAnswer(input: Input<'saveAnswer'>): Answer {
      return inTransaction(ctx.db, () => {
        const audit = editableAudit(ctx, input.auditId);
        checkAnswer(registry.standard(audit.standardKey), input.criterionId, input.value, input.notApplicableReason);
        const answer: Answer = {
          criterionId: input.criterionId,
          value: input.value,
          // A reason only belongs to a "not applicable" mark; with a value it would contradict it.
          ...(input.value === null && input.notApplicableReason
            ? { notApplicableReason: input.notApplicableReason }
            : {}),
          ...(input.note === undefined ? {} : { note: input.note }),
          ...(input.answeredBy === undefined ? {} : { answeredBy: input.answeredBy }),
          answeredAt: isoNow(ctx),
        };
        repos.answers.upsert(audit.id, answer);
        logEvent(ctx, 'answer.saved', 'audit', audit.id, answer);
        markEdited(ctx, audit);
        return answer;
      });
    },

    clearAnswer(input: Input<'clearAnswer'>): { cleared: boolean } {
      return inTransaction(ctx.db, () => {
        const audit = editableAudit(ctx, input.auditId);
        const cleared = repos.answers.remove(audit.id, input.criterionId);
        if (cleared) {
          logEvent(ctx, 'answer.cleared', 'audit', audit.id, { criterionId: input.criterionId });
          markEdited(ctx, audit);
        }
        return { cleared };
      });
    },

    /** Moves along the state machine; completing needs every applicable criterion decided. */
    setStatus(id: string, status: AuditStatus): AuditRecord {
      return inTransaction(ctx.db, () => {
        const audit = requireAudit(ctx, id);
        assertTransition(audit.status, status);
        if (status === 'completed') {
          const standard = registry.standard(audit.standardKey);
          const problems = completionProblems(
            standard,
            repos.answers.listByAudit(id),
            repos.rosters.list(id),
            audit.facts,
            registry.drugCatalogFor(standard),
          );
          if (problems.length > 0) {
            throw new AppError(
              'validation',
              { key: 'error.incomplete', params: { count: problems.length } },
              { problems },
            );
          }
        }
        const at = isoNow(ctx);
        const completedAt = status === 'completed' ? at : status === 'in_progress' ? null : audit.completedAt;
        repos.audits.setStatus(id, status, at, completedAt);
        logEvent(ctx, 'audit.status_changed', 'audit', id, { from: audit.status, to: status });
        if (status === 'completed') {
          // The review reads the cached result, and this audit's passes close earlier findings (销号).
          saveAuditResult(ctx, id, scoreOf(audit));
          closeOutFindings(ctx, id);
        }
        return { ...audit, status, updatedAt: at, completedAt };
      });
    },
  };
  return service;
}

export type AuditService = ReturnType<typeof createAuditService>;
