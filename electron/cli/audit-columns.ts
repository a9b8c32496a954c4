import type { AuditSummary } from '../../shared/domain/audit';
import type { Locale } from '../../shared/domain/common';
import { t } from './output';

/** What every row of an audit table starts with; `audit list` and `demo` each fill it from their own record. */
export type AuditRowHead = Pick<AuditSummary, 'id' | 'level' | 'kind' | 'status' | 'verdict'> & { facility: string };

/** The columns every table of audits opens with, so that `audit list` and `demo` read alike. */
export function auditHeadings(locale: Locale): string[] {
  return ['ID', ...(['facility', 'level', 'kind', 'status', 'verdict'] as const).map((c) => t(locale, `cli.col.${c}`))];
}

export function auditCells(locale: Locale, audit: AuditRowHead): string[] {
  return [
    audit.id,
    audit.facility,
    t(locale, `level.${audit.level}`),
    t(locale, `kind.${audit.kind}`),
    t(locale, `status.${audit.status}`),
    t(locale, `verdict.${audit.verdict}`),
  ];
}
