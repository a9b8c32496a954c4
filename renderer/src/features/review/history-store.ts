import { create } from 'zustand';
import type { FacilityHistory } from '../../../../shared/ipc/contracts/review';
import { api } from '../../api';

export interface HistoryFacility {
  id: string;
  name: string;
}

interface HistoryState {
  /** The facility whose history the drawer shows; null: the drawer is closed. */
  facility: HistoryFacility | null;
  history: FacilityHistory | null;
  loading: boolean;
  error: unknown;
  open(facility: HistoryFacility): Promise<void>;
  close(): void;
}

let latestRequest = 0;

/** The audit history of one facility (review:facility-history), for the dashboard's drawer. */
export const useHistoryStore = create<HistoryState>()((set) => ({
  facility: null,
  history: null,
  loading: false,
  error: null,
  async open(facility) {
    const request = ++latestRequest;
    set({ facility, history: null, loading: true, error: null });
    try {
      const history = await api.facilityHistory({ facilityId: facility.id });
      if (request === latestRequest) set({ history, loading: false });
    } catch (error) {
      if (request === latestRequest) set({ loading: false, error });
    }
  },
  close: () => {
    latestRequest += 1;
    set({ facility: null, history: null, loading: false, error: null });
  },
}));
