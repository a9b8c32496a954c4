import { create } from 'zustand';

interface UnhandledErrors {
  errors: { id: number; error: unknown }[];
  push(error: unknown): void;
  dismiss(id: number): void;
}

let nextId = 1;

/**
 * Failures no screen caught (a rejected promise from a click handler). They stay on screen until
 * dismissed: an error that fades away by itself is as good as one silently dropped.
 */
export const useUnhandledErrors = create<UnhandledErrors>()((set) => ({
  errors: [],
  push: (error) => set((state) => ({ errors: [...state.errors.slice(-4), { id: nextId++, error }] })),
  dismiss: (id) => set((state) => ({ errors: state.errors.filter((entry) => entry.id !== id) })),
}));

/** Collects unhandled rejections while the app is mounted; returns the unsubscribe. */
export function listenForUnhandledErrors(target: Window = window): () => void {
  const onRejection = (event: PromiseRejectionEvent) => useUnhandledErrors.getState().push(event.reason);
  target.addEventListener('unhandledrejection', onRejection);
  return () => target.removeEventListener('unhandledrejection', onRejection);
}
