import type ExcelJS from 'exceljs';
import type { AnswerValue, Rosters } from '../../../shared/domain/audit';
import type { DrugCatalog } from '../../../shared/domain/catalog';
import type { Locale } from '../../../shared/domain/common';
import { STAFF_QUALIFICATIONS, type Criterion, type Standard } from '../../../shared/domain/standard';
import { formatMessage } from '../../../shared/i18n/format';
import { formatAnswerValue } from './answer-parse';
import {
  CRITERIA_COLUMNS,
  FORM_FORMAT,
  LISTS_SHEET,
  META_SHEET,
  SHEET_TITLE,
  answerShape,
  columnNumber,
  word,
  type FormMeta,
} from './audit-form-layout';
import { addTable, drugSheet, equipmentSheet, staffSheet, yesNoList, type Row } from './audit-form-sheets';

/** Guards the layout against accidental edits; it is not a secret and protects nothing else. */
const SHEET_GUARD = 'dabiao';

export interface TemplateAnswer {
  criterionId: string;
  value: AnswerValue | null;
  notApplicableReason?: string;
  note?: string;
}

export interface TemplateContext {
  /** The immutable standard record (`id@version+variant`) written into the form's meta sheet. */
  standardKey?: string;
  auditId?: string;
  facilityName?: string;
  /** Pre-lists the drug sheet; without it the sheet has blank rows only. */
  drugCatalog?: DrugCatalog;
  /** Pre-fills the form from an audit already under way. */
  answers?: readonly TemplateAnswer[];
  rosters?: Rosters;
}

function answerValidation(criterion: Criterion, locale: Locale): ExcelJS.DataValidation | undefined {
  const shape = answerShape(criterion);
  switch (shape) {
    case 'boolean':
      return yesNoList(locale);
    case 'number':
      return {
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [0],
        showErrorMessage: true,
      };
    case 'grade':
      return {
        type: 'list',
        allowBlank: true,
        formulae: [`"A,B,C,${word(locale, 'grade.none')}"`],
        showErrorMessage: true,
      };
    case 'items':
    case 'text':
      return {
        type: 'textLength',
        operator: 'lessThanOrEqual',
        allowBlank: true,
        formulae: [4000],
        showErrorMessage: true,
      };
    case 'staff':
    case 'equipment':
    case 'drugs':
      return undefined;
  }
}

function requirementHint(criterion: Criterion, locale: Locale): string {
  const t = (key: Parameters<typeof formatMessage>[1], params?: Record<string, string | number>) =>
    formatMessage(locale, key, params);
  switch (criterion.kind) {
    case 'yes_no':
      return t('form.hint.boolean');
    case 'number':
      return t('form.hint.number', { unit: criterion.unit[locale] });
    case 'area':
      return t('form.hint.area');
    case 'grade':
      return t('form.hint.grade', { min: criterion.minGrade });
    case 'text':
      return t('form.hint.text');
    case 'roster_count': {
      const sep = t('list.separator');
      const qualifications = criterion.qualifications.map((q) => t(`qualification.${q}`)).join(sep);
      return t('form.hint.staff', { qualifications });
    }
    case 'drug_coverage':
      return t('form.hint.drugs');
    case 'list_coverage':
      if (criterion.source === 'equipment_roster') return t('form.hint.equipment');
      return `${t('form.hint.items')}\n${criterion.items.map((i) => `${i.id} ${i.label[locale]}`).join('\n')}`;
  }
}

function criteriaSheet(
  workbook: ExcelJS.Workbook,
  standard: Standard,
  locale: Locale,
  context: TemplateContext,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(word(locale, SHEET_TITLE.criteria));
  const title = formatMessage(locale, 'form.title', {
    standard: standard.title[locale],
    facility: context.facilityName ?? '',
  });
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([word(locale, 'form.instructions')]).font = { italic: true, color: { argb: 'FF595959' } };
  addTable(sheet, CRITERIA_COLUMNS, locale);
  const answers = new Map((context.answers ?? []).map((a) => [a.criterionId, a]));
  const answerCol = columnNumber(CRITERIA_COLUMNS, 'answer');
  for (const section of standard.sections) {
    for (const criterion of section.criteria) {
      const saved = answers.get(criterion.id);
      const derived = answerValidation(criterion, locale) === undefined;
      const values: Row = {
        id: criterion.id,
        section: section.title[locale],
        title: criterion.title[locale],
        kind: word(locale, `form.kind.${criterion.kind}`),
        howToVerify: criterion.howToVerify[locale],
        blocking: criterion.blocking ? word(locale, 'form.blocking_mark') : '',
        requirement: requirementHint(criterion, locale),
        answer: derived
          ? word(locale, 'form.derived')
          : saved?.value === null || saved?.value === undefined
            ? undefined
            : formatAnswerValue(criterion, saved.value, locale),
        note: saved?.note,
        naReason: saved?.notApplicableReason,
      };
      const row = sheet.addRow(values);
      row.alignment = { vertical: 'top', wrapText: true };
      const answerCell = row.getCell(answerCol);
      const validation = answerValidation(criterion, locale);
      if (validation) answerCell.dataValidation = validation;
      else answerCell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
      for (const column of CRITERIA_COLUMNS) {
        const isInput = 'input' in column && column.input && !(derived && column.field === 'answer');
        row.getCell(columnNumber(CRITERIA_COLUMNS, column.field)).protection = { locked: !isInput };
      }
      if (criterion.blocking)
        row.getCell(columnNumber(CRITERIA_COLUMNS, 'blocking')).font = { bold: true, color: { argb: 'FFC00000' } };
    }
  }
  return sheet;
}

async function hiddenSheets(
  workbook: ExcelJS.Workbook,
  standard: Standard,
  locale: Locale,
  context: TemplateContext,
): Promise<void> {
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  STAFF_QUALIFICATIONS.forEach((q, i) => {
    lists.getCell(i + 1, 1).value = word(locale, `qualification.${q}`);
  });
  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const values: FormMeta = {
    format: FORM_FORMAT,
    standardKey: context.standardKey ?? `${standard.id}@${standard.version}`,
    standardId: standard.id,
    standardVersion: standard.version,
    auditId: context.auditId ?? '',
    locale,
  };
  for (const [key, value] of Object.entries(values)) meta.addRow([key, value]);
  await meta.protect(SHEET_GUARD, { selectLockedCells: false });
}

/** The blank (or pre-filled) self-assessment form a facility without the app fills in Excel. */
export async function buildAuditTemplate(
  standard: Standard,
  locale: Locale,
  context: TemplateContext = {},
): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Dabiao';
  const criteria = criteriaSheet(workbook, standard, locale, context);
  staffSheet(workbook, locale, context.rosters);
  equipmentSheet(workbook, standard, locale, context.rosters);
  drugSheet(workbook, locale, context);
  await hiddenSheets(workbook, standard, locale, context);
  await criteria.protect(SHEET_GUARD, { formatColumns: true, formatRows: true, autoFilter: true });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
