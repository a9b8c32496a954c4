import type { CriterionResult } from '../../../../shared/logic/score-result';
import { answerText, statusCell } from '../answer-text';
import type { Layout } from '../pdf-layout';
import { drawTable, type Column, type Row } from '../pdf-table';
import type { ReportModel } from '../report-model';
import { COLOR } from '../report-style';

function columns(model: ReportModel): Column[] {
  const t = model.t;
  return [
    { header: t.block('report.col.id'), weight: 1.25 },
    { header: t.block('report.col.criterion'), weight: 3.5 },
    { header: t.block('report.col.answer'), weight: 2.5 },
    { header: t.block('report.col.result'), weight: t.primary === 'zh-CN' && t.lang !== 'both' ? 1.1 : 1.45 },
    { header: t.block('report.col.reason'), weight: 3.5 },
  ];
}

function criterionRow(model: ReportModel, result: CriterionResult, withNotes: boolean): Row {
  const { t } = model;
  const entry = model.criteria.get(result.criterionId);
  const answer = model.document.answers.find((a) => a.criterionId === result.criterionId) ?? null;
  const basis = [t.message(result.reason)];
  if (withNotes && answer?.note) basis.push(t.block('report.criteria.note', { note: answer.note }));
  if (withNotes) {
    const refs = model.evidence
      .filter((e) => e.record.criterionId === result.criterionId)
      .map((e) => `${e.label} ${e.record.fileName}`);
    if (refs.length > 0) basis.push(t.block('report.criteria.evidence', { list: t.list(refs) }));
  }
  const id = result.blocking ? `${result.criterionId}\n${t.label('report.criteria.blocking')}` : result.criterionId;
  return [
    result.blocking ? { text: id, bold: true, color: COLOR.accent } : id,
    entry ? t.data(entry.criterion.title) : result.criterionId,
    answerText(entry?.criterion, answer, t),
    statusCell(result.status, t),
    basis.join('\n'),
  ];
}

/** The veto criteria on their own: one of them failing decides the verdict. */
export function drawBlocking(layout: Layout, model: ReportModel): void {
  const { t } = model;
  layout.heading(t.label('report.section.blocking'));
  const blocking = model.score.criteria.filter((c) => c.blocking);
  if (blocking.length === 0) {
    layout.paragraph(t.block('report.blocking.none'));
    return;
  }
  const failed = blocking.filter((c) => c.status === 'fail').length;
  const open = blocking.filter((c) => c.status === 'unanswered').length;
  if (failed > 0)
    layout.paragraph(t.block('report.blocking.failed', { count: failed }), { bold: true, color: COLOR.fail });
  else if (open > 0)
    layout.paragraph(t.block('report.blocking.open', { count: open }), { bold: true, color: COLOR.basic });
  else layout.paragraph(t.block('report.blocking.all_pass'), { bold: true, color: COLOR.pass });
  layout.gap(4);
  drawTable(
    layout,
    columns(model),
    blocking.map((c) => criterionRow(model, c, false)),
    { zebra: true },
  );
}

/** Every criterion of the standard, grouped by section, with the answer and why it was judged so. */
export function drawCriteria(layout: Layout, model: ReportModel): void {
  const { t } = model;
  layout.heading(t.label('report.section.criteria'));
  const sectionScores = new Map(model.document.score.sections.map((s) => [s.sectionId, s.score]));
  const rows: Row[] = [];
  for (const section of model.standard.sections) {
    rows.push({
      band: t.label('report.criteria.section', {
        section: section.title,
        score: sectionScores.get(section.id) ?? 0,
      }),
    });
    for (const result of model.score.criteria.filter((c) => c.sectionId === section.id)) {
      rows.push(criterionRow(model, result, true));
    }
  }
  drawTable(layout, columns(model), rows);
}
