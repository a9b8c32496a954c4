import type ExcelJS from 'exceljs';
import type { Rosters } from '../../../shared/domain/audit';
import type { DrugCatalog } from '../../../shared/domain/catalog';
import type { Locale } from '../../../shared/domain/common';
import { STAFF_QUALIFICATIONS, type Standard } from '../../../shared/domain/standard';
import {
  DRUG_COLUMNS,
  EQUIPMENT_COLUMNS,
  EXTRA_ROWS,
  LISTS_SHEET,
  SHEET_TITLE,
  STAFF_COLUMNS,
  columnNumber,
  word,
  type FormColumn,
} from './audit-form-layout';
import { equipmentRows } from './equipment-items';

export type Row = Record<string, string | number | undefined>;

export function addTable<F extends string>(
  sheet: ExcelJS.Worksheet,
  columns: readonly FormColumn<F>[],
  locale: Locale,
): void {
  sheet.columns = columns.map((c) => ({ key: c.field, width: c.width, hidden: c.hidden ?? false }));
  const header = sheet.addRow(columns.map((c) => word(locale, c.title)));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
}

export function yesNoList(locale: Locale): ExcelJS.DataValidation {
  const list = [word(locale, 'bool.true'), word(locale, 'bool.false')].join(',');
  return { type: 'list', allowBlank: true, formulae: [`"${list}"`], showErrorMessage: true };
}

function wholeCount(): ExcelJS.DataValidation {
  return { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showErrorMessage: true };
}

/** Writes the rows and `blank` empty ones for new entries, each with the sheet's input checks. */
function addRows(sheet: ExcelJS.Worksheet, rows: Row[], blank: number, validate: (row: ExcelJS.Row) => void): void {
  for (const values of [...rows, ...Array.from({ length: blank }, (): Row => ({}))]) validate(sheet.addRow(values));
}

/** Roster sheets of the form: staff, equipment (pre-listed from the standard), drugs (from the catalogue). */
export function staffSheet(workbook: ExcelJS.Workbook, locale: Locale, rosters: Rosters | undefined): void {
  const sheet = workbook.addWorksheet(word(locale, SHEET_TITLE.staff));
  addTable(sheet, STAFF_COLUMNS, locale);
  const qualificationList: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [`'${LISTS_SHEET}'!$A$1:$A$${STAFF_QUALIFICATIONS.length}`],
    showErrorMessage: true,
  };
  const existing = rosters?.staff ?? [];
  const rows: Row[] = existing.map((s) => ({
    id: s.id,
    name: s.name,
    qualification: word(locale, `qualification.${s.qualification}`),
    licenseNo: s.licenseNo,
    practiceSite: s.practiceSite,
    department: s.department,
    verified: word(locale, s.verified ? 'bool.true' : 'bool.false'),
  }));
  addRows(sheet, rows, EXTRA_ROWS.staff, (row) => {
    row.getCell(columnNumber(STAFF_COLUMNS, 'qualification')).dataValidation = qualificationList;
    row.getCell(columnNumber(STAFF_COLUMNS, 'verified')).dataValidation = yesNoList(locale);
  });
}

export function equipmentSheet(
  workbook: ExcelJS.Workbook,
  standard: Standard,
  locale: Locale,
  rosters: Rosters | undefined,
): void {
  const sheet = workbook.addWorksheet(word(locale, SHEET_TITLE.equipment));
  addTable(sheet, EQUIPMENT_COLUMNS, locale);
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? undefined : word(locale, value ? 'bool.true' : 'bool.false');
  const saved = new Map((rosters?.equipment ?? []).map((e) => [e.catalogCode, e]));
  const listed = equipmentRows(standard);
  const rows: Row[] = listed.map((item) => {
    const row = saved.get(item.code);
    saved.delete(item.code);
    return {
      id: row?.id,
      catalogCode: item.code,
      name: item.label[locale],
      present: yesNo(row?.present),
      working: yesNo(row?.working),
      count: row?.count,
      note: row?.note,
    };
  });
  for (const row of saved.values()) {
    rows.push({
      id: row.id,
      catalogCode: row.catalogCode,
      present: yesNo(row.present),
      working: yesNo(row.working),
      count: row.count,
      note: row.note,
    });
  }
  addRows(sheet, rows, EXTRA_ROWS.equipment, (row) => {
    for (const field of ['present', 'working'] as const)
      row.getCell(columnNumber(EQUIPMENT_COLUMNS, field)).dataValidation = yesNoList(locale);
    row.getCell(columnNumber(EQUIPMENT_COLUMNS, 'count')).dataValidation = wholeCount();
  });
}

export function drugSheet(
  workbook: ExcelJS.Workbook,
  locale: Locale,
  context: { rosters?: Rosters; drugCatalog?: DrugCatalog },
): void {
  const sheet = workbook.addWorksheet(word(locale, SHEET_TITLE.drugs));
  addTable(sheet, DRUG_COLUMNS, locale);
  const yesNo = (value: boolean) => word(locale, value ? 'bool.true' : 'bool.false');
  const stock = context.rosters?.drugs ?? [];
  const byCode = new Map(stock.filter((d) => d.catalogCode).map((d) => [d.catalogCode, d]));
  const rows: Row[] = (context.drugCatalog?.items ?? []).map((item) => {
    const saved = byCode.get(item.code);
    return {
      id: saved?.id,
      catalogCode: item.code,
      genericName: item.genericName,
      pinyin: item.pinyinInitials,
      category: item.category,
      dosageForms: item.dosageForms,
      inStock: saved ? yesNo(saved.inStock) : undefined,
      quantity: saved?.quantity,
      nearestExpiry: saved?.nearestExpiry,
    };
  });
  const listedCodes = new Set(context.drugCatalog?.items.map((i) => i.code));
  for (const d of stock.filter((s) => !s.catalogCode || !listedCodes.has(s.catalogCode))) {
    rows.push({
      id: d.id,
      catalogCode: d.catalogCode,
      genericName: d.genericName,
      inStock: yesNo(d.inStock),
      quantity: d.quantity,
      nearestExpiry: d.nearestExpiry,
    });
  }
  addRows(sheet, rows, EXTRA_ROWS.drugs, (row) => {
    row.getCell(columnNumber(DRUG_COLUMNS, 'inStock')).dataValidation = yesNoList(locale);
    row.getCell(columnNumber(DRUG_COLUMNS, 'quantity')).dataValidation = wholeCount();
  });
}
