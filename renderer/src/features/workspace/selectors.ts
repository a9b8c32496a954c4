import type { Criterion } from '../../../../shared/domain/standard';
import { isLockedStatus } from '../../../../shared/logic/audit-state';
import type { WorkspaceState } from './store';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

/** Signed and exported audits are read-only; so is everything until the audit has loaded. */
export const selectReadOnly = (s: WorkspaceState): boolean => !s.audit || isLockedStatus(s.audit.status);

/** "Saved" only when every change has been acknowledged by the core. */
export function selectSaveStatus(s: WorkspaceState): SaveStatus {
  if (s.save.failures.length > 0) return 'error';
  if (s.save.pending > 0) return 'saving';
  return s.save.acknowledged > 0 ? 'saved' : 'idle';
}

export const selectCurrentCriterion = (s: WorkspaceState): Criterion | undefined => s.model?.criteria[s.ui.current];

export const selectCurrentSectionId = (s: WorkspaceState): string | undefined => {
  const criterion = selectCurrentCriterion(s);
  return criterion && s.model?.sectionOf.get(criterion.id);
};

export const selectCriteriaCount = (s: WorkspaceState): number => s.model?.criteria.length ?? 0;

/** Any dialog of the workspace is open: single-key shortcuts then belong to the dialog. */
export const selectDialogOpen = (s: WorkspaceState): boolean =>
  s.ui.findingDraft !== undefined || s.ui.shortcutsOpen || s.ui.completionProblems !== undefined;
