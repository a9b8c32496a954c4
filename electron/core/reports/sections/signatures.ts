import type { Layout } from '../pdf-layout';
import type { HandwrittenSignature } from '../report-options';
import type { ReportModel } from '../report-model';
import { COLOR, FONT, SIZE } from '../report-style';

interface SignatureBox {
  name: string;
  role: string;
  organisation?: string;
  signature?: HandwrittenSignature;
}

const COLUMNS = 2;
const GUTTER = 16;
const BOX_HEIGHT = 150;

/**
 * One box per team member plus the facility's representative (added blank when the team has
 * none). A handwritten signature goes into the box of the same name and role; one that matches
 * nobody gets a box of its own rather than being dropped.
 */
function signatureBoxes(model: ReportModel): SignatureBox[] {
  const remaining = [...model.handwritten];
  const take = (name: string, role: string) => {
    const index = remaining.findIndex((h) => h.name === name && h.role === role);
    return index >= 0 ? remaining.splice(index, 1)[0] : undefined;
  };
  const boxes: SignatureBox[] = model.document.audit.team.map((m) => {
    const signature = take(m.name, m.role);
    return {
      name: m.name,
      role: m.role,
      ...(m.organisation ? { organisation: m.organisation } : {}),
      ...(signature ? { signature } : {}),
    };
  });
  if (!boxes.some((b) => b.role === 'facility_representative')) {
    const signature = remaining.find((h) => h.role === 'facility_representative');
    if (signature) remaining.splice(remaining.indexOf(signature), 1);
    boxes.push({
      name: signature?.name ?? '',
      role: 'facility_representative',
      organisation: model.document.facility.name,
      ...(signature ? { signature } : {}),
    });
  }
  for (const signature of remaining) boxes.push({ name: signature.name, role: signature.role, signature });
  return boxes;
}

function drawBox(layout: Layout, model: ReportModel, box: SignatureBox, x: number, y: number, width: number) {
  const { doc } = layout;
  const { t } = model;
  doc.roundedRect(x, y, width, BOX_HEIGHT, 4).lineWidth(0.8).strokeColor(COLOR.rule).stroke();
  const inner = width - 20;
  layout.font({ size: SIZE.body, bold: true, color: COLOR.accent }).text(t.codeLabel('role', box.role), x + 10, y + 8, {
    width: inner,
    lineBreak: false,
  });
  const line = (label: string, value: string, lineY: number) => {
    doc
      .font(FONT.regular)
      .fontSize(SIZE.small)
      .fillColor(COLOR.muted)
      .text(label, x + 10, lineY, { width: 70, lineBreak: false });
    doc.fillColor(COLOR.ink).text(value, x + 80, lineY, { width: inner - 70, lineBreak: false, ellipsis: true });
    doc
      .moveTo(x + 78, lineY + 11)
      .lineTo(x + width - 10, lineY + 11)
      .lineWidth(0.4)
      .strokeColor(COLOR.faint)
      .stroke();
  };
  line(t.label('report.signatures.name'), box.name, y + 28);
  line(t.label('report.signatures.organisation'), box.organisation ?? '', y + 46);

  const areaY = y + 66;
  const areaHeight = 52;
  doc
    .font(FONT.regular)
    .fontSize(SIZE.small)
    .fillColor(COLOR.muted)
    .text(t.label('report.signatures.signature'), x + 10, areaY, {
      width: 70,
    });
  const png = box.signature?.pngBase64;
  if (png) {
    try {
      doc.image(Buffer.from(png, 'base64'), x + 80, areaY - 4, { fit: [inner - 70, areaHeight], valign: 'center' });
    } catch {
      // An unreadable drawing leaves the box to be signed by hand on paper.
    }
  }
  doc
    .moveTo(x + 78, areaY + areaHeight)
    .lineTo(x + width - 10, areaY + areaHeight)
    .lineWidth(0.6)
    .strokeColor(COLOR.rule)
    .stroke();
  line(t.label('report.signatures.date'), box.signature?.signedAt?.slice(0, 10) ?? '', y + BOX_HEIGHT - 22);
}

export function drawSignatures(layout: Layout, model: ReportModel): void {
  const { t } = model;
  layout.newPage();
  layout.heading(t.label('report.section.signatures'));
  layout.paragraph(t.block('report.signatures.intro'));
  layout.gap(10);
  const width = (layout.width - GUTTER * (COLUMNS - 1)) / COLUMNS;
  const boxes = signatureBoxes(model);
  for (let start = 0; start < boxes.length; start += COLUMNS) {
    layout.ensure(BOX_HEIGHT + GUTTER);
    const y = layout.y;
    boxes
      .slice(start, start + COLUMNS)
      .forEach((box, i) => drawBox(layout, model, box, layout.left + i * (width + GUTTER), y, width));
    layout.y = y + BOX_HEIGHT + GUTTER;
  }
}
