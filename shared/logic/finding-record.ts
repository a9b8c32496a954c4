import type { FindingInput } from '../domain/audit';
import type { Finding } from '../ipc/contracts/findings';

type FindingContent = Pick<Finding, 'description' | 'correctiveAction' | 'responsible' | 'deadline'>;
type FindingContentEdit = Partial<Pick<FindingInput, 'description' | 'correctiveAction' | 'responsible' | 'deadline'>>;

/** A new finding opens with no follow-up yet; absent optional content is stored as null. */
export function newFinding(input: FindingInput, ids: { id: string; auditId: string; at: string }): Finding {
  return {
    id: ids.id,
    auditId: ids.auditId,
    criterionId: input.criterionId,
    description: input.description,
    correctiveAction: input.correctiveAction ?? null,
    responsible: input.responsible ?? null,
    deadline: input.deadline ?? null,
    status: 'open',
    closedByAuditId: null,
    createdAt: ids.at,
    updatedAt: ids.at,
  };
}

/** An edit names only the fields it changes; the others keep their current value. */
export function editFindingContent<T extends FindingContent>(current: T, edit: FindingContentEdit): T {
  return {
    ...current,
    description: edit.description ?? current.description,
    correctiveAction: edit.correctiveAction ?? current.correctiveAction,
    responsible: edit.responsible ?? current.responsible,
    deadline: edit.deadline ?? current.deadline,
  };
}
