import type ExcelJS from 'exceljs';
import type { ReviewSummary } from '../../../shared/ipc/contracts/review';
import { formatMessage, type MessageKey } from '../../../shared/i18n/format';
import type { ReportText } from '../reports/report-text';
import {
  blankSpotTable,
  equipmentGapTable,
  failedCriteriaTable,
  followUpTable,
  levelTable,
  rankingTable,
  staffGapTable,
  trendTable,
  type SummaryTable,
} from './summary-text';

export interface SummaryHeading {
  title: string;
  subtitle: string;
}

const NUMBER_FORMAT = { text: '@', count: '0', percent: '0.0%', score: '0.0' } as const;
const letter = (column: number) => String.fromCharCode(65 + column);

/** Writes `table` from `row` on (its caption first when given); returns the next free row. */
function addTable(ws: ExcelJS.Worksheet, row: number, caption: string | null, table: SummaryTable): number {
  let at = row;
  if (caption) {
    ws.getCell(at, 1).value = caption;
    ws.getCell(at, 1).font = { bold: true };
    at += 1;
  }
  const header = ws.getRow(at);
  table.headers.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6EBF2' } };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  const first = at + 1;
  table.rows.forEach((values, r) => {
    const line = first + r;
    const isTotal = table.totalRow === true && r === table.rows.length - 1 && r > 0;
    values.forEach((value, c) => {
      const cell = ws.getCell(line, c + 1);
      const format = table.formats[c] ?? 'text';
      const ratio = table.ratios?.[c];
      // Rates and totals are formulas with their value cached: Excel and WPS show and recompute them.
      if (ratio && typeof value === 'number') {
        const [num, den] = ratio.map((i) => `${letter(i)}${line}`);
        cell.value = { formula: `IF(${den}=0,0,${num}/${den})`, result: value };
      } else if (isTotal && format === 'count' && typeof value === 'number') {
        cell.value = { formula: `SUM(${letter(c)}${first}:${letter(c)}${line - 1})`, result: value };
      } else {
        cell.value = value;
      }
      if (format !== 'text') cell.numFmt = NUMBER_FORMAT[format];
      if (isTotal) cell.font = { bold: true };
    });
  });
  return first + table.rows.length + 1;
}

function sheet(workbook: ExcelJS.Workbook, name: string, heading: SummaryHeading, widths: number[]) {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.columns = widths.map((width) => ({ width }));
  ws.getCell(1, 1).value = heading.title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = heading.subtitle;
  return ws;
}

/**
 * The summary as a workbook for Excel and WPS: 汇总 (rates per level, then the monthly trend),
 * 排名, 空白点, 问题跟踪 (follow-up, then the most failed criteria) and 填平补齐. Numbers are
 * numbers and rates are formulas in percent format, so a reviewer can sort, sum and chart them.
 * Sheet names are in the primary language (a sheet name cannot hold "中文 / English").
 */
export async function summaryWorkbook(summary: ReviewSummary, t: ReportText, heading: SummaryHeading): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Dabiao';
  // Formulas carry their value, but a zero result is not stored: have Excel and WPS recompute on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  const name = (key: MessageKey) => formatMessage(t.primary, key);

  const totals = sheet(workbook, name('review.sheet.totals'), heading, [22, 10, 10, 14, 10, 10, 10, 10, 12]);
  const next = addTable(totals, 3, null, levelTable(t, summary));
  addTable(totals, next, t.label('review.section.trend'), trendTable(t, summary));

  addTable(
    sheet(workbook, name('review.sheet.ranking'), heading, [8, 24, 10, 10, 12, 10, 10, 14, 12]),
    3,
    null,
    rankingTable(t, summary),
  );
  addTable(
    sheet(workbook, name('review.sheet.blank_spots'), heading, [18, 44, 16, 24, 14]),
    3,
    null,
    blankSpotTable(t, summary),
  );

  const findings = sheet(workbook, name('review.sheet.findings'), heading, [28, 44, 12, 12, 12]);
  const afterFollowUp = addTable(findings, 3, null, followUpTable(t, summary));
  addTable(findings, afterFollowUp, t.label('review.section.failed'), failedCriteriaTable(t, summary));

  const gaps = sheet(workbook, name('review.sheet.gaps'), heading, [44, 16]);
  let row = addTable(gaps, 3, null, staffGapTable(t, summary));
  row = addTable(gaps, row, null, equipmentGapTable(t, summary));
  addTable(gaps, row, null, {
    headers: [t.label('review.col.figure'), t.label('review.col.value')],
    rows: [
      [t.label('review.gaps.drugs'), summary.gaps.drugVarieties],
      [t.label('review.gaps.facilities'), summary.gaps.facilitiesWithGaps],
    ],
    formats: ['text', 'count'],
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
