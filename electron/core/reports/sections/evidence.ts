import type { Layout } from '../pdf-layout';
import type { EvidenceEntry, ReportModel } from '../report-model';
import { COLOR, FONT, SIZE } from '../report-style';

const COLUMNS = 3;
const GUTTER = 12;
const IMAGE_HEIGHT = 118;
const CAPTION_HEIGHT = 46;

function scopeText(model: ReportModel, entry: EvidenceEntry): string {
  const { t } = model;
  const { criterionId, findingId } = entry.record;
  if (findingId) {
    const finding = model.document.findings.find((f) => f.id === findingId);
    return t.label('report.photos.finding', { id: finding?.criterionId ?? '?' });
  }
  if (criterionId) return t.label('report.photos.criterion', { id: criterionId });
  return t.label('report.photos.audit');
}

/** A grey box with a line of text where no picture can be shown. */
function placeholder(layout: Layout, x: number, y: number, width: number, text: string, color: string): void {
  layout.doc.rect(x, y, width, IMAGE_HEIGHT).fill(COLOR.zebra);
  layout.doc
    .font(FONT.regular)
    .fontSize(SIZE.small)
    .fillColor(color)
    .text(text, x + 6, y + IMAGE_HEIGHT / 2 - 10, { width: width - 12, align: 'center' });
}

function drawImage(layout: Layout, model: ReportModel, entry: EvidenceEntry, x: number, y: number, width: number) {
  const { t } = model;
  if (entry.image) {
    try {
      layout.doc.image(entry.image, x, y, { fit: [width, IMAGE_HEIGHT], align: 'center', valign: 'center' });
      return;
    } catch {
      // Bytes that match their hash but do not decode: said in the caption box, the report goes on.
    }
    placeholder(layout, x, y, width, t.block('report.photos.missing'), COLOR.fail);
    return;
  }
  if (entry.problem === 'missing') {
    placeholder(layout, x, y, width, t.block('report.photos.missing'), COLOR.fail);
    return;
  }
  const type = entry.record.mimeType.split('/')[1]?.toUpperCase() ?? entry.record.mimeType;
  placeholder(layout, x, y, width, t.block('report.photos.not_embedded', { type }), COLOR.muted);
}

/** Thumbnails in a grid, each captioned with its number, name, where it is attached and its hash. */
export function drawEvidenceAnnex(layout: Layout, model: ReportModel): void {
  const { t, evidence } = model;
  layout.heading(t.label('report.section.photos'));
  if (evidence.length === 0) return layout.paragraph(t.block('report.photos.none'));
  layout.paragraph(t.block('report.photos.summary', { count: evidence.length }), { size: SIZE.small });
  layout.gap(6);
  const doc = layout.doc;
  const width = (layout.width - GUTTER * (COLUMNS - 1)) / COLUMNS;
  const rowHeight = IMAGE_HEIGHT + CAPTION_HEIGHT + GUTTER;
  for (let start = 0; start < evidence.length; start += COLUMNS) {
    layout.ensure(rowHeight);
    const y = layout.y;
    evidence.slice(start, start + COLUMNS).forEach((entry, i) => {
      const x = layout.left + i * (width + GUTTER);
      doc.rect(x, y, width, IMAGE_HEIGHT).lineWidth(0.4).strokeColor(COLOR.faint).stroke();
      drawImage(layout, model, entry, x, y, width);
      const caption = `${entry.label}\u3000${entry.record.fileName}\n${scopeText(model, entry)}\nSHA-256 ${entry.record.sha256.slice(0, 16)}…`;
      doc
        .font(FONT.regular)
        .fontSize(SIZE.tiny)
        .fillColor(COLOR.ink)
        .text(caption, x, y + IMAGE_HEIGHT + 3, { width, height: CAPTION_HEIGHT - 4, ellipsis: true, lineGap: 1 });
    });
    layout.y = y + rowHeight;
  }
}
