import type { AuditKind, AuditStatus, AuditSummary } from '../../../../shared/domain/audit';
import type { FacilityLevel } from '../../../../shared/domain/common';

/** The list's filters besides the text search (which the core answers, pinyin included). */
export interface AuditFilters {
  level: FacilityLevel | null;
  kind: AuditKind | null;
  status: AuditStatus | null;
  /** Inclusive ISO dates (YYYY-MM-DD); either end may be open. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: AuditFilters = { level: null, kind: null, status: null, from: null, to: null };

export function activeFilterCount(filters: AuditFilters): number {
  return Object.values(filters).filter((value) => value !== null).length;
}

/** A range whose start is after its end matches nothing; the bar says so instead of an empty list. */
export function dateRangeInverted(filters: AuditFilters): boolean {
  return filters.from !== null && filters.to !== null && filters.from > filters.to;
}

export function matchesFilters(audit: AuditSummary, filters: AuditFilters): boolean {
  if (filters.level !== null && audit.level !== filters.level) return false;
  if (filters.kind !== null && audit.kind !== filters.kind) return false;
  if (filters.status !== null && audit.status !== filters.status) return false;
  // ISO dates order as text.
  if (filters.from !== null && audit.auditDate < filters.from) return false;
  if (filters.to !== null && audit.auditDate > filters.to) return false;
  return true;
}

/** The same array when nothing filters, so the table keeps its page. */
export function filterAudits(audits: readonly AuditSummary[], filters: AuditFilters): readonly AuditSummary[] {
  return activeFilterCount(filters) === 0 ? audits : audits.filter((audit) => matchesFilters(audit, filters));
}

/** Answered of applicable criteria, 0–100; an audit with nothing applicable has nothing left to do. */
export function progressPercent(audit: Pick<AuditSummary, 'answered' | 'applicable'>): number {
  if (audit.applicable <= 0) return 100;
  return Math.min(100, Math.round((audit.answered / audit.applicable) * 100));
}
