import { create } from 'zustand';
import type { Locale } from '../../../../shared/domain/common';
import type { ReviewScope } from '../../../../shared/ipc/contracts/review';
import { api } from '../../api';

export type SummaryFormat = 'xlsx' | 'pdf';
export type SummaryPeriod = 'week' | 'month';
export type ExportOutcome =
  { kind: 'saved'; format: SummaryFormat; path: string; bytes: number } | { kind: 'cancelled'; format: SummaryFormat };

interface ExportState {
  /** 周报告 or 月推进: what the PDF's title and period say. */
  period: SummaryPeriod;
  busy: SummaryFormat | null;
  outcome: ExportOutcome | null;
  error: unknown;
  setPeriod(period: SummaryPeriod): void;
  /** Main asks where to save and writes the file; the page shows the path it was saved to. */
  run(scope: ReviewScope, format: SummaryFormat, lang: Locale): Promise<void>;
  dismiss(): void;
}

export const useExportStore = create<ExportState>()((set, get) => ({
  period: 'month',
  busy: null,
  outcome: null,
  error: null,
  setPeriod: (period) => set({ period }),
  async run(scope, format, lang) {
    if (get().busy) return;
    set({ busy: format, outcome: null, error: null });
    try {
      const saved = await api.exportSummary({ scope, format, period: get().period, lang });
      const outcome: ExportOutcome =
        'path' in saved ? { kind: 'saved', format, ...saved } : { kind: 'cancelled', format };
      set({ busy: null, outcome });
    } catch (error) {
      set({ busy: null, error });
    }
  },
  dismiss: () => set({ outcome: null, error: null }),
}));
