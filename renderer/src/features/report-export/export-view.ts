import type { AuditStatus } from '../../../../shared/domain/audit';
import type { Message } from '../../../../shared/i18n/format';
import { isLockedStatus } from '../../../../shared/logic/audit-state';

/** The stages of one export, as the user reads them; signing only when someone signs. */
export type StepKey = 'choose' | 'render' | 'sign' | 'saved';

export function exportSteps(signers: number): StepKey[] {
  return signers > 0 ? ['choose', 'render', 'sign', 'saved'] : ['choose', 'render', 'saved'];
}

/**
 * Where the steps stand. The export is one request to main, which shows its save dialog and then
 * renders, signs and writes without reporting back, so only two moments are known: while the
 * request runs the first stage is the one in hand (the dialog is up), and when it returns every
 * stage is done. Nothing in between is guessed.
 */
export function stepProgress(phase: 'running' | 'done', signers: number): { current: number; finished: boolean } {
  const steps = exportSteps(signers);
  return phase === 'running' ? { current: 0, finished: false } : { current: steps.length - 1, finished: true };
}

/** Why this audit cannot be signed now; null when it can (only a completed audit is signed). */
export function signBlock(status: AuditStatus): Message | null {
  if (isLockedStatus(status)) return { key: 'ui.report.sign_locked' };
  if (status !== 'completed') return { key: 'ui.report.sign_needs_completed', params: { status: `@status.${status}` } };
  return null;
}

/** File sizes as people read them: "860 KB", "1.4 MB" (1024-based, as file managers show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Toggles one signer: appended last (the signing order is the order of choosing), at most `max`. */
export function toggleSigner(ids: readonly string[], id: string, max: number): string[] {
  if (ids.includes(id)) return ids.filter((x) => x !== id);
  return ids.length >= max ? [...ids] : [...ids, id];
}
