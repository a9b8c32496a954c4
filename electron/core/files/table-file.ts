import type ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import { cellText } from './cell-value';

export type TableFileType = 'csv' | 'xlsx';

export interface TableLimits {
  maxBytes: number;
  maxRows: number;
}

/** One data row; `row` is the row number the user sees in Excel (the header is usually row 1). */
export interface TableRow {
  row: number;
  cells: string[];
}

export interface Table {
  headerRow: number;
  header: string[];
  rows: TableRow[];
}

export function tableFileType(fileName: string): TableFileType {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  throw new AppError('bad_file', { key: 'file.unsupported_type', params: { name: fileName } });
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * UTF-8 (with or without BOM) first; Excel on Chinese Windows saves "CSV" in the ANSI code
 * page (GBK), so bytes that are not valid UTF-8 are read as GB18030, GBK's superset.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  const body = UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('gb18030').decode(body);
  }
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const candidates = [',', '\t', ';'].map((ch) => ({ ch, n: count(ch) }));
  candidates.sort((a, b) => b.n - a.n);
  return candidates[0]?.n ? candidates[0].ch : ',';
}

/** RFC 4180 records: quoted fields may hold delimiters, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const delimiter = detectDelimiter(text);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else field += ch;
    i += 1;
  }
  if (quoted) throw new AppError('bad_file', { key: 'file.bad_csv_quote', params: { row: records.length + 1 } });
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

function checkRowCount(rows: number, limits: TableLimits): void {
  if (rows > limits.maxRows + 1) {
    throw new AppError('bad_file', { key: 'file.too_many_rows', params: { rows: rows - 1, max: limits.maxRows } });
  }
}

/** The first non-blank row is the header; blank rows after it are skipped, not errors. */
function toTable(numbered: TableRow[]): Table {
  const nonBlank = numbered.filter((r) => !isBlank(r.cells));
  const [head, ...rows] = nonBlank;
  if (!head || rows.length === 0) throw new AppError('bad_file', { key: 'file.empty' });
  return {
    headerRow: head.row,
    header: head.cells.map((c) => c.trim()),
    rows: rows.map((r) => ({ row: r.row, cells: r.cells.map((c) => c.trim()) })),
  };
}

function readCsv(bytes: Uint8Array, limits: TableLimits): Table {
  const records = parseCsv(decodeText(bytes));
  checkRowCount(records.length, limits);
  return toTable(records.map((cells, index) => ({ row: index + 1, cells })));
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Loads XLSX bytes; anything that is not a readable workbook becomes a `bad_file` error. */
export async function loadWorkbook(fileName: string, bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new AppError('bad_file', { key: 'file.not_xlsx', params: { name: fileName } });
  }
  // Loaded on first use: most commands never touch a workbook and exceljs is slow to load.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await workbook.xlsx.load(copy);
  } catch (error) {
    throw new AppError('bad_file', {
      key: 'file.unreadable',
      params: { name: fileName, details: error instanceof Error ? error.message : String(error) },
    });
  }
  return workbook;
}

export function worksheetRows(sheet: ExcelJS.Worksheet): TableRow[] {
  const rows: TableRow[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let col = 1; col <= width; col += 1) cells.push(cellText(row.getCell(col).value));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

async function readXlsx(fileName: string, bytes: Uint8Array, limits: TableLimits): Promise<Table> {
  const workbook = await loadWorkbook(fileName, bytes);
  const sheet = workbook.worksheets.find((ws) => ws.state === 'visible' && ws.actualRowCount > 0);
  if (!sheet) throw new AppError('bad_file', { key: 'file.empty' });
  checkRowCount(sheet.actualRowCount, limits);
  return toTable(worksheetRows(sheet));
}

export function checkFileSize(byteLength: number, maxBytes: number): void {
  if (byteLength > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new AppError('bad_file', { key: 'file.too_large', params: { size: mb(byteLength), max: mb(maxBytes) } });
  }
}

/** Reads the first sheet of a CSV or XLSX file as a header and numbered data rows. */
export async function readTable(fileName: string, bytes: Uint8Array, limits: TableLimits): Promise<Table> {
  const type = tableFileType(fileName);
  checkFileSize(bytes.byteLength, limits.maxBytes);
  return type === 'csv' ? readCsv(bytes, limits) : readXlsx(fileName, bytes, limits);
}
