import type { Answer, AuditFacts, AuditStatus, Rosters } from '../domain/audit';
import type { DrugCatalog } from '../domain/catalog';
import type { Standard } from '../domain/standard';
import { AppError } from '../errors';
import { findCriterion } from './answer-check';
import { scoreAudit } from './scoring';

/**
 * draft -> in_progress -> completed -> signed -> exported. A completed audit may be reopened
 * (back to in_progress) until it is signed; after signing only export moves it on, and any
 * correction is a new revision (DESIGN §1.6).
 */
const TRANSITIONS: Record<AuditStatus, readonly AuditStatus[]> = {
  draft: ['in_progress', 'completed'],
  in_progress: ['completed'],
  completed: ['in_progress', 'signed'],
  signed: ['exported'],
  exported: [],
};

export function canTransition(from: AuditStatus, to: AuditStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: AuditStatus, to: AuditStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError('validation', {
      key: 'error.bad_transition',
      params: { from: `@status.${from}`, to: `@status.${to}` },
    });
  }
}

export const isLockedStatus = (status: AuditStatus): boolean => status === 'signed' || status === 'exported';

export interface CompletionProblem {
  criterionId: string;
  problem: 'unanswered' | 'reason_missing';
}

/** What stands between this audit and "completed": every applicable criterion decided. */
export function completionProblems(
  standard: Standard,
  answers: readonly Answer[],
  rosters: Rosters,
  facts: AuditFacts,
  drugCatalog?: DrugCatalog,
): CompletionProblem[] {
  const result = scoreAudit({ standard, answers, rosters, facts, drugCatalog });
  const byId = new Map(answers.map((a) => [a.criterionId, a]));
  const problems: CompletionProblem[] = [];
  for (const c of result.criteria) {
    const criterion = findCriterion(standard, c.criterionId);
    const optionalText = criterion?.kind === 'text' && !criterion.required;
    if (c.status === 'unanswered' && !optionalText)
      problems.push({ criterionId: c.criterionId, problem: 'unanswered' });
    const answer = byId.get(c.criterionId);
    if (answer && answer.value === null && !answer.notApplicableReason?.trim()) {
      problems.push({ criterionId: c.criterionId, problem: 'reason_missing' });
    }
  }
  return problems;
}
