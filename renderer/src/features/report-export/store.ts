import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AuditRecord } from '../../../../shared/ipc/contracts/audits';
import type { ReportLang } from '../../../../shared/ipc/contracts/reports';
import { MAX_SIGNERS, type Identity, type ReportSignature } from '../../../../shared/ipc/contracts/signing';
import { ClientError, type Client } from '../../api/client';
import { toggleSigner } from './export-view';

/** The part of the api the export dialog uses; tests hand in a fake with the same shape. */
export type ReportExportApi = Pick<
  Client,
  'listIdentities' | 'exportReport' | 'signAudit' | 'getAudit' | 'showInFolder' | 'startRevision'
>;

/** A written report, signed or not, as the dialog shows it. */
export interface ExportOutcome {
  path: string;
  pages: number;
  bytes: number;
  /** SHA-256 of the audit document, printed on every page. */
  documentSha256: string;
  fileSha256: string;
  /** Empty for an unsigned export. */
  signatures: ReportSignature[];
}

export type ExportRun =
  | { phase: 'idle' }
  | { phase: 'running'; signers: number }
  | { phase: 'done'; outcome: ExportOutcome }
  | { phase: 'failed'; error: unknown };

export interface ReportExportState {
  auditId: string | null;
  open: boolean;
  lang: ReportLang;
  /** Chosen signing identities, in signing order. */
  signerIds: string[];
  identities: Identity[] | undefined;
  identitiesError: unknown;
  run: ExportRun;
  revealError: unknown;
  /** Re-reading the audit after signing failed: the workspace may still show it editable. */
  refreshError: unknown;
  /** The last correction asked for: of which audit, and why it failed (shown beside that audit only). */
  revision: { auditId: string | null; busy: boolean; error: unknown; existing: string | undefined };

  /** Opens the dialog for one audit, in `lang` (the interface language), and lists the identities. */
  openFor(auditId: string, lang: ReportLang): void;
  /** Closing is refused while main is writing: the result would have nowhere to show. */
  close(): void;
  setLang(lang: ReportLang): void;
  toggleSigner(id: string): void;
  loadIdentities(): Promise<void>;
  /**
   * Exports (no signer) or signs (signers chosen). A cancelled save dialog closes the dialog
   * quietly. After signing, returns the audit as the core now holds it (locked).
   */
  start(): Promise<AuditRecord | undefined>;
  reveal(): Promise<void>;
  /** A correction of a locked audit; returns the new revision to open. */
  startRevision(auditId: string): Promise<AuditRecord | undefined>;
  clearRevisionError(): void;
}

export type ReportExportStore = StoreApi<ReportExportState>;

const NO_REVISION = { auditId: null, busy: false, error: null, existing: undefined };

/** `error.revision_exists` names the revision that already corrects this one. */
function existingRevision(error: unknown): string | undefined {
  if (!(error instanceof ClientError) || error.code !== 'conflict') return undefined;
  const details = error.data.details;
  if (typeof details !== 'object' || details === null || !('next' in details)) return undefined;
  return typeof details.next === 'string' ? details.next : undefined;
}

export function createReportExportStore(client: ReportExportApi): ReportExportStore {
  // Only the newest listing may write: reopening the dialog for another audit must not show an older one.
  let latestListing = 0;

  return createStore<ReportExportState>()((set, get) => {
    // The user closed main's save dialog: nothing was written, so there is nothing to say.
    const closeQuietly = (): undefined => {
      set({ run: { phase: 'idle' }, open: false });
      return undefined;
    };
    return {
      auditId: null,
      open: false,
      lang: 'zh-CN',
      signerIds: [],
      identities: undefined,
      identitiesError: null,
      run: { phase: 'idle' },
      revealError: null,
      refreshError: null,
      revision: NO_REVISION,

      openFor(auditId, lang) {
        if (get().run.phase === 'running') return;
        set({
          auditId,
          open: true,
          lang,
          signerIds: [],
          run: { phase: 'idle' },
          revealError: null,
          refreshError: null,
        });
        void get().loadIdentities();
      },

      close() {
        if (get().run.phase !== 'running') set({ open: false });
      },

      setLang: (lang) => set({ lang }),
      toggleSigner: (id) => set((s) => ({ signerIds: toggleSigner(s.signerIds, id, MAX_SIGNERS) })),

      async loadIdentities() {
        const request = ++latestListing;
        set({ identitiesError: null });
        try {
          const identities = await client.listIdentities({});
          if (request !== latestListing) return;
          // A chosen identity that is gone (deleted elsewhere) is no longer chosen.
          set((s) => ({ identities, signerIds: s.signerIds.filter((id) => identities.some((i) => i.id === id)) }));
        } catch (identitiesError) {
          if (request === latestListing) set({ identitiesError });
        }
      },

      async start() {
        const { auditId, lang, signerIds, run } = get();
        if (!auditId || run.phase === 'running') return undefined;
        set({ run: { phase: 'running', signers: signerIds.length }, revealError: null, refreshError: null });
        let outcome: ExportOutcome;
        try {
          if (signerIds.length === 0) {
            const result = await client.exportReport({ auditId, lang });
            if ('cancelled' in result) return closeQuietly();
            const { sha256, ...rest } = result;
            outcome = { ...rest, documentSha256: sha256, signatures: [] };
          } else {
            const result = await client.signAudit({ auditId, identityIds: signerIds, lang });
            if ('cancelled' in result) return closeQuietly();
            const { sha256, ...rest } = result;
            outcome = { ...rest, fileSha256: sha256 };
          }
        } catch (error) {
          set({ run: { phase: 'failed', error } });
          return undefined;
        }
        set({ run: { phase: 'done', outcome } });
        // Signing locked the audit: the workspace must show what the core now holds.
        if (signerIds.length === 0) return undefined;
        try {
          return (await client.getAudit({ id: auditId })).audit;
        } catch (refreshError) {
          set({ refreshError });
          return undefined;
        }
      },

      async reveal() {
        const { run } = get();
        if (run.phase !== 'done') return;
        set({ revealError: null });
        try {
          await client.showInFolder({ path: run.outcome.path });
        } catch (revealError) {
          set({ revealError });
        }
      },

      async startRevision(auditId) {
        if (get().revision.busy) return undefined;
        set({ revision: { ...NO_REVISION, auditId, busy: true } });
        try {
          const next = await client.startRevision({ id: auditId });
          set({ revision: NO_REVISION, open: false });
          return next;
        } catch (error) {
          set({ revision: { auditId, busy: false, error, existing: existingRevision(error) } });
          return undefined;
        }
      },

      clearRevisionError: () => set({ revision: NO_REVISION }),
    };
  });
}
