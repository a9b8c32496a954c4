import type { Layout } from '../pdf-layout';
import { drawTable } from '../pdf-table';
import type { ReportModel } from '../report-model';

/** What the facility has to obtain to meet the standard: people, equipment, drugs, the rest. */
export function drawGaps(layout: Layout, model: ReportModel): void {
  const { t } = model;
  const { gaps } = model.score;
  layout.heading(t.label('report.section.gaps'));
  const empty = gaps.staff.length + gaps.equipment.length + gaps.drugs.length + gaps.other.length === 0;
  if (empty) {
    layout.paragraph(t.block('report.gaps.none'));
    return;
  }
  const title = (id: string) => {
    const criterion = model.criteria.get(id)?.criterion;
    return criterion ? `${id}\u3000${t.dataLabel(criterion.title)}` : id;
  };

  if (gaps.staff.length > 0) {
    layout.subheading(t.label('report.gaps.staff'));
    drawTable(
      layout,
      [
        { header: t.block('report.col.qualification'), weight: 3 },
        { header: t.block('report.col.department'), weight: 1.6 },
        { header: t.block('report.col.missing'), weight: 1, align: 'right' },
        { header: t.block('report.col.criterion'), weight: 3.4 },
      ],
      gaps.staff.map((g) => [
        t.block('report.gaps.qualifications', {
          qualifications: g.qualifications.map((q) => `@qualification.${q}`).join('|'),
        }),
        g.department ? t.codeLabel('department', g.department) : '—',
        String(g.missing),
        title(g.criterionId),
      ]),
      { zebra: true },
    );
  }
  if (gaps.equipment.length > 0) {
    layout.subheading(t.label('report.gaps.equipment'));
    drawTable(
      layout,
      [
        { header: t.block('report.col.item'), weight: 3.4 },
        { header: t.block('report.col.code'), weight: 1.4 },
        { header: t.block('report.col.criterion'), weight: 3.6 },
      ],
      gaps.equipment.map((g) => [t.data(g.label), g.equipmentCode ?? g.itemId, title(g.criterionId)]),
      { zebra: true },
    );
  }
  if (gaps.drugs.length > 0) {
    layout.subheading(t.label('report.gaps.drugs'));
    for (const g of gaps.drugs) {
      layout.paragraph(`• ${t.block('report.gaps.drug_missing', { count: g.missingVarieties, id: g.criterionId })}`, {
        indent: 8,
      });
    }
  }
  if (gaps.other.length > 0) {
    layout.subheading(t.label('report.gaps.other'));
    for (const g of gaps.other) layout.paragraph(`• ${title(g.criterionId)}`, { indent: 8 });
  }
}
