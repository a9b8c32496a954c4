import { create } from 'zustand';
import type { AuditKind, AuditSummary } from '../../../../shared/domain/audit';
import type { Facility } from '../../../../shared/domain/facility';
import type { AuditRecord } from '../../../../shared/ipc/contracts/audits';
import type { StandardSummary } from '../../../../shared/ipc/contracts/standards';
import { api } from '../../api';
import type { VariantSummary } from '../facilities/variant-options';
import type { SignerProfile } from '../settings/signer-profile';
import {
  LAST_STEP,
  MAX_TEAM,
  VERIFYING_KINDS,
  createAuditInput,
  verificationInput,
  defaultStandardKey,
  firstIncompleteStep,
  stepProblems,
  type TeamRow,
  type WizardDraft,
} from './wizard-logic';

/** Enough to pick from; more precise typing narrows it. */
export const FACILITY_RESULTS = 50;

interface WizardState extends WizardDraft {
  step: number;
  /** Problems of the current step, shown after a refused "next". */
  shownProblems: ReturnType<typeof stepProblems>;
  facilityQuery: string;
  facilityResults: Facility[];
  searching: boolean;
  standards: StandardSummary[];
  variants: VariantSummary[];
  loadingStandards: boolean;
  /** The key the core would choose; marked in the list. */
  suggestedKey: string | null;
  /** The chosen facility's audits, for starting an inspection from a self-assessment. */
  facilityAudits: AuditSummary[];
  creating: boolean;
  error: unknown;

  reset(today: string, signer: SignerProfile): void;
  searchFacilities(query: string): Promise<void>;
  chooseFacility(facility: Facility): Promise<void>;
  setStandardKey(key: string): void;
  setKind(kind: AuditKind): void;
  setBasis(basisId: string | null): void;
  setAnnounced(announced: boolean): void;
  setAuditDate(date: string): void;
  /** The new row's id; null when the team is full. */
  addMember(): number | null;
  updateMember(rowId: number, patch: Partial<Omit<TeamRow, 'rowId'>>): void;
  removeMember(rowId: number): void;
  /** Moves on when the step is complete; otherwise shows why not and stays. */
  next(): boolean;
  back(): void;
  /** Any step up to the first incomplete one. */
  goTo(step: number): void;
  create(): Promise<AuditRecord | null>;
}

let nextRowId = 1;
let latestSearch = 0;

const INITIAL_DRAFT: WizardDraft = {
  facility: null,
  standardKey: null,
  kind: null,
  announced: true,
  auditDate: '',
  team: [],
  basisId: null,
};

export const useWizardStore = create<WizardState>()((set, get) => ({
  ...INITIAL_DRAFT,
  step: 0,
  shownProblems: [],
  facilityQuery: '',
  facilityResults: [],
  searching: false,
  standards: [],
  variants: [],
  loadingStandards: false,
  suggestedKey: null,
  facilityAudits: [],
  creating: false,
  error: null,

  reset(today, signer) {
    const team: TeamRow[] = signer.name.trim()
      ? [{ rowId: nextRowId++, name: signer.name.trim(), role: signer.role, organisation: signer.organisation }]
      : [];
    set({
      ...INITIAL_DRAFT,
      auditDate: today,
      team,
      step: 0,
      shownProblems: [],
      facilityQuery: '',
      facilityResults: [],
      standards: [],
      variants: [],
      loadingStandards: false,
      suggestedKey: null,
      facilityAudits: [],
      creating: false,
      error: null,
    });
  },

  async searchFacilities(query) {
    const request = ++latestSearch;
    set({ facilityQuery: query, searching: true });
    try {
      const trimmed = query.trim();
      const facilityResults = await api.listFacilities({
        limit: FACILITY_RESULTS,
        ...(trimmed ? { query: trimmed } : {}),
      });
      if (request === latestSearch) set({ facilityResults, searching: false, error: null });
    } catch (error) {
      if (request === latestSearch) set({ searching: false, error });
    }
  },

  async chooseFacility(facility) {
    set({
      facility,
      standardKey: null,
      standards: [],
      suggestedKey: null,
      facilityAudits: [],
      basisId: null,
      loadingStandards: true,
      shownProblems: [],
      error: null,
    });
    try {
      const [standards, variants, facilityAudits] = await Promise.all([
        api.listStandards({ level: facility.level }),
        api.listVariants({}),
        api.listAudits({ facilityId: facility.id, kind: 'self_assessment' }),
      ]);
      // The user may have chosen another facility meanwhile.
      if (get().facility?.id !== facility.id) return;
      const suggestedKey = defaultStandardKey(standards, facility);
      set({ standards, variants, facilityAudits, suggestedKey, standardKey: suggestedKey, loadingStandards: false });
    } catch (error) {
      if (get().facility?.id === facility.id) set({ error, loadingStandards: false });
    }
  },

  setStandardKey: (standardKey) => set({ standardKey, basisId: null, shownProblems: [] }),
  setKind: (kind) =>
    set((state) => ({ kind, basisId: VERIFYING_KINDS.includes(kind) ? state.basisId : null, shownProblems: [] })),
  setBasis: (basisId) => set({ basisId }),
  setAnnounced: (announced) => set({ announced }),
  setAuditDate: (auditDate) => set({ auditDate, shownProblems: [] }),

  addMember() {
    const { team } = get();
    if (team.length >= MAX_TEAM) return null;
    const rowId = nextRowId++;
    // The first member usually leads; later ones inspect.
    const role = team.length === 0 ? 'leader' : 'inspector';
    set({ team: [...team, { rowId, name: '', role, organisation: '' }] });
    return rowId;
  },
  updateMember: (rowId, patch) =>
    set((state) => ({
      team: state.team.map((row) => (row.rowId === rowId ? { ...row, ...patch } : row)),
      shownProblems: [],
    })),
  removeMember: (rowId) => set((state) => ({ team: state.team.filter((row) => row.rowId !== rowId) })),

  next() {
    const state = get();
    const problems = stepProblems(state, state.step);
    if (problems.length > 0) {
      set({ shownProblems: problems });
      return false;
    }
    set({ step: Math.min(state.step + 1, LAST_STEP), shownProblems: [] });
    return true;
  },
  back: () => set((state) => ({ step: Math.max(0, state.step - 1), shownProblems: [] })),
  goTo(step) {
    const reachable = firstIncompleteStep(get());
    if (step >= 0 && step <= reachable) set({ step, shownProblems: [] });
  },

  async create() {
    const input = createAuditInput(get());
    if (!input || get().creating) return null;
    set({ creating: true, error: null });
    try {
      const verification = verificationInput(get());
      const audit = verification ? await api.startVerification(verification) : await api.createAudit(input);
      set({ creating: false });
      return audit;
    } catch (error) {
      set({ creating: false, error });
      return null;
    }
  },
}));
