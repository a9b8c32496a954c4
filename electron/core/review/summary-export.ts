import type { ReportLang } from '../../../shared/ipc/contracts/reports';
import type { ReviewScope, ReviewSummary } from '../../../shared/ipc/contracts/review';
import { formatMessage } from '../../../shared/i18n/format';
import { periodOf } from '../../../shared/logic/review/period';
import { writeFileAtomically, type SaveDialog } from '../reports/report-file';
import { reportText } from '../reports/report-text';
import type { ReviewService } from './review-service';
import { summaryPdf } from './summary-pdf';
import { summaryWorkbook, type SummaryHeading } from './summary-xlsx';

export interface SummaryExportInput {
  scope: ReviewScope;
  format: 'xlsx' | 'pdf';
  period: 'week' | 'month';
  lang: ReportLang;
}

export interface RenderedSummary {
  bytes: Buffer;
  suggestedName: string;
  summary: ReviewSummary;
}

// Characters no file system accepts in a name (place names are data and may hold any of them).
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;

/** "云南省-达标汇总-2024-06-30.xlsx": what the save dialog proposes. */
function fileName(input: SummaryExportInput, asOf: string): string {
  const place = input.scope.path.at(-1) ?? '@review.all_places';
  const name = formatMessage(reportText(input.lang).primary, 'review.file_name', { place, date: asOf });
  return `${name.replace(UNSAFE_NAME, '_')}.${input.format}`;
}

/** The summary file's bytes and the name to propose for it, as of the scope's date (default: today). */
export async function renderSummaryFile(review: ReviewService, input: SummaryExportInput): Promise<RenderedSummary> {
  const summary = review.summary(input.scope);
  const asOf = summary.scope.asOf ?? '';
  const t = reportText(input.lang);
  // "@key" params are rendered per language: "全部地区" in Chinese, "All places" in English.
  const place = summary.scope.path.at(-1) ?? '@review.all_places';
  const period = periodOf(input.period, asOf);
  const level = summary.scope.level;
  const heading: SummaryHeading = {
    title: t.label(`review.title.${period.kind}`, { place }),
    subtitle: [
      t.label(`review.period.${period.kind}`, { from: period.from, to: period.to }),
      ...(level === undefined ? [] : [t.label(`level.${level}`)]),
    ].join(' · '),
  };
  const suggestedName = fileName(input, asOf);
  if (input.format === 'xlsx') return { bytes: await summaryWorkbook(summary, t, heading), suggestedName, summary };
  const footer = (page: number, pages: number) => t.label('review.footer', { place, date: asOf, page, pages });
  const { pdf } = await summaryPdf(summary, t, heading, footer);
  return { bytes: pdf, suggestedName, summary };
}

/** `review:export-summary`: main asks where to save, then renders and writes all or nothing. */
export async function exportSummary(
  review: ReviewService,
  dialog: SaveDialog,
  input: SummaryExportInput,
): Promise<{ cancelled: true } | { path: string; bytes: number }> {
  const t = reportText('both');
  const filter =
    input.format === 'xlsx'
      ? { name: t.label('review.file_filter.xlsx'), extensions: ['xlsx'] }
      : { name: t.label('review.file_filter.pdf'), extensions: ['pdf'] };
  // The name proposed needs the date only; rendering waits until a path is chosen.
  const asOf = input.scope.asOf ?? review.today();
  const path = await dialog.chooseSavePath(fileName(input, asOf), [filter]);
  if (path === null) return { cancelled: true };
  const rendered = await renderSummaryFile(review, { ...input, scope: { ...input.scope, asOf } });
  writeFileAtomically(path, rendered.bytes);
  return { path, bytes: rendered.bytes.length };
}
