import { create } from 'zustand';
import type { AuditSummary } from '../../../../shared/domain/audit';
import { api } from '../../api';
import { NO_FILTERS, type AuditFilters } from './audit-filters';

export interface AuditsState {
  audits: AuditSummary[];
  /** Text search as typed; `searched` is what the shown list answers. */
  query: string;
  searched: string | null;
  filters: AuditFilters;
  loading: boolean;
  error: unknown;
  setQuery(query: string): void;
  setFilters(patch: Partial<AuditFilters>): void;
  clearFilters(): void;
  /** Fetches the list for the current query; failures land in `error`, never thrown. */
  load(): Promise<void>;
}

// Only the newest request may write: a slow answer to an older search must not replace a newer one.
let latestRequest = 0;

/** Kept for the session, so coming back from an audit finds the list as it was left. */
export const useAuditsStore = create<AuditsState>()((set, get) => ({
  audits: [],
  query: '',
  searched: null,
  filters: NO_FILTERS,
  loading: false,
  error: null,
  setQuery: (query) => set({ query }),
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  clearFilters: () => set({ filters: NO_FILTERS, query: '' }),
  async load() {
    const request = ++latestRequest;
    const query = get().query.trim();
    set({ loading: true });
    try {
      const audits = await api.listAudits(query ? { query } : {});
      if (request === latestRequest) set({ audits, searched: query, loading: false, error: null });
    } catch (error) {
      if (request === latestRequest) set({ loading: false, error });
    }
  },
}));
