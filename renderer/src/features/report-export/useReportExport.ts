import { useStore } from 'zustand';
import { api } from '../../api';
import { createReportExportStore, type ReportExportState } from './store';

/** One export dialog for the app: opened from the workspace header, shown by the workspace page. */
export const reportExportStore = createReportExportStore(api);

export function useReportExport<T>(selector: (state: ReportExportState) => T): T {
  return useStore(reportExportStore, selector);
}
