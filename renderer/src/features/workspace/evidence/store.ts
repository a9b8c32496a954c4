import { create } from 'zustand';
import type { LocalizedText } from '../../../../../shared/domain/common';
import { bilingual } from '../../../../../shared/i18n/format';
import type { Evidence } from '../../../../../shared/ipc/contracts/evidence';
import { api } from '../../../api';
import { ClientError, type Client } from '../../../api/client';
import { base64ToBlob, checkFile, readBase64 } from './evidence-files';

export type EvidenceApi = Pick<Client, 'attachEvidence' | 'listEvidence' | 'readEvidence' | 'removeEvidence'>;

/** What a panel shows: an audit's evidence, or only that of one criterion or finding. */
export interface EvidenceScope {
  auditId: string;
  criterionId?: string | undefined;
  findingId?: string | undefined;
}

export const scopeKey = (s: EvidenceScope): string => [s.auditId, s.criterionId ?? '', s.findingId ?? ''].join('|');

const inScope = (s: EvidenceScope, e: Evidence): boolean =>
  e.auditId === s.auditId &&
  (s.criterionId === undefined || e.criterionId === s.criterionId) &&
  (s.findingId === undefined || e.findingId === s.findingId);

export interface Problem {
  id: number;
  message: LocalizedText;
}

export interface ScopeState {
  scope: EvidenceScope;
  items: Evidence[];
  status: 'loading' | 'ready' | 'failed';
  loadError: LocalizedText | undefined;
  /** Files being read or sent. */
  busy: number;
  /** Refused or failed attachments and removals, shown until dismissed. */
  problems: Problem[];
}

export interface Preview {
  status: 'loading' | 'ready' | 'failed';
  url?: string;
  error?: LocalizedText;
}

export interface EvidenceState {
  scopes: Record<string, ScopeState>;
  /** Object URLs of images, by evidence id; shared by every panel showing the same file. */
  previews: Record<string, Preview>;
  load(scope: EvidenceScope): Promise<void>;
  attach(scope: EvidenceScope, files: readonly File[]): Promise<void>;
  remove(scope: EvidenceScope, evidence: Evidence): Promise<void>;
  loadPreview(evidence: Evidence): Promise<void>;
  dismiss(scope: EvidenceScope, problemId: number): void;
}

function messageOf(error: unknown): LocalizedText {
  if (error instanceof ClientError) return error.data.message;
  const details = error instanceof Error ? error.message : String(error);
  return bilingual({ key: 'error.internal', params: { details } });
}

const emptyScope = (scope: EvidenceScope): ScopeState => ({
  scope,
  items: [],
  status: 'loading',
  loadError: undefined,
  busy: 0,
  problems: [],
});

let problemIds = 0;

/**
 * Evidence of the open audit, per panel scope. Files are read here and sent as base64; main
 * checks and stores them, so nothing is shown as attached before main has it.
 */
export function createEvidenceStore(
  client: EvidenceApi,
  objectUrls: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'> = URL,
) {
  return create<EvidenceState>()((set, get) => {
    const patch = (scope: EvidenceScope, change: (s: ScopeState) => Partial<ScopeState>) =>
      set((state) => {
        const key = scopeKey(scope);
        const current = state.scopes[key] ?? emptyScope(scope);
        return { scopes: { ...state.scopes, [key]: { ...current, ...change(current) } } };
      });

    const report = (scope: EvidenceScope, message: LocalizedText) =>
      patch(scope, (s) => ({ problems: [...s.problems, { id: ++problemIds, message }] }));

    /** Every loaded panel the file belongs to sees it (a criterion's panel and the audit-wide one). */
    const added = (evidence: Evidence) =>
      set((state) => {
        const scopes = { ...state.scopes };
        for (const [key, s] of Object.entries(scopes)) {
          if (inScope(s.scope, evidence) && !s.items.some((e) => e.id === evidence.id))
            scopes[key] = { ...s, items: [...s.items, evidence] };
        }
        return { scopes };
      });

    async function attachOne(scope: EvidenceScope, file: File): Promise<void> {
      const checked = checkFile(file);
      if (!checked.ok) {
        report(scope, checked.message);
        return;
      }
      patch(scope, (s) => ({ busy: s.busy + 1 }));
      try {
        let contentBase64: string;
        try {
          contentBase64 = await readBase64(file);
        } catch {
          report(scope, bilingual({ key: 'ui.evidence.read_failed', params: { name: file.name } }));
          return;
        }
        const evidence = await client.attachEvidence({
          auditId: scope.auditId,
          ...(scope.criterionId === undefined ? {} : { criterionId: scope.criterionId }),
          ...(scope.findingId === undefined ? {} : { findingId: scope.findingId }),
          fileName: file.name,
          mimeType: checked.mimeType,
          contentBase64,
        });
        added(evidence);
      } catch (error) {
        report(
          scope,
          bilingual({ key: 'ui.evidence.attach_failed', params: { name: file.name, message: messageOf(error) } }),
        );
      } finally {
        patch(scope, (s) => ({ busy: s.busy - 1 }));
      }
    }

    return {
      scopes: {},
      previews: {},

      async load(scope) {
        patch(scope, () => ({ status: 'loading', loadError: undefined }));
        try {
          const items = await client.listEvidence({
            auditId: scope.auditId,
            ...(scope.criterionId === undefined ? {} : { criterionId: scope.criterionId }),
            ...(scope.findingId === undefined ? {} : { findingId: scope.findingId }),
          });
          patch(scope, () => ({ items, status: 'ready' }));
        } catch (error) {
          patch(scope, () => ({ status: 'failed', loadError: messageOf(error) }));
        }
      },

      // One file after another: a handful of 15 MB photos are not held in memory at once.
      async attach(scope, files) {
        for (const file of files) await attachOne(scope, file);
      },

      async remove(scope, evidence) {
        try {
          await client.removeEvidence({ id: evidence.id });
        } catch (error) {
          const name = evidence.fileName;
          report(scope, bilingual({ key: 'ui.evidence.remove_failed', params: { name, message: messageOf(error) } }));
          return;
        }
        const preview = get().previews[evidence.id];
        if (preview?.url) objectUrls.revokeObjectURL(preview.url);
        set((state) => {
          const scopes = Object.fromEntries(
            Object.entries(state.scopes).map(([key, s]) => [
              key,
              { ...s, items: s.items.filter((e) => e.id !== evidence.id) },
            ]),
          );
          const previews = { ...state.previews };
          delete previews[evidence.id];
          return { scopes, previews };
        });
      },

      async loadPreview(evidence) {
        if (get().previews[evidence.id]) return;
        set((state) => ({ previews: { ...state.previews, [evidence.id]: { status: 'loading' } } }));
        try {
          const { contentBase64, mimeType } = await client.readEvidence({ id: evidence.id });
          const url = objectUrls.createObjectURL(base64ToBlob(contentBase64, mimeType));
          set((state) => ({ previews: { ...state.previews, [evidence.id]: { status: 'ready', url } } }));
        } catch (error) {
          set((state) => ({
            previews: { ...state.previews, [evidence.id]: { status: 'failed', error: messageOf(error) } },
          }));
        }
      },

      dismiss(scope, problemId) {
        patch(scope, (s) => ({ problems: s.problems.filter((p) => p.id !== problemId) }));
      },
    };
  });
}

export type EvidenceStore = ReturnType<typeof createEvidenceStore>;

export const useEvidenceStore: EvidenceStore = createEvidenceStore(api);
