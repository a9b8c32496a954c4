import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Answer } from '../../../../shared/domain/audit';
import type { DrugCatalog, EquipmentCatalog } from '../../../../shared/domain/catalog';
import { bilingual } from '../../../../shared/i18n/format';
import type { AuditDetail } from '../../../../shared/ipc/contracts/audits';
import { completionProblems, isLockedStatus } from '../../../../shared/logic/audit-state';
import { ClientError } from '../../api/client';
import { answerActions } from './answer-actions';
import { findingActions } from './finding-actions';
import { rosterActions, type RosterName } from './roster-actions';
import { createSaveQueue } from './save-queue';
import { rescore } from './score-state';
import { uiActions } from './ui-actions';
import type { FindingDraft, StoreContext, WorkspaceApi, WorkspaceData } from './store-context';
import { buildModel } from './workspace-model';

export type { FindingDraft, ViewMode, WorkspaceApi, WorkspaceTab } from './store-context';

/** How many changes Ctrl+Z can take back. */
const UNDO_LIMIT = 200;

const describeError = (error: unknown) =>
  error instanceof ClientError
    ? error.data.message
    : bilingual({ key: 'error.internal', params: { details: error instanceof Error ? error.message : String(error) } });

function createActions(ctx: StoreContext, undoStack: (() => void)[]) {
  const { get, set, client, queue } = ctx;
  const answers = answerActions(ctx);
  const rosters = rosterActions(ctx);
  const findings = findingActions(ctx);
  const ui = (patch: Partial<WorkspaceData['ui']>) => set((s) => ({ ui: { ...s.ui, ...patch } }));

  async function optionalCatalog<T>(id: string | undefined, fetch: (id: string) => Promise<T>) {
    if (id === undefined) return undefined;
    try {
      return await fetch(id);
    } catch (error) {
      // A standard naming a catalogue that is not installed is scored without it, as in the core.
      if (error instanceof ClientError && error.code === 'not_found') return undefined;
      throw error;
    }
  }

  function resync(detail: AuditDetail, key: string): void {
    const s = get();
    const [kind, id = ''] = key.split(/:(.*)/s);
    if (kind === 'answer') {
      const fresh = detail.answers.find((a) => a.criterionId === id);
      const next: Record<string, Answer> = { ...s.answers };
      if (fresh) next[id] = fresh;
      else delete next[id];
      set(ctx.withScore({ answers: next, rosters: s.rosters }));
    } else if (kind === 'staff' || kind === 'equipment' || kind === 'drugs') {
      const name: RosterName = kind;
      const serverId = ctx.ids.get(id);
      const fresh = detail.rosters[name].find((r) => r.id === serverId);
      const rows = s.rosters[name] as { id: string }[];
      const nextRows = fresh ? rows.map((r) => (r.id === id ? { ...fresh, id } : r)) : rows.filter((r) => r.id !== id);
      if (!fresh) ctx.ids.unbind(id);
      set(ctx.withScore({ answers: s.answers, rosters: { ...s.rosters, [name]: nextRows } }));
    } else if (kind === 'finding') {
      const serverId = ctx.ids.get(id);
      const fresh = detail.findings.find((f) => f.id === serverId);
      if (!fresh) ctx.ids.unbind(id);
      set({
        findings: fresh
          ? s.findings.map((f) => (f.id === id ? { ...fresh, id } : f))
          : s.findings.filter((f) => f.id !== id),
      });
    }
  }

  return {
    ...answers,
    ...rosters,
    ...findings,
    ...uiActions(ctx),

    async load(): Promise<void> {
      set({ phase: 'loading', loadError: undefined });
      try {
        const detail = await client.getAudit({ id: get().auditId });
        const [{ standard }, facility, verification] = await Promise.all([
          client.getStandard({ key: detail.audit.standardKey }),
          client.getFacility({ id: detail.audit.facilityId }),
          client.getVerification({ id: detail.audit.id }),
        ]);
        const [drugCatalog, equipmentCatalog]: [DrugCatalog | undefined, EquipmentCatalog | undefined] =
          await Promise.all([
            optionalCatalog(standard.drugCatalog, (id) => client.getDrugCatalog({ id })),
            optionalCatalog(standard.equipmentCatalog, (id) => client.getEquipmentCatalog({ id })),
          ]);
        for (const row of [...detail.rosters.staff, ...detail.rosters.equipment, ...detail.rosters.drugs]) {
          ctx.ids.bind(row.id, row.id);
        }
        detail.findings.forEach((f) => ctx.ids.bind(f.id, f.id));
        const answerMap = Object.fromEntries(detail.answers.map((a) => [a.criterionId, a]));
        set({
          phase: 'ready',
          audit: detail.audit,
          facility,
          model: buildModel(standard, detail.audit.facts),
          drugCatalog,
          equipmentCatalog,
          findings: detail.findings,
          scoring: rescore(
            { standard, answers: detail.answers, rosters: detail.rosters, facts: detail.audit.facts, drugCatalog },
            undefined,
          ),
          answers: answerMap,
          rosters: detail.rosters,
          basis: verification && {
            ...verification.basis,
            answers: Object.fromEntries(
              verification.items.flatMap((item) => (item.basis ? [[item.criterionId, item.basis]] : [])),
            ),
          },
        });
      } catch (error) {
        set({ phase: 'failed', loadError: describeError(error) });
      }
    },

    retrySaves: () => queue.retryAll(),

    /** Gives up the failed change of one key and shows what the core has for it instead. */
    async discardFailed(key: string): Promise<void> {
      if (!queue.discard(key)) return;
      try {
        resync(await client.getAudit({ id: get().auditId }), key);
      } catch (error) {
        set({ statusError: describeError(error) });
      }
    },

    undo(): void {
      if (!ctx.editable()) return;
      const revert = undoStack.pop();
      set({ undoDepth: undoStack.length });
      revert?.();
    },

    async complete(): Promise<void> {
      if (!ctx.editable() || get().statusBusy) return;
      set({ statusBusy: true, statusError: undefined });
      await queue.whenSettled();
      const s = get();
      const { model, audit } = s;
      if (!model || !audit) return set({ statusBusy: false });
      if (s.save.failures.length > 0) {
        set({ statusBusy: false, statusError: bilingual({ key: 'ui.workspace.complete_unsaved' }) });
        return;
      }
      const problems = completionProblems(
        model.standard,
        Object.values(s.answers),
        s.rosters,
        audit.facts,
        s.drugCatalog,
      );
      if (problems.length > 0) {
        set({ statusBusy: false, ui: { ...s.ui, completionProblems: problems } });
        return;
      }
      try {
        const updated = await client.setStatus({ id: audit.id, status: 'completed' });
        set({ audit: updated, statusBusy: false, ui: { ...get().ui, completionProblems: undefined } });
      } catch (error) {
        set({ statusBusy: false, statusError: describeError(error) });
      }
    },

    async reopen(): Promise<void> {
      const audit = get().audit;
      if (!ctx.editable() || !audit || audit.status !== 'completed' || get().statusBusy) return;
      set({ statusBusy: true, statusError: undefined });
      try {
        set({ audit: await client.setStatus({ id: audit.id, status: 'in_progress' }), statusBusy: false });
      } catch (error) {
        set({ statusBusy: false, statusError: describeError(error) });
      }
    },

    closeCompletion: () => ui({ completionProblems: undefined }),
    dismissStatusError: () => set({ statusError: undefined }),

    /** Saves the open finding form (create or update) and closes it. */
    submitFinding(draft: FindingDraft): void {
      const content = {
        description: draft.description,
        correctiveAction: draft.correctiveAction,
        responsible: draft.responsible,
        ...(draft.deadline ? { deadline: draft.deadline } : {}),
      };
      if (!draft.description.trim()) return;
      if (draft.findingId) void findings.updateFinding(draft.findingId, content);
      else void findings.createFinding({ criterionId: draft.criterionId, ...content });
      ui({ findingDraft: undefined });
    },
  };
}

export type WorkspaceActions = ReturnType<typeof createActions>;
export type WorkspaceState = WorkspaceData & { actions: WorkspaceActions };
export type WorkspaceStore = StoreApi<WorkspaceState>;

export function createWorkspaceStore(client: WorkspaceApi, auditId: string): WorkspaceStore {
  const undoStack: (() => void)[] = [];
  const serverIds = new Map<string, string>();
  let localCounter = 0;

  let publish: (save: WorkspaceData['save']) => void = () => undefined;
  const queue = createSaveQueue((save) => publish(save));

  return createStore<WorkspaceState>()((set, get) => {
    publish = (save) => set({ save });
    const ctx: StoreContext = {
      client,
      get,
      set,
      queue,
      editable: () => {
        const audit = get().audit;
        return get().phase === 'ready' && audit !== undefined && !isLockedStatus(audit.status);
      },
      pushUndo: (revert) => {
        undoStack.push(revert);
        if (undoStack.length > UNDO_LIMIT) undoStack.shift();
        set({ undoDepth: undoStack.length });
      },
      ids: {
        get: (localId) => serverIds.get(localId),
        bind: (localId, serverId) => void serverIds.set(localId, serverId),
        unbind: (localId) => void serverIds.delete(localId),
        fresh: () => `local-${++localCounter}`,
      },
      noteEdited: () => {
        const audit = get().audit;
        if (audit && (audit.status === 'draft' || audit.status === 'completed')) {
          set({ audit: { ...audit, status: 'in_progress', completedAt: null } });
        }
      },
      withScore: ({ answers, rosters }) => {
        const { model, audit, drugCatalog, scoring } = get();
        if (!model || !audit) return { answers, rosters };
        const input = { standard: model.standard, answers: Object.values(answers), rosters, facts: audit.facts };
        return { answers, rosters, scoring: rescore({ ...input, drugCatalog }, scoring) };
      },
    };
    return {
      auditId,
      phase: 'loading',
      loadError: undefined,
      audit: undefined,
      facility: undefined,
      model: undefined,
      drugCatalog: undefined,
      equipmentCatalog: undefined,
      answers: {},
      rosters: { staff: [], equipment: [], drugs: [] },
      findings: [],
      scoring: undefined,
      basis: null,
      save: { pending: 0, failures: [], acknowledged: 0 },
      undoDepth: 0,
      statusBusy: false,
      statusError: undefined,
      ui: {
        current: 0,
        mode: 'single',
        tab: 'criteria',
        findingDraft: undefined,
        shortcutsOpen: false,
        completionProblems: undefined,
      },
      actions: createActions(ctx, undoStack),
    };
  });
}
