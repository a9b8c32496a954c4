import { create } from 'zustand';
import type { ReviewScope, ReviewSummary } from '../../../../shared/ipc/contracts/review';
import { api } from '../../api';
import { DEFAULT_SORT, nextSort, type PlaceSort, type SortKey } from './rankings-sort';
import { scopeKey } from './review-scope';

export interface ReviewState {
  /** The scope asked for last; `summary` answers it once `loading` is false and there is no error. */
  scope: ReviewScope;
  summary: ReviewSummary | null;
  loading: boolean;
  error: unknown;
  /** Kept while drilling: a reviewer sorting by open findings wants it in the next place too. */
  sort: PlaceSort;
  /** Fetches the roll-up of a scope; failures land in `error`, never thrown. */
  load(scope: ReviewScope): Promise<void>;
  retry(): Promise<void>;
  sortBy(key: SortKey): void;
}

// Only the newest request may write: a slow roll-up of the place just left must not replace this one.
let latestRequest = 0;

export const useReviewStore = create<ReviewState>()((set, get) => ({
  scope: { path: [] },
  summary: null,
  loading: false,
  error: null,
  sort: DEFAULT_SORT,
  async load(scope) {
    const request = ++latestRequest;
    const sameScope = scopeKey(scope) === scopeKey(get().scope);
    // Another place's figures must not stay on screen under this place's breadcrumb.
    set({ scope, loading: true, ...(sameScope ? {} : { summary: null }) });
    try {
      const summary = await api.reviewSummary(scope);
      if (request === latestRequest) set({ summary, loading: false, error: null });
    } catch (error) {
      if (request === latestRequest) set({ loading: false, error });
    }
  },
  retry: () => get().load(get().scope),
  sortBy: (key) => set((state) => ({ sort: nextSort(state.sort, key) })),
}));
