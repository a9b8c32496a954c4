import type { Layout } from '../pdf-layout';
import { drawTable, type Row } from '../pdf-table';
import type { ReportModel } from '../report-model';
import { COLOR, FONT, SIZE } from '../report-style';

/** Horizontal bars, one per section, on a 0–100 scale with the standard's thresholds marked. */
function drawChart(layout: Layout, model: ReportModel): void {
  const { doc } = layout;
  const { t, standard } = model;
  const sections = model.document.score.sections;
  const titles = new Map(standard.sections.map((s) => [s.id, t.dataLabel(s.title)]));
  const rule = standard.verdict;
  const labelWidth = t.lang === 'both' ? 190 : 150;
  const valueWidth = 34;
  const barX = layout.left + labelWidth;
  const barWidth = layout.width - labelWidth - valueWidth;
  const barHeight = 11;
  const pitch = 19;
  const height = sections.length * pitch + 34;

  layout.ensure(height + 24);
  layout.subheading(t.label('report.summary.chart'));
  const top = layout.y + 4;
  const xOf = (score: number) => barX + (barWidth * Math.max(0, Math.min(100, score))) / 100;

  // Grid every 20 points, labelled below the bars.
  doc.lineWidth(0.3).strokeColor(COLOR.faint);
  for (let v = 0; v <= 100; v += 20)
    doc
      .moveTo(xOf(v), top)
      .lineTo(xOf(v), top + sections.length * pitch)
      .stroke();
  doc.font(FONT.regular).fontSize(SIZE.tiny).fillColor(COLOR.muted);
  for (let v = 0; v <= 100; v += 20) {
    doc.text(String(v), xOf(v) - 10, top + sections.length * pitch + 2, { width: 20, align: 'center' });
  }

  sections.forEach((s, i) => {
    const y = top + i * pitch;
    const weak = rule.passMinSectionScore !== undefined && s.possible > 0 && s.score < rule.passMinSectionScore;
    const color =
      s.possible === 0 ? COLOR.neutral : weak ? COLOR.fail : s.score >= rule.passScore ? COLOR.pass : COLOR.basic;
    doc
      .font(FONT.regular)
      .fontSize(SIZE.small)
      .fillColor(COLOR.ink)
      .text(titles.get(s.sectionId) ?? s.sectionId, layout.left, y + 1, {
        width: labelWidth - 8,
        height: pitch - 2,
        ellipsis: true,
        lineBreak: false,
      });
    doc.rect(barX, y + 2, barWidth, barHeight).fill(COLOR.zebra);
    if (s.score > 0) doc.rect(barX, y + 2, xOf(s.score) - barX, barHeight).fill(color);
    doc
      .font(FONT.bold)
      .fontSize(SIZE.small)
      .fillColor(color)
      .text(String(s.score), barX + barWidth + 4, y + 2, { width: valueWidth - 4, align: 'right', lineBreak: false });
  });

  const marks: [number, string, string][] = [
    [rule.passScore, t.label('report.summary.pass_line', { score: rule.passScore }), COLOR.pass],
  ];
  if (rule.passMinSectionScore !== undefined) {
    marks.push([
      rule.passMinSectionScore,
      t.label('report.summary.section_line', { score: rule.passMinSectionScore }),
      COLOR.fail,
    ]);
  }
  const bottom = top + sections.length * pitch;
  marks.forEach(([value, label, color], i) => {
    doc.save();
    doc
      .moveTo(xOf(value), top - 2)
      .lineTo(xOf(value), bottom)
      .lineWidth(0.9)
      .dash(2.5, { space: 2 })
      .strokeColor(color)
      .stroke();
    doc.restore();
    doc
      .font(FONT.regular)
      .fontSize(SIZE.tiny)
      .fillColor(color)
      .text(label, barX, bottom + 12 + i * 9, { width: barWidth, lineBreak: false });
  });
  layout.y = bottom + 14 + marks.length * 9 + 6;
}

/** Section scores as a table and a chart, then the reasons for the verdict. */
export function drawSummary(layout: Layout, model: ReportModel): void {
  const { t, standard } = model;
  const { score } = model.document;
  layout.heading(t.label('report.section.summary'));
  const titles = new Map(standard.sections.map((s) => [s.id, t.data(s.title)]));
  const rows: Row[] = score.sections.map((s) => [
    titles.get(s.sectionId) ?? s.sectionId,
    `${s.earned} / ${s.possible}`,
    String(s.score),
    `${s.answered} / ${s.applicable}`,
  ]);
  rows.push([
    { text: t.block('report.summary.total'), bold: true },
    { text: `${score.total.earned} / ${score.total.possible}`, bold: true },
    { text: String(score.total.score), bold: true },
    { text: `${score.progress.answered} / ${score.progress.applicable}`, bold: true },
  ]);
  drawTable(
    layout,
    [
      { header: t.block('report.col.section'), weight: 5 },
      { header: t.block('report.col.points'), weight: 1.6, align: 'right' },
      { header: t.block('report.col.score'), weight: 1.3, align: 'right' },
      { header: t.block('report.col.answered'), weight: 1.6, align: 'right' },
    ],
    rows,
    { zebra: true },
  );
  drawChart(layout, model);

  layout.subheading(t.label('report.summary.reasons'));
  layout.paragraph(t.block('report.summary.verdict', { verdict: `@verdict.${score.verdict}` }), { bold: true });
  for (const reason of model.score.verdictReasons) layout.paragraph(`• ${t.message(reason)}`, { indent: 8 });
}
