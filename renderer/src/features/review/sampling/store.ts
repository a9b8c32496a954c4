import { create } from 'zustand';
import type { Sample } from '../../../../../shared/ipc/contracts/review';
import { api } from '../../../api';
import type { SampleInput } from './sample-form';

interface SamplingState {
  /** Every recorded draw, as the core lists them. */
  samples: Sample[];
  listError: unknown;
  /** The draw on screen: the one just made or one picked from the list. */
  shown: Sample | null;
  drawing: boolean;
  drawError: unknown;
  loadSamples(): Promise<void>;
  /** Draws and records a sample; it is shown and joins the list. Failures land in `drawError`. */
  draw(request: SampleInput): Promise<void>;
  show(sample: Sample): void;
}

export const useSamplingStore = create<SamplingState>()((set, get) => ({
  samples: [],
  listError: null,
  shown: null,
  drawing: false,
  drawError: null,
  async loadSamples() {
    try {
      set({ samples: await api.listSamples({}), listError: null });
    } catch (listError) {
      set({ listError });
    }
  },
  async draw(request) {
    if (get().drawing) return;
    set({ drawing: true, drawError: null });
    try {
      const sample = await api.drawSample(request);
      set((state) => ({
        drawing: false,
        shown: sample,
        samples: [sample, ...state.samples.filter((s) => s.id !== sample.id)],
      }));
    } catch (drawError) {
      set({ drawing: false, drawError });
    }
  },
  show: (sample) => set({ shown: sample, drawError: null }),
}));
