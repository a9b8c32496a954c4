import { create } from 'zustand';
import type { Standard } from '../../../../shared/domain/standard';
import type { StandardSummary } from '../../../../shared/ipc/contracts/standards';
import { api } from '../../api';
import type { VariantSummary } from '../facilities/variant-options';
import { NO_CRITERIA_FILTER, type CriteriaFilter } from './standard-view';

export interface StandardDetail {
  summary: StandardSummary;
  standard: Standard;
  /** The national standard a provincial variant was resolved from; null for a national one. */
  base: Standard | null;
}

interface StandardsState {
  standards: StandardSummary[];
  variants: VariantSummary[];
  detail: StandardDetail | null;
  filter: CriteriaFilter;
  /** Criteria shown opened (ids). */
  open: string[];
  loadList(): Promise<void>;
  loadDetail(key: string): Promise<void>;
  setFilter(patch: Partial<CriteriaFilter>): void;
  setOpen(open: string[]): void;
}

export const useStandardsStore = create<StandardsState>()((set, get) => ({
  standards: [],
  variants: [],
  detail: null,
  filter: NO_CRITERIA_FILTER,
  open: [],

  async loadList() {
    const [standards, variants] = await Promise.all([api.listStandards({}), api.listVariants({})]);
    set({ standards, variants });
  },

  async loadDetail(key) {
    if (get().detail?.summary.key === key) return;
    const [{ summary, standard }, variants] = await Promise.all([api.getStandard({ key }), api.listVariants({})]);
    const base = summary.variant ? (await api.getStandard({ key: `${summary.id}@${summary.version}` })).standard : null;
    set({ detail: { summary, standard, base }, variants, filter: NO_CRITERIA_FILTER, open: [] });
  },

  setFilter: (patch) => set((state) => ({ filter: { ...state.filter, ...patch } })),
  setOpen: (open) => set({ open }),
}));
