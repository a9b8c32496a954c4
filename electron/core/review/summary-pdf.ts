import PDFDocument from 'pdfkit';
import type { ReviewSummary } from '../../../shared/ipc/contracts/review';
import { APP_VERSION } from '../app-version';
import { Layout } from '../reports/pdf-layout';
import { drawTable, type Column, type Row } from '../reports/pdf-table';
import { registerReportFonts } from '../reports/report-fonts';
import { COLOR, FONT, PAGE, SIZE } from '../reports/report-style';
import type { ReportText } from '../reports/report-text';
import { percentText } from '../../../shared/logic/review/rates';
import {
  blankSpotTable,
  equipmentGapTable,
  failedCriteriaTable,
  followUpTable,
  rankingTable,
  rateLines,
  staffGapTable,
  trendTable,
  levelTable,
  type SummaryTable,
} from './summary-text';
import type { SummaryHeading } from './summary-xlsx';

/** A summary table on the page: counts right-aligned, rates as "99.3%", empty tables say so. */
function table(layout: Layout, t: ReportText, data: SummaryTable, weights: number[]): void {
  if (data.rows.length === 0) {
    layout.paragraph(t.label('review.none'), { color: COLOR.muted });
    layout.gap(6);
    return;
  }
  const columns: Column[] = data.headers.map((header, i) => ({
    header,
    weight: weights[i] ?? 1,
    align: data.formats[i] === 'text' ? 'left' : 'right',
  }));
  const rows: Row[] = data.rows.map((values) =>
    values.map((v, i) => {
      if (v === null) return '—';
      if (typeof v === 'string') return v;
      return data.formats[i] === 'percent' ? percentText(v) : String(v);
    }),
  );
  drawTable(layout, columns, rows, { zebra: true });
}

/** Running header (title, date) and footer (place, page X of Y) on every page, drawn at the end. */
function drawFrames(
  doc: PDFKit.PDFDocument,
  heading: SummaryHeading,
  footer: (page: number, pages: number) => string,
): number {
  const range = doc.bufferedPageRange();
  const left = PAGE.margin.left;
  const width = PAGE.width - PAGE.margin.left - PAGE.margin.right;
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const margins = { ...doc.page.margins };
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted);
    doc.text(heading.title, left, 30, { width, lineBreak: false, ellipsis: true });
    doc
      .moveTo(left, 44)
      .lineTo(left + width, 44)
      .lineWidth(0.6)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.text(footer(i + 1, range.count), left, PAGE.height - PAGE.margin.bottom + 14, {
      width,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins = margins;
  }
  return range.count;
}

/**
 * The weekly or monthly summary report (月推进、周报告) on A4: rates per level as reported in the
 * field ("达标 893 / 899 (99.3%)"), the ranking one level down, blank spots, findings follow-up,
 * the most failed criteria, the gaps to fill and the monthly trend.
 */
export async function summaryPdf(
  summary: ReviewSummary,
  t: ReportText,
  heading: SummaryHeading,
  footer: (page: number, pages: number) => string,
  fontsDir?: string,
): Promise<{ pdf: Buffer; pages: number }> {
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margin,
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: t.primary,
    displayTitle: true,
    info: { Title: heading.title, Subject: heading.subtitle, Creator: `Dabiao ${APP_VERSION}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  registerReportFonts(doc, fontsDir);
  const layout = new Layout(doc);
  layout.newPage();
  layout.paragraph(heading.title, { size: SIZE.title, bold: true, color: COLOR.accent });
  layout.gap(4);
  layout.paragraph(heading.subtitle, { color: COLOR.muted });
  layout.gap(8);

  layout.heading(t.label('review.section.totals'));
  for (const line of rateLines(t, summary)) layout.paragraph(line, { size: SIZE.h2, bold: true });
  layout.gap(6);
  table(layout, t, levelTable(t, summary), [2.2, 1, 1, 1.3, 1, 1, 1, 1, 1.1]);

  layout.heading(t.label('review.section.ranking', { child: `@review.child.${summary.childLevel}` }));
  table(layout, t, rankingTable(t, summary), [0.7, 2.4, 1, 1, 1, 1, 1, 1.3, 1.2]);

  layout.heading(t.label('review.section.blank_spots'));
  table(layout, t, blankSpotTable(t, summary), [1.4, 3, 1.3, 2, 1]);

  layout.heading(t.label('review.section.findings'));
  const f = summary.findings;
  layout.paragraph(t.label('review.findings_line', { open: f.open, overdue: f.overdue, closed: f.closed }));
  layout.gap(4);
  table(layout, t, followUpTable(t, summary), [3, 1]);

  layout.heading(t.label('review.section.failed'));
  table(layout, t, failedCriteriaTable(t, summary), [1.3, 4, 1, 1, 1]);

  layout.heading(t.label('review.section.gaps'));
  layout.paragraph(
    t.label('review.gaps_line', { facilities: summary.gaps.facilitiesWithGaps, drugs: summary.gaps.drugVarieties }),
  );
  layout.gap(4);
  table(layout, t, staffGapTable(t, summary), [4, 1]);
  table(layout, t, equipmentGapTable(t, summary), [4, 1]);

  layout.heading(t.label('review.section.trend'));
  table(layout, t, trendTable(t, summary), [1, 1, 1, 1]);

  const pages = drawFrames(doc, heading, footer);
  doc.end();
  await ended;
  return { pdf: Buffer.concat(chunks), pages };
}
