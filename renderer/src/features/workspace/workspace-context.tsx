import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { WorkspaceActions, WorkspaceState, WorkspaceStore } from './store';

/** Things the keyboard can ask to focus: the controls register themselves while mounted. */
export type FocusTarget = 'number' | 'na-reason' | 'search' | 'answer';
type Focuser = (initial?: string) => void;

export interface FocusRegistry {
  register: (target: FocusTarget, focus: Focuser) => () => void;
  focus: (target: FocusTarget, initial?: string) => boolean;
}

function createFocusRegistry(): FocusRegistry {
  const targets = new Map<FocusTarget, Focuser>();
  return {
    register(target, focus) {
      targets.set(target, focus);
      return () => {
        if (targets.get(target) === focus) targets.delete(target);
      };
    },
    focus(target, initial) {
      const focus = targets.get(target);
      focus?.(initial);
      return focus !== undefined;
    },
  };
}

const StoreContext = createContext<WorkspaceStore | null>(null);
const FocusContext = createContext<FocusRegistry | null>(null);

export function WorkspaceProvider({ store, children }: { store: WorkspaceStore; children: ReactNode }) {
  const [focus] = useState(createFocusRegistry);
  return (
    <StoreContext.Provider value={store}>
      <FocusContext.Provider value={focus}>{children}</FocusContext.Provider>
    </StoreContext.Provider>
  );
}

function useWorkspaceStore(): WorkspaceStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useWorkspace outside WorkspaceProvider');
  return store;
}

/** Subscribes to one slice of the workspace; keep selectors narrow so a change re-renders little. */
export function useWorkspace<T>(selector: (state: WorkspaceState) => T): T {
  return useStore(useWorkspaceStore(), selector);
}

export function useWorkspaceActions(): WorkspaceActions {
  return useStore(useWorkspaceStore(), (s) => s.actions);
}

/** For event handlers that need the state at the moment of the event, without subscribing. */
export function useWorkspaceGetter(): () => WorkspaceState {
  return useWorkspaceStore().getState;
}

export function useFocusRegistry(): FocusRegistry {
  const registry = useContext(FocusContext);
  if (!registry) throw new Error('useFocusRegistry outside WorkspaceProvider');
  return registry;
}
