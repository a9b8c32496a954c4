import { countChecks } from '../../../../shared/logic/onsite-check';
import type { Layout } from '../pdf-layout';
import type { ReportModel } from '../report-model';
import { COLOR } from '../report-style';
import { drawCriterionChanges } from './changes';

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/**
 * For an on-site inspection started from a self-assessment: how the two scores compare and
 * which answers the inspectors corrected (平时收集信息加分、现场随机抽查扣分).
 */
export function drawVerification(layout: Layout, model: ReportModel): void {
  const basis = model.verification;
  if (!basis) return;
  const { t } = model;
  layout.heading(t.label('report.section.verification'));
  if (!basis.compared) {
    layout.paragraph(t.block('report.verification.missing', { id: basis.id }), { color: COLOR.basic });
    return;
  }
  const { diff, checks, auditDate } = basis.compared;
  layout.paragraph(t.block('report.verification.basis', { date: auditDate, id: basis.id }));
  layout.paragraph(
    t.block('report.verification.scores', {
      basisScore: diff.score.scoreBefore,
      basisVerdict: `@verdict.${diff.score.verdictBefore}`,
      score: diff.score.scoreAfter,
      verdict: `@verdict.${diff.score.verdictAfter}`,
      delta: signed(Math.round((diff.score.scoreAfter - diff.score.scoreBefore) * 10) / 10),
    }),
    { bold: true, color: diff.score.changed ? COLOR.accent : undefined },
  );
  const counts = countChecks(checks);
  layout.paragraph(t.block('report.verification.counts', { total: checks.length, ...counts }));
  layout.gap(4);
  const changedOnSite = new Set(
    checks.filter((c) => c.check === 'corrected' || c.check === 'added').map((c) => c.criterionId),
  );
  const rows = diff.criteria.filter((c) => changedOnSite.has(c.criterionId));
  if (rows.length === 0) {
    layout.paragraph(t.block('report.verification.none'));
    return;
  }
  drawCriterionChanges(layout, model, rows, { before: 'report.col.self_assessed', after: 'report.col.on_site' });
}
