import { formatMessage } from '../../../../shared/i18n/format';
import type { AuditDocument } from '../../../../shared/logic/audit-document';
import { localDate } from '../../service-context';
import { VERDICT_COLOR } from '../answer-text';
import type { Layout } from '../pdf-layout';
import { drawQrCode } from '../qr-code';
import type { ReportModel } from '../report-model';
import { COLOR, SIZE } from '../report-style';
import type { ReportText } from '../report-text';

export function reportTitle(model: ReportModel): string {
  const { revision } = model.document.audit;
  return revision > 1 ? model.t.label('report.title_revision', { revision }) : model.t.label('report.title');
}

export function adminPathText(facility: AuditDocument['facility']): string {
  const p = facility.adminPath;
  return [p.province, p.prefecture, p.county, p.township, p.village].filter(Boolean).join(' ');
}

function factsText(doc: AuditDocument, t: ReportText): string {
  const { facts } = doc.audit;
  const parts: string[] = [];
  if (facts.servicePopulation !== undefined)
    parts.push(`${t.label('fact.service_population')} ${facts.servicePopulation}`);
  if (facts.residentPopulation !== undefined)
    parts.push(`${t.label('fact.resident_population')} ${facts.residentPopulation}`);
  if (facts.beds !== undefined) parts.push(`${t.label('fact.beds')} ${facts.beds}`);
  if (facts.ivServiceApproved) parts.push(t.label('fact.iv_service_approved'));
  if (facts.townshipSeat) parts.push(t.label('fact.township_seat'));
  if (facts.sharedClinic) parts.push(t.label('fact.shared_clinic'));
  if (facts.poorCounty) parts.push(t.label('fact.poor_county'));
  return parts.length > 0 ? t.list(parts) : t.label('report.cover.not_recorded');
}

function teamText(doc: AuditDocument, t: ReportText): string {
  if (doc.audit.team.length === 0) return t.label('report.cover.not_recorded');
  return doc.audit.team
    .map((m) => [m.name, t.label(`role.${m.role}`), m.organisation].filter(Boolean).join('\u3000'))
    .join('\n');
}

function verdictBox(layout: Layout, model: ReportModel, x: number, y: number, width: number, height: number) {
  const { doc } = layout;
  const { score } = model.document;
  const t = model.t;
  const color = VERDICT_COLOR[score.verdict];
  doc.roundedRect(x, y, width, height, 6).lineWidth(2).strokeColor(color).stroke();
  layout.font({ size: SIZE.small, bold: true, color: COLOR.muted }).text(t.label('report.cover.verdict'), x, y + 10, {
    width,
    align: 'center',
  });
  // The verdict in the report's first language, large; in a bilingual report the English under it.
  const verdict = formatMessage(t.primary, `verdict.${score.verdict}`);
  layout
    .font({ size: verdict.length > 12 ? 22 : 30, bold: true, color })
    .text(verdict, x + 8, y + 26, { width: width - 16, align: 'center' });
  if (t.lang === 'both') {
    layout
      .font({ size: SIZE.h2, bold: true, color })
      .text(formatMessage('en-US', `verdict.${score.verdict}`), x + 8, doc.y, { width: width - 16, align: 'center' });
  }
  const scoreLine = t.block('report.cover.score', {
    score: score.total.score,
    earned: score.total.earned,
    possible: score.total.possible,
  });
  layout.font({ size: SIZE.body }).text(scoreLine, x + 8, doc.y + 4, { width: width - 16, align: 'center' });
  if (!score.complete) {
    const open = score.progress.applicable - score.progress.answered;
    layout
      .font({ size: SIZE.small, bold: true, color: COLOR.basic })
      .text(t.block('report.cover.provisional', { count: open }), x + 8, doc.y + 3, {
        width: width - 16,
        align: 'center',
      });
  }
}

function qrBlock(layout: Layout, model: ReportModel, x: number, y: number, width: number) {
  const size = 92;
  drawQrCode(layout.doc, model.sha256, x + (width - size) / 2, y, size);
  layout
    .font({ size: SIZE.tiny, bold: true, color: COLOR.muted })
    .text(model.t.label('report.cover.qr'), x, y + size + 4, { width, align: 'center' });
  layout
    .font({ size: SIZE.tiny, color: COLOR.ink })
    .text(`${model.sha256.slice(0, 32)}\n${model.sha256.slice(32)}`, x, layout.y + 1, { width, align: 'center' });
}

/** The page that travels on its own: who, where, against what, and the verdict at a glance. */
export function drawCover(layout: Layout, model: ReportModel): void {
  const { document: doc, t } = model;
  layout.gap(18);
  layout.paragraph(reportTitle(model), { size: SIZE.title, bold: true, color: COLOR.accent, align: 'center' });
  layout.gap(4);
  layout.paragraph(t.data(model.standard.title), { size: SIZE.body, color: COLOR.muted, align: 'center' });
  layout.gap(18);
  layout.paragraph(doc.facility.name, { size: 20, bold: true, align: 'center' });
  layout.paragraph(`${adminPathText(doc.facility)}\u3000${t.label(`level.${doc.facility.level}`)}`, {
    size: SIZE.body,
    color: COLOR.muted,
    align: 'center',
  });
  layout.gap(22);

  const top = layout.y;
  const qrWidth = 150;
  const boxWidth = layout.width - qrWidth - 24;
  const boxHeight = 128;
  verdictBox(layout, model, layout.left, top, boxWidth, boxHeight);
  qrBlock(layout, model, layout.left + boxWidth + 24, top + 2, qrWidth);
  layout.y = top + boxHeight + 24;

  const s = doc.standard;
  const rows: [string, string][] = [
    [t.label('report.cover.facility_code'), doc.facility.code],
    [t.label('report.cover.level'), t.label(`level.${doc.facility.level}`)],
    [t.label('report.cover.admin_path'), adminPathText(doc.facility)],
    [t.label('report.cover.facts'), factsText(doc, t)],
    [t.label('report.cover.kind'), t.label(`kind.${doc.audit.kind}`)],
    [
      t.label('report.cover.announced'),
      t.label(doc.audit.announced ? 'report.announced.true' : 'report.announced.false'),
    ],
    [t.label('report.cover.audit_date'), doc.audit.auditDate],
    [
      t.label('report.cover.completed_at'),
      // A local calendar day, like audit dates: 01:00 in Kunming is that day, not the UTC day before.
      doc.audit.completedAt ? localDate(new Date(doc.audit.completedAt)) : t.label('report.cover.not_recorded'),
    ],
    [t.label('report.cover.status'), t.label(`report.status.${doc.audit.status}`)],
    [t.label('report.cover.team'), teamText(doc, t)],
    [t.label('report.cover.standard'), t.data(model.standard.title)],
    [t.label('report.cover.standard_version'), `${s.id} ${s.version}`],
    [
      t.label('report.cover.variant'),
      model.variantTitle ? t.data(model.variantTitle) : (s.variant ?? t.label('report.cover.no_variant')),
    ],
  ];
  if (doc.audit.previousId) {
    rows.push([
      t.label('report.cover.previous'),
      t.label('report.footer.audit', { id: doc.audit.previousId, revision: doc.audit.revision - 1 }),
    ]);
  }
  layout.fields(rows, t.lang === 'both' ? 150 : 110);
  layout.gap(10);
  layout.paragraph(t.block('report.cover.qr_note'), { size: SIZE.small, color: COLOR.muted });
}
