import { createWorkspaceStore, type WorkspaceApi, type WorkspaceStore } from './store';

const open = new Map<string, WorkspaceStore>();

/**
 * One store per audit while the app runs. A store whose changes are still waiting (a save
 * failing, say) is kept when the page closes, so coming back finds the same queue, still
 * retrying, and nothing that was typed is lost; a store with nothing waiting is dropped and the
 * audit is loaded afresh next time.
 */
export function acquireWorkspace(client: WorkspaceApi, auditId: string): WorkspaceStore {
  const existing = open.get(auditId);
  if (existing) return existing;
  const store = createWorkspaceStore(client, auditId);
  open.set(auditId, store);
  void store.getState().actions.load();
  return store;
}

/** The page showing `store` is mounted (again). */
export function retainWorkspace(auditId: string, store: WorkspaceStore): void {
  if (!open.has(auditId)) open.set(auditId, store);
}

export function releaseWorkspace(auditId: string, store: WorkspaceStore): void {
  if (open.get(auditId) === store && store.getState().save.pending === 0) open.delete(auditId);
}
