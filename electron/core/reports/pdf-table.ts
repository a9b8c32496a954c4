import type { Layout } from './pdf-layout';
import { COLOR, FONT, SIZE } from './report-style';

export interface Column {
  header: string;
  /** Share of the table width. */
  weight: number;
  align?: 'left' | 'center' | 'right';
}

export type Cell = string | { text: string; color?: string; bold?: boolean };

/** A full-width row naming a group (e.g. a section of the standard). */
export interface BandRow {
  band: string;
}

export type Row = Cell[] | BandRow;

export interface TableOptions {
  size?: number;
  zebra?: boolean;
}

const PAD_X = 4;
const PAD_Y = 3;
const LINE_GAP = 1;

const textOf = (cell: Cell | undefined): string =>
  cell === undefined ? '' : typeof cell === 'string' ? cell : cell.text;

/**
 * A ruled table that flows over pages: the header is repeated on every page, a row is never
 * split, and a row too tall for a whole page is cut with an ellipsis rather than overflowing.
 */
export function drawTable(
  layout: Layout,
  columns: readonly Column[],
  rows: readonly Row[],
  options: TableOptions = {},
) {
  const { doc } = layout;
  const size = options.size ?? SIZE.table;
  const total = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * layout.width);
  const xs = widths.map((_, i) => layout.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const lineHeight = (bold: boolean) => {
    doc.font(bold ? FONT.bold : FONT.regular).fontSize(size);
    return doc.currentLineHeight(true) + LINE_GAP;
  };
  const regularLine = lineHeight(false);

  const textHeight = (text: string, width: number, bold: boolean): number => {
    if (text === '') return regularLine;
    doc.font(bold ? FONT.bold : FONT.regular).fontSize(size);
    // Most cells are one short line: measuring the width is far cheaper than laying out the text.
    if (!text.includes('\n') && doc.widthOfString(text) <= width) return lineHeight(bold);
    return doc.heightOfString(text, { width, lineGap: LINE_GAP });
  };

  const cellsHeight = (cells: readonly Cell[], bold: boolean): number =>
    Math.max(
      ...cells.map((cell, i) => {
        const isBold = bold || (typeof cell === 'object' && cell.bold === true);
        return textHeight(textOf(cell), (widths[i] ?? 0) - 2 * PAD_X, isBold);
      }),
    ) +
    2 * PAD_Y;

  const headerCells = columns.map((c) => c.header);
  const headerHeight = cellsHeight(headerCells, true);
  const maxRow = layout.bottom - layout.top - headerHeight - 4;

  const drawCells = (cells: readonly Cell[], y: number, height: number, fill: string | undefined, bold: boolean) => {
    if (fill) doc.rect(layout.left, y, layout.width, height).fill(fill);
    cells.forEach((cell, i) => {
      const style = typeof cell === 'object' ? cell : undefined;
      doc
        .font(bold || style?.bold ? FONT.bold : FONT.regular)
        .fontSize(size)
        .fillColor(style?.color ?? COLOR.ink)
        .text(textOf(cell), (xs[i] ?? 0) + PAD_X, y + PAD_Y, {
          width: (widths[i] ?? 0) - 2 * PAD_X,
          height: height - 2 * PAD_Y + 0.5,
          ellipsis: true,
          align: columns[i]?.align ?? 'left',
          lineGap: LINE_GAP,
        });
    });
    doc
      .moveTo(layout.left, y + height)
      .lineTo(layout.left + layout.width, y + height)
      .lineWidth(0.4)
      .strokeColor(COLOR.faint)
      .stroke();
  };

  const drawHeader = () => {
    const y = layout.y;
    drawCells(headerCells, y, headerHeight, COLOR.headerFill, true);
    doc
      .moveTo(layout.left, y)
      .lineTo(layout.left + layout.width, y)
      .lineWidth(0.8)
      .strokeColor(COLOR.rule)
      .stroke();
    layout.y = y + headerHeight;
  };

  const drawBand = (text: string, y: number, height: number) => {
    doc.rect(layout.left, y, layout.width, height).fill(COLOR.sectionFill);
    doc
      .font(FONT.bold)
      .fontSize(size)
      .fillColor(COLOR.accent)
      .text(text, layout.left + PAD_X, y + PAD_Y, { width: layout.width - 2 * PAD_X, lineGap: LINE_GAP });
  };

  const rowHeight = (row: Row): number =>
    'band' in row ? textHeight(row.band, layout.width - 2 * PAD_X, true) + 2 * PAD_Y : cellsHeight(row, false);

  const firstHeight = rows[0] === undefined ? 0 : Math.min(rowHeight(rows[0]), maxRow);
  layout.ensure(headerHeight + firstHeight);
  drawHeader();

  let stripe = 0;
  for (const row of rows) {
    const height = Math.min(rowHeight(row), maxRow);
    if (layout.y + height > layout.bottom) {
      layout.newPage();
      drawHeader();
    }
    const y = layout.y;
    if ('band' in row) {
      drawBand(row.band, y, height);
      stripe = 0;
    } else {
      drawCells(row, y, height, options.zebra && stripe % 2 === 1 ? COLOR.zebra : undefined, false);
      stripe += 1;
    }
    layout.y = y + height;
  }
  doc
    .moveTo(layout.left, layout.y)
    .lineTo(layout.left + layout.width, layout.y)
    .lineWidth(0.8)
    .strokeColor(COLOR.rule)
    .stroke();
  layout.gap(6);
}
