import type { Locale } from '../../../shared/domain/common';
import type { Criterion } from '../../../shared/domain/standard';
import { formatMessage, type MessageKey } from '../../../shared/i18n/format';

/**
 * The self-assessment form's layout, shared by the writer and the reader so they cannot
 * drift. Sheet and column titles are written in one language and read back in either.
 */
export const FORM_FORMAT = 'dabiao.audit-form/1';
export const META_SHEET = 'dabiao-meta';
export const LISTS_SHEET = 'dabiao-lists';
export const META_KEYS = ['format', 'standardKey', 'standardId', 'standardVersion', 'auditId', 'locale'] as const;
export type FormMeta = Partial<Record<(typeof META_KEYS)[number], string>>;

export type FormSheet = 'criteria' | 'staff' | 'equipment' | 'drugs';
export const SHEET_TITLE: Record<FormSheet, MessageKey> = {
  criteria: 'form.sheet.criteria',
  staff: 'form.sheet.staff',
  equipment: 'form.sheet.equipment',
  drugs: 'form.sheet.drugs',
};

export interface FormColumn<F extends string> {
  field: F;
  title: MessageKey;
  width: number;
  /** Cells the user fills; every other cell of the sheet is locked. */
  input?: boolean;
  hidden?: boolean;
}

export const CRITERIA_COLUMNS = [
  { field: 'id', title: 'form.col.criterion_id', width: 14 },
  { field: 'section', title: 'form.col.section', width: 16 },
  { field: 'title', title: 'form.col.title', width: 40 },
  { field: 'kind', title: 'form.col.kind', width: 10 },
  { field: 'howToVerify', title: 'form.col.how_to_verify', width: 40 },
  { field: 'blocking', title: 'form.col.blocking', width: 10 },
  { field: 'requirement', title: 'form.col.requirement', width: 36 },
  { field: 'answer', title: 'form.col.answer', width: 18, input: true },
  { field: 'note', title: 'form.col.note', width: 24, input: true },
  { field: 'naReason', title: 'form.col.na_reason', width: 24, input: true },
] as const satisfies readonly FormColumn<string>[];

export const STAFF_COLUMNS = [
  { field: 'id', title: 'form.col.row_id', width: 10, hidden: true },
  { field: 'name', title: 'form.col.staff_name', width: 14, input: true },
  { field: 'qualification', title: 'form.col.qualification', width: 18, input: true },
  { field: 'licenseNo', title: 'form.col.license_no', width: 20, input: true },
  { field: 'practiceSite', title: 'form.col.practice_site', width: 20, input: true },
  { field: 'department', title: 'form.col.department', width: 14, input: true },
  { field: 'verified', title: 'form.col.verified', width: 12, input: true },
] as const satisfies readonly FormColumn<string>[];

export const EQUIPMENT_COLUMNS = [
  { field: 'id', title: 'form.col.row_id', width: 10, hidden: true },
  { field: 'catalogCode', title: 'form.col.equipment_code', width: 18, input: true },
  { field: 'name', title: 'form.col.equipment_name', width: 28 },
  { field: 'present', title: 'form.col.present', width: 10, input: true },
  { field: 'working', title: 'form.col.working', width: 12, input: true },
  { field: 'count', title: 'form.col.count', width: 8, input: true },
  { field: 'note', title: 'form.col.note', width: 24, input: true },
] as const satisfies readonly FormColumn<string>[];

export const DRUG_COLUMNS = [
  { field: 'id', title: 'form.col.row_id', width: 10, hidden: true },
  { field: 'catalogCode', title: 'form.col.drug_code', width: 12, input: true },
  { field: 'genericName', title: 'form.col.generic_name', width: 24, input: true },
  { field: 'pinyin', title: 'form.col.pinyin', width: 10 },
  { field: 'category', title: 'form.col.category', width: 20 },
  { field: 'dosageForms', title: 'form.col.dosage_forms', width: 18 },
  { field: 'inStock', title: 'form.col.in_stock', width: 10, input: true },
  { field: 'quantity', title: 'form.col.quantity', width: 10, input: true },
  { field: 'nearestExpiry', title: 'form.col.nearest_expiry', width: 14, input: true },
] as const satisfies readonly FormColumn<string>[];

/** 1-based column number of a field, as exceljs counts. */
export function columnNumber<F extends string>(columns: readonly FormColumn<F>[], field: F): number {
  return columns.findIndex((c) => c.field === field) + 1;
}

/** Blank rows offered for people and drugs not pre-listed. */
export const EXTRA_ROWS = { staff: 100, equipment: 30, drugs: 100 } as const;

export type AnswerShape = 'boolean' | 'number' | 'grade' | 'items' | 'text' | 'staff' | 'equipment' | 'drugs';

/** What the answer cell takes; roster-derived criteria are computed from the other sheets. */
export function answerShape(criterion: Criterion): AnswerShape {
  switch (criterion.kind) {
    case 'yes_no':
      return 'boolean';
    case 'number':
    case 'area':
      return 'number';
    case 'grade':
      return 'grade';
    case 'text':
      return 'text';
    case 'roster_count':
      return 'staff';
    case 'drug_coverage':
      return 'drugs';
    case 'list_coverage':
      return criterion.source === 'answer' ? 'items' : 'equipment';
  }
}

export function both(key: MessageKey): string[] {
  return [formatMessage('zh-CN', key), formatMessage('en-US', key)];
}

export function word(locale: Locale, key: MessageKey): string {
  return formatMessage(locale, key);
}
