import type { Locale } from '../../../shared/domain/common';
import { formatMessage, type MessageKey } from '../../../shared/i18n/format';
import type { ImportBatch, ImportResult } from '../../../shared/ipc/contracts/packages';

export type ImportReportFormat = 'json' | 'csv';

/** The format a report path asks for: .csv, else JSON. */
export const reportFormatOf = (path: string): ImportReportFormat => (/\.csv$/i.test(path) ? 'csv' : 'json');

const COLUMNS: { header: MessageKey; value: (r: ImportResult, locale: Locale) => string }[] = [
  { header: 'packages.report.file', value: (r) => r.file },
  { header: 'packages.report.status', value: (r, l) => formatMessage(l, `packages.status.${r.status}`) },
  { header: 'packages.report.check', value: (r) => r.check ?? '' },
  { header: 'packages.report.message', value: (r, l) => (r.notice ? `${r.message[l]} ${r.notice[l]}` : r.message[l]) },
  { header: 'packages.report.audit', value: (r) => r.auditId ?? '' },
  { header: 'packages.report.lineage', value: (r) => r.lineageId ?? '' },
  { header: 'packages.report.revision', value: (r) => (r.revision === undefined ? '' : String(r.revision)) },
  { header: 'packages.report.facility_code', value: (r) => r.facilityCode ?? '' },
  { header: 'packages.report.facility_name', value: (r) => r.facilityName ?? '' },
  { header: 'packages.report.trust', value: (r, l) => (r.trust ? formatMessage(l, `packages.trust.${r.trust}`) : '') },
  { header: 'packages.report.signer', value: (r) => r.signerName ?? '' },
  { header: 'packages.report.fingerprint', value: (r) => r.signerFingerprint ?? '' },
];

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe: a file name chosen by someone else must not become a formula in the reviewer's Excel.
 */
function cell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The batch report. JSON holds everything (both languages); CSV is one row per file in the
 * reviewer's language, UTF-8 with a byte-order mark so Excel and WPS read the Chinese correctly.
 */
export function importReport(batch: ImportBatch, format: ImportReportFormat, locale: Locale = 'zh-CN'): Buffer {
  if (format === 'json') return Buffer.from(`${JSON.stringify(batch, null, 2)}\n`, 'utf8');
  const lines = [
    COLUMNS.map((c) => cell(formatMessage(locale, c.header))).join(','),
    ...batch.results.map((r) => COLUMNS.map((c) => cell(c.value(r, locale))).join(',')),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
