import { useEffect } from 'react';
import type { Locale } from '../../../../shared/domain/common';
import { isTypingTarget } from '../../components/useShortcut';
import { selectCurrentCriterion, selectDialogOpen, selectReadOnly } from './selectors';
import type { WorkspaceState } from './store';
import type { FocusRegistry } from './workspace-context';

/** How long `g` waits for the section number. */
const SECTION_KEY_WINDOW_MS = 1500;

/** Widgets that use the arrow keys themselves (radio groups, menus, tabs, lists). */
const ARROW_WIDGETS =
  '[role="radiogroup"],[role="menu"],[role="tablist"],[role="listbox"],[role="combobox"],[role="tree"],[role="grid"],[role="slider"],input[type="radio"]';

function ownsArrows(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(ARROW_WIDGETS) !== null;
}

/**
 * The workspace keyboard (listed in ShortcutsSheet). Single keys are ignored while typing in a
 * field, inside any dialog, and (except ?, /, g and Ctrl+Z) outside the criteria tab.
 */
export function useWorkspaceShortcuts(get: () => WorkspaceState, focus: FocusRegistry, locale: Locale): void {
  useEffect(() => {
    let awaitingSection = false;
    let sectionTimer: ReturnType<typeof setTimeout> | undefined;

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const s = get();
      const { actions } = s;
      if (s.phase !== 'ready' || selectDialogOpen(s)) return;
      if (e.target instanceof Element && e.target.closest('[role="dialog"]')) return;
      const typing = isTypingTarget(e.target);

      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'z') {
        // Inside a field Ctrl+Z undoes typing, as everywhere else.
        if (typing) return;
        e.preventDefault();
        actions.undo();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (typing) {
        if (e.key === 'Escape' && e.target instanceof HTMLElement) e.target.blur();
        return;
      }

      if (awaitingSection) {
        awaitingSection = false;
        clearTimeout(sectionTimer);
        const section = /^[1-9]$/.test(e.key) ? s.model?.sections[Number(e.key) - 1] : undefined;
        if (section) {
          e.preventDefault();
          actions.goToSection(section.id);
          return;
        }
      }

      switch (e.key) {
        case '?':
          e.preventDefault();
          actions.setShortcutsOpen(true);
          return;
        case '/':
          e.preventDefault();
          actions.setTab('criteria');
          requestAnimationFrame(() => focus.focus('search'));
          return;
        case 'g':
          e.preventDefault();
          awaitingSection = true;
          sectionTimer = setTimeout(() => (awaitingSection = false), SECTION_KEY_WINDOW_MS);
          return;
      }
      if (s.ui.tab !== 'criteria') return;

      const criterion = selectCurrentCriterion(s);
      const writable = !selectReadOnly(s);
      const handled = (() => {
        switch (e.key) {
          case 'j':
            actions.next();
            return true;
          case 'k':
            actions.previous();
            return true;
          case 'ArrowDown':
            if (ownsArrows(e.target)) return false;
            actions.next();
            return true;
          case 'ArrowUp':
            if (ownsArrows(e.target)) return false;
            actions.previous();
            return true;
          case 'y':
          case 'n':
            if (!writable || criterion?.kind !== 'yes_no') return false;
            actions.saveAnswer(criterion.id, e.key === 'y');
            return true;
          case 'a':
            return writable && focus.focus('na-reason');
          case 'f':
            return criterion !== undefined && actions.startFinding(criterion.id, locale);
          case 'l':
            actions.toggleMode();
            return true;
          default:
            if (!/^[0-9.-]$/.test(e.key) || !writable) return false;
            if (criterion?.kind !== 'number' && criterion?.kind !== 'area') return false;
            return focus.focus('number', /^[0-9]$/.test(e.key) ? e.key : undefined);
        }
      })();
      if (handled) e.preventDefault();
    };

    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      clearTimeout(sectionTimer);
    };
  }, [get, focus, locale]);
}
