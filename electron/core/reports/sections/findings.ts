import type { Layout } from '../pdf-layout';
import { drawTable, type Row } from '../pdf-table';
import type { ReportModel } from '../report-model';
import { COLOR } from '../report-style';

/** Findings in the order of the standard's criteria, each with what must be done and by when. */
export function drawFindings(layout: Layout, model: ReportModel): void {
  const { t } = model;
  layout.heading(t.label('report.section.findings'));
  const order = new Map([...model.criteria.keys()].map((id, i) => [id, i]));
  const findings = [...model.document.findings].sort(
    (a, b) =>
      (order.get(a.criterionId) ?? Infinity) - (order.get(b.criterionId) ?? Infinity) ||
      (a.deadline ?? '').localeCompare(b.deadline ?? '') ||
      a.description.localeCompare(b.description),
  );
  if (findings.length === 0) {
    layout.paragraph(t.block('report.findings.none'));
    return;
  }
  const rows: Row[] = findings.map((f, i) => {
    const criterion = model.criteria.get(f.criterionId)?.criterion;
    const refs = model.evidence
      .filter((e) => e.record.findingId === f.id)
      .map((e) => `${e.label} ${e.record.fileName}`);
    const description = [f.description];
    if (refs.length > 0) description.push(t.block('report.criteria.evidence', { list: t.list(refs) }));
    return [
      String(i + 1),
      [t.label('report.findings.criterion', { id: f.criterionId }), criterion ? t.data(criterion.title) : '']
        .filter(Boolean)
        .join('\n'),
      description.join('\n'),
      f.correctiveAction ?? '—',
      f.responsible ?? '—',
      f.deadline ? { text: f.deadline, bold: true, color: COLOR.fail } : '—',
    ];
  });
  drawTable(
    layout,
    [
      { header: t.block('report.col.no'), weight: 0.75, align: 'right' },
      { header: t.block('report.col.criterion'), weight: 2.6 },
      { header: t.block('report.col.description'), weight: 3.2 },
      { header: t.block('report.col.action'), weight: 2.8 },
      { header: t.block('report.col.responsible'), weight: 1.7 },
      { header: t.block('report.col.deadline'), weight: 1.5 },
    ],
    rows,
    { zebra: true },
  );
}
