import type { ReportText } from './report-text';
import { COLOR, FONT, PAGE, SIZE } from './report-style';

export interface FrameText {
  facility: string;
  title: string;
  auditId: string;
  revision: number;
  sha256: string;
}

/**
 * Header and footer of every page, drawn once all pages exist (pdfkit's buffered pages), so the
 * footer can say "page X of Y". The margins are lifted while drawing: text below the bottom
 * margin would otherwise make pdfkit start a new page.
 */
export function drawPageFrames(doc: PDFKit.PDFDocument, t: ReportText, frame: FrameText): number {
  const range = doc.bufferedPageRange();
  const left = PAGE.margin.left;
  const width = PAGE.width - PAGE.margin.left - PAGE.margin.right;
  const headerY = 30;
  const footerY = PAGE.height - PAGE.margin.bottom + 14;
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const margins = { ...doc.page.margins };
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };

    doc.font(FONT.bold).fontSize(SIZE.small).fillColor(COLOR.accent);
    doc.text(frame.facility, left, headerY, { width: width * 0.55, lineBreak: false, ellipsis: true });
    doc.font(FONT.regular).fillColor(COLOR.muted);
    doc.text(frame.title, left + width * 0.45, headerY, { width: width * 0.55, align: 'right', lineBreak: false });
    doc
      .moveTo(left, headerY + 14)
      .lineTo(left + width, headerY + 14)
      .lineWidth(0.6)
      .strokeColor(COLOR.rule)
      .stroke();

    doc
      .moveTo(left, footerY - 5)
      .lineTo(left + width, footerY - 5)
      .lineWidth(0.6)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.font(FONT.bold).fontSize(SIZE.small).fillColor(COLOR.ink);
    doc.text(t.label('report.footer.page', { page: i + 1, pages: range.count }), left, footerY, {
      width,
      align: 'center',
      lineBreak: false,
    });
    doc.font(FONT.regular).fontSize(SIZE.tiny).fillColor(COLOR.muted);
    doc.text(t.label('report.footer.audit', { id: frame.auditId, revision: frame.revision }), left, footerY + 13, {
      width,
      lineBreak: false,
    });
    // The digest once, whatever the language: it is what a reader compares character by character.
    doc.text(`${t.label('report.cover.qr')}${t.colon}${frame.sha256}`, left, footerY + 22, {
      width,
      lineBreak: false,
    });

    doc.page.margins = margins;
  }
  return range.count;
}
