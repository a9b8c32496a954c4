import { COLOR, FONT, PAGE, SIZE } from './report-style';

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'center' | 'right';
  /** Left offset from the content edge. */
  indent?: number;
  width?: number;
}

/**
 * The flow of one report: where the content area is, when to start a page, and the few text
 * shapes (headings, paragraphs, label/value lines) the sections are written with.
 */
export class Layout {
  readonly left = PAGE.margin.left;
  readonly width = PAGE.width - PAGE.margin.left - PAGE.margin.right;
  readonly top = PAGE.margin.top;
  readonly bottom = PAGE.height - PAGE.margin.bottom;

  constructor(readonly doc: PDFKit.PDFDocument) {}

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.top;
  }

  /** Starts a page unless `height` still fits below the current position. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  gap(points: number): void {
    this.y = Math.min(this.y + points, this.bottom);
  }

  font(style: TextStyle): PDFKit.PDFDocument {
    return this.doc
      .font(style.bold ? FONT.bold : FONT.regular)
      .fontSize(style.size ?? SIZE.body)
      .fillColor(style.color ?? COLOR.ink);
  }

  heightOf(text: string, style: TextStyle = {}): number {
    this.font(style);
    return this.doc.heightOfString(text, { width: style.width ?? this.width - (style.indent ?? 0), lineGap: 1.5 });
  }

  paragraph(text: string, style: TextStyle = {}): void {
    const width = style.width ?? this.width - (style.indent ?? 0);
    this.ensure(Math.min(this.heightOf(text, { ...style, width }), 3 * (style.size ?? SIZE.body)));
    this.font(style).text(text, this.left + (style.indent ?? 0), this.y, {
      width,
      align: style.align ?? 'left',
      lineGap: 1.5,
    });
  }

  /** A numbered part of the report: starts on a fresh page when little room is left. */
  heading(title: string): void {
    this.ensure(120);
    if (this.y > this.top) this.gap(10);
    this.font({ size: SIZE.h1, bold: true, color: COLOR.accent }).text(title, this.left, this.y, {
      width: this.width,
      lineGap: 1,
    });
    const ruleY = this.y + 2;
    this.doc
      .moveTo(this.left, ruleY)
      .lineTo(this.left + this.width, ruleY)
      .lineWidth(1.2)
      .strokeColor(COLOR.accent)
      .stroke();
    this.y = ruleY + 8;
  }

  subheading(title: string): void {
    this.ensure(60);
    this.gap(4);
    this.font({ size: SIZE.h2, bold: true, color: COLOR.accent }).text(title, this.left, this.y, {
      width: this.width,
    });
    this.gap(3);
  }

  /** Label and value side by side, the value wrapping in its own column. */
  fields(rows: readonly (readonly [string, string])[], labelWidth = 120, style: TextStyle = {}): void {
    const valueWidth = this.width - labelWidth;
    for (const [label, value] of rows) {
      const height = Math.max(
        this.heightOf(label, { ...style, bold: true, width: labelWidth - 8 }),
        this.heightOf(value, { ...style, width: valueWidth }),
      );
      this.ensure(height + 4);
      const y = this.y;
      this.font({ ...style, bold: true, color: COLOR.muted }).text(label, this.left, y, {
        width: labelWidth - 8,
        lineGap: 1.5,
      });
      this.font(style).text(value, this.left + labelWidth, y, { width: valueWidth, lineGap: 1.5 });
      this.y = y + height + 4;
    }
  }
}
