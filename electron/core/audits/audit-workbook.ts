import type ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { StaffMember } from '../../../shared/domain/audit';
import type { Locale } from '../../../shared/domain/common';
import { STAFF_QUALIFICATIONS, type StaffQualification, type Standard } from '../../../shared/domain/standard';
import { AppError } from '../../../shared/errors';
import { bilingual, type Message } from '../../../shared/i18n/format';
import { licenceFromForm, maskStaffLicences } from '../../../shared/logic/personal-ids';
import { parseBooleanText, parseCountText } from '../files/cell-parse';
import { cellOf, mapColumns, normalizeHeader, type ColumnMap, type ColumnSpec } from '../files/columns';
import { parseRow } from '../files/row-errors';
import { checkFileSize, loadWorkbook, worksheetRows, type TableRow } from '../files/table-file';
import {
  CRITERIA_COLUMNS,
  DRUG_COLUMNS,
  EQUIPMENT_COLUMNS,
  FORM_FORMAT,
  META_SHEET,
  SHEET_TITLE,
  STAFF_COLUMNS,
  both,
  type FormColumn,
  type FormMeta,
  type FormSheet,
} from './audit-form-layout';
import {
  FillDrugSchema,
  FillEquipmentSchema,
  FillStaffSchema,
  checkStandardMatch,
  criterionIndex,
  interpretAnswer,
  type AuditFill,
  type FillError,
} from './audit-fill';

import { buildAuditTemplate as buildForm, type TemplateContext } from './audit-template';

export type { TemplateContext } from './audit-template';

export const FORM_LIMITS = { maxBytes: 20 * 1024 * 1024, maxRowsPerSheet: 20_000 } as const;

interface SheetTable<F extends string> {
  name: string;
  map: ColumnMap<F>;
  rows: TableRow[];
}

function findSheet(workbook: ExcelJS.Workbook, sheet: FormSheet): ExcelJS.Worksheet {
  const names = new Set(both(SHEET_TITLE[sheet]).map(normalizeHeader));
  const found = workbook.worksheets.find((ws) => names.has(normalizeHeader(ws.name)));
  if (!found)
    throw new AppError('bad_file', {
      key: 'form.missing_sheet',
      params: { sheet: both(SHEET_TITLE[sheet]).join(' / ') },
    });
  return found;
}

/** Columns are found by their titles in either language, so a user who moves a column does no harm. */
function readSheet<F extends string>(
  workbook: ExcelJS.Workbook,
  sheet: FormSheet,
  columns: readonly FormColumn<F>[],
): SheetTable<F> {
  const ws = findSheet(workbook, sheet);
  if (ws.actualRowCount > FORM_LIMITS.maxRowsPerSheet) {
    throw new AppError('bad_file', {
      key: 'file.too_many_rows',
      params: { rows: ws.actualRowCount, max: FORM_LIMITS.maxRowsPerSheet },
    });
  }
  // Hidden row ids and read-only reference columns may be deleted by the user; the rest must stay.
  const specs: ColumnSpec<F>[] = columns.map((c) => ({
    field: c.field,
    aliases: both(c.title),
    required: c.input === true || (c.field === 'id' && !c.hidden),
  }));
  const titles = new Set(specs.flatMap((s) => s.aliases.map(normalizeHeader)));
  const rows = worksheetRows(ws);
  // The header is the first row naming at least two of the form's columns (a title row may precede it).
  const headerAt = rows.findIndex((r) => r.cells.filter((c) => titles.has(normalizeHeader(c))).length >= 2);
  const header = rows[headerAt];
  if (!header) return { name: ws.name, map: mapColumns([], specs), rows: [] };
  return { name: ws.name, map: mapColumns(header.cells, specs), rows: rows.slice(headerAt + 1) };
}

function readMeta(workbook: ExcelJS.Workbook): FormMeta {
  const sheet = workbook.getWorksheet(META_SHEET);
  if (!sheet) throw new AppError('bad_file', { key: 'form.not_a_form' });
  const meta: Record<string, string> = {};
  for (const { cells } of worksheetRows(sheet)) if (cells[0]) meta[cells[0]] = cells[1] ?? '';
  if (meta['format'] !== FORM_FORMAT) throw new AppError('bad_file', { key: 'form.not_a_form' });
  return meta;
}

function errorSink(errors: FillError[], table: SheetTable<string>) {
  return (row: number, field: string, message: Message) =>
    errors.push({ sheet: table.name, row, column: table.map.label[field] ?? field, message: bilingual(message) });
}

/** A roster row that passes its schema joins `into`; each problem it has is reported against its column. */
function keepValid<S extends z.ZodType>(
  schema: S,
  input: unknown,
  row: number,
  table: SheetTable<string>,
  into: z.output<S>[],
  errors: FillError[],
): void {
  const parsed = parseRow(schema, input, row, (path) => table.map.label[String(path[0])] ?? String(path[0]));
  if (parsed.ok) into.push(parsed.value);
  else
    errors.push(...parsed.errors.map((e) => ({ sheet: table.name, row: e.row, column: e.field, message: e.message })));
}

function readAnswers(
  table: SheetTable<(typeof CRITERIA_COLUMNS)[number]['field']>,
  standard: Standard,
  out: AuditFill,
): void {
  const criteria = criterionIndex(standard);
  const seen = new Set<string>();
  const fail = errorSink(out.errors, table);
  for (const { row, cells } of table.rows) {
    const cell = (field: (typeof CRITERIA_COLUMNS)[number]['field']) => cellOf(cells, table.map, field) || undefined;
    const id = cell('id');
    if (!id) continue;
    const criterion = criteria.get(id);
    if (!criterion) {
      fail(row, 'id', { key: 'error.unknown_criterion', params: { standard: standard.id, criterion: id } });
      continue;
    }
    if (seen.has(id)) {
      fail(row, 'id', { key: 'form.duplicate_criterion', params: { criterion: id } });
      continue;
    }
    seen.add(id);
    const check = interpretAnswer(criterion, cell('answer'), cell('naReason'), cell('note'));
    if (check === null) continue;
    if (check.ok) out.answers.push(check.answer);
    else fail(row, check.column, check.message);
  }
}

function qualificationOf(text: string): StaffQualification | undefined {
  const wanted = normalizeHeader(text);
  return STAFF_QUALIFICATIONS.find(
    (q) =>
      normalizeHeader(q) === wanted || both(`qualification.${q}`).some((label) => normalizeHeader(label) === wanted),
  );
}

/** Blank means "not filled in"; anything else must be a yes/no word. */
function flag(text: string, onBad: () => void): boolean | undefined {
  if (text === '') return undefined;
  const value = parseBooleanText(text);
  if (value === undefined) onBad();
  return value;
}

function readStaff(
  table: SheetTable<(typeof STAFF_COLUMNS)[number]['field']>,
  out: AuditFill,
  known: readonly StaffMember[],
): void {
  const fail = errorSink(out.errors, table);
  for (const { row, cells } of table.rows) {
    const cell = (field: (typeof STAFF_COLUMNS)[number]['field']) => cellOf(cells, table.map, field);
    if (STAFF_COLUMNS.every((c) => c.field === 'id' || cell(c.field) === '')) continue;
    const qualificationText = cell('qualification');
    const qualification = qualificationOf(qualificationText);
    if (qualificationText && !qualification) {
      fail(row, 'qualification', { key: 'form.bad_qualification', params: { value: qualificationText } });
      continue;
    }
    let bad = false;
    const verified = flag(cell('verified'), () => {
      bad = true;
      fail(row, 'verified', { key: 'file.not_boolean', params: { value: cell('verified') } });
    });
    if (bad) continue;
    const licenseNo = licenceFromForm(cell('licenseNo'), cell('id'), known);
    if (licenseNo === null) {
      fail(row, 'licenseNo', { key: 'form.licence_masked', params: { value: cell('licenseNo') } });
      continue;
    }
    const input = {
      id: cell('id') || undefined,
      name: cell('name') || undefined,
      qualification: qualification ?? (qualificationText || undefined),
      licenseNo: licenseNo || undefined,
      practiceSite: cell('practiceSite') || undefined,
      department: cell('department') || undefined,
      verified: verified ?? false,
    };
    keepValid(FillStaffSchema, input, row, table, out.staff, out.errors);
  }
}

function readEquipment(table: SheetTable<(typeof EQUIPMENT_COLUMNS)[number]['field']>, out: AuditFill): void {
  const fail = errorSink(out.errors, table);
  for (const { row, cells } of table.rows) {
    const cell = (field: (typeof EQUIPMENT_COLUMNS)[number]['field']) => cellOf(cells, table.map, field);
    // Pre-listed rows the user left alone carry only a code and a name.
    if (cell('present') === '' && cell('working') === '' && cell('count') === '' && cell('note') === '') continue;
    let bad = false;
    const onBad = (field: 'present' | 'working') => () => {
      bad = true;
      fail(row, field, { key: 'file.not_boolean', params: { value: cell(field) } });
    };
    const present = flag(cell('present'), onBad('present'));
    const working = flag(cell('working'), onBad('working'));
    if (bad) continue;
    if (present === undefined) {
      fail(row, 'present', { key: 'file.required_cell' });
      continue;
    }
    if (present && working === undefined) {
      fail(row, 'working', { key: 'file.required_cell' });
      continue;
    }
    const countText = cell('count');
    const count = countText === '' ? (present ? 1 : 0) : parseCountText(countText);
    if (count === undefined) {
      fail(row, 'count', { key: 'file.not_count', params: { value: countText } });
      continue;
    }
    const input = {
      id: cell('id') || undefined,
      catalogCode: cell('catalogCode') || undefined,
      present,
      working: present ? working : false,
      count,
      note: cell('note') || undefined,
    };
    keepValid(FillEquipmentSchema, input, row, table, out.equipment, out.errors);
  }
}

function isoDateOf(text: string): string | undefined {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/u.exec(text);
  if (!m) return text || undefined;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

function readDrugs(table: SheetTable<(typeof DRUG_COLUMNS)[number]['field']>, out: AuditFill): void {
  const fail = errorSink(out.errors, table);
  for (const { row, cells } of table.rows) {
    const cell = (field: (typeof DRUG_COLUMNS)[number]['field']) => cellOf(cells, table.map, field);
    const stockText = cell('inStock');
    if (stockText === '') {
      if (cell('quantity') !== '' || cell('nearestExpiry') !== '') fail(row, 'inStock', { key: 'file.required_cell' });
      continue;
    }
    let bad = false;
    const inStock = flag(stockText, () => {
      bad = true;
      fail(row, 'inStock', { key: 'file.not_boolean', params: { value: stockText } });
    });
    const quantityText = cell('quantity');
    const quantity = quantityText === '' ? undefined : parseCountText(quantityText);
    if (quantityText !== '' && quantity === undefined) {
      bad = true;
      fail(row, 'quantity', { key: 'file.not_count', params: { value: quantityText } });
    }
    if (bad) continue;
    const input = {
      id: cell('id') || undefined,
      catalogCode: cell('catalogCode') || undefined,
      genericName: cell('genericName') || undefined,
      inStock,
      quantity,
      nearestExpiry: isoDateOf(cell('nearestExpiry')),
    };
    keepValid(FillDrugSchema, input, row, table, out.drugs, out.errors);
  }
}

/**
 * The blank (or pre-filled) self-assessment form. Licence numbers of the pre-filled staff are
 * masked like in every export unless `includePersonalIds`; reading the form back keeps the
 * stored number for a masked cell left as it was.
 */
export function buildAuditTemplate(
  standard: Standard,
  locale: Locale,
  context: TemplateContext & { includePersonalIds?: boolean } = {},
): Promise<Uint8Array> {
  const { includePersonalIds = false, ...form } = context;
  if (includePersonalIds || !form.rosters) return buildForm(standard, locale, form);
  return buildForm(standard, locale, {
    ...form,
    rosters: { ...form.rosters, staff: maskStaffLicences(form.rosters.staff) },
  });
}

/**
 * Reads a filled self-assessment form back: answers parsed to each criterion's value type,
 * roster rows validated, every problem reported with its sheet, row and column. Throws
 * `bad_file` when the file is not a Dabiao form for this standard. `knownStaff`: the audit's
 * staff, whose numbers a masked licence cell stands for.
 */
export async function readAuditWorkbook(
  bytes: Uint8Array,
  standard: Standard,
  fileName = 'form.xlsx',
  knownStaff: readonly StaffMember[] = [],
): Promise<AuditFill & { meta: FormMeta }> {
  checkFileSize(bytes.byteLength, FORM_LIMITS.maxBytes);
  const workbook = await loadWorkbook(fileName, bytes);
  const meta = readMeta(workbook);
  checkStandardMatch(`${meta.standardId ?? ''}@${meta.standardVersion ?? ''}`, standard);
  const out: AuditFill = { answers: [], staff: [], equipment: [], drugs: [], errors: [] };
  readAnswers(readSheet(workbook, 'criteria', CRITERIA_COLUMNS), standard, out);
  readStaff(readSheet(workbook, 'staff', STAFF_COLUMNS), out, knownStaff);
  readEquipment(readSheet(workbook, 'equipment', EQUIPMENT_COLUMNS), out);
  readDrugs(readSheet(workbook, 'drugs', DRUG_COLUMNS), out);
  return { ...out, meta };
}
