import type { Locale } from '../../../../shared/domain/common';
import { prefillFinding } from './finding-prefill';
import type { StoreContext, ViewMode, WorkspaceData, WorkspaceTab } from './store-context';

/** Where the auditor is and which dialog is open: navigation by index, tab and view mode. */
export function uiActions(ctx: StoreContext) {
  const { get, set } = ctx;
  const ui = (patch: Partial<WorkspaceData['ui']>) => set((s) => ({ ui: { ...s.ui, ...patch } }));
  const criteriaCount = () => get().model?.criteria.length ?? 0;

  return {
    goTo(target: number | string): void {
      const index = typeof target === 'number' ? target : (get().model?.indexOf.get(target) ?? -1);
      if (index < 0 || index >= criteriaCount()) return;
      ui({ current: index, tab: 'criteria' });
    },
    next: () => ui({ current: Math.min(get().ui.current + 1, Math.max(criteriaCount() - 1, 0)) }),
    previous: () => ui({ current: Math.max(get().ui.current - 1, 0) }),
    goToSection(sectionId: string): void {
      const start = get().model?.sectionStart.get(sectionId);
      if (start !== undefined) ui({ current: start, tab: 'criteria' });
    },
    setMode: (mode: ViewMode) => ui({ mode }),
    toggleMode: () => ui({ mode: get().ui.mode === 'single' ? 'list' : 'single' }),
    setTab: (tab: WorkspaceTab) => ui({ tab }),
    setShortcutsOpen: (shortcutsOpen: boolean) => ui({ shortcutsOpen }),

    /** Opens the finding form for a failed criterion, prefilled from its reason; false otherwise. */
    startFinding(criterionId: string, locale: Locale): boolean {
      const s = get();
      const criterion = s.model?.criteria[s.model.indexOf.get(criterionId) ?? -1];
      const result = s.scoring?.results[criterionId];
      if (!ctx.editable() || !criterion || result?.status !== 'fail') return false;
      ui({ findingDraft: prefillFinding(criterion, result, locale) });
      return true;
    },
    editFinding(findingId: string): void {
      const finding = get().findings.find((f) => f.id === findingId);
      if (!finding) return;
      ui({
        findingDraft: {
          findingId,
          criterionId: finding.criterionId,
          description: finding.description,
          correctiveAction: finding.correctiveAction ?? '',
          responsible: finding.responsible ?? '',
          deadline: finding.deadline ?? '',
        },
      });
    },
    closeFindingForm: () => ui({ findingDraft: undefined }),
  };
}
