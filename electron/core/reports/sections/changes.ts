import type { MessageKey } from '../../../../shared/i18n/format';
import type { CriterionChange, ListChanges } from '../../../../shared/logic/audit-diff';
import { answerText, statusCell } from '../answer-text';
import type { Layout } from '../pdf-layout';
import { drawTable } from '../pdf-table';
import type { ReportModel } from '../report-model';
import { COLOR, SIZE } from '../report-style';

/** Long lists of names are cut: the annexes hold the full rosters. */
const MAX_NAMES = 40;

/** Field names of the document, as the report's own column labels. */
const FIELD_LABELS: Record<string, MessageKey> = {
  kind: 'report.cover.kind',
  announced: 'report.cover.announced',
  auditDate: 'report.cover.audit_date',
  team: 'report.cover.team',
  facts: 'report.field.facts',
  standard: 'report.cover.standard',
  name: 'report.col.name',
  qualification: 'report.col.qualification',
  licenseNo: 'report.col.licence',
  practiceSite: 'report.col.practice_site',
  department: 'report.col.department',
  verified: 'report.col.verified',
  catalogCode: 'report.col.code',
  present: 'report.col.present',
  working: 'report.col.working',
  count: 'report.col.count',
  note: 'report.col.note',
  genericName: 'report.col.generic_name',
  inStock: 'report.col.in_stock',
  quantity: 'report.col.quantity',
  nearestExpiry: 'report.col.expiry',
  criterionId: 'report.col.criterion',
  description: 'report.col.description',
  correctiveAction: 'report.col.action',
  responsible: 'report.col.responsible',
  deadline: 'report.col.deadline',
};

function fieldLabels(model: ReportModel, fields: readonly string[]): string {
  return model.t.list(
    fields.map((f) => {
      const key = FIELD_LABELS[f];
      return key ? model.t.label(key) : f;
    }),
  );
}

function names(model: ReportModel, items: string[]): string {
  const shown = items.slice(0, MAX_NAMES);
  return model.t.list(shown) + (items.length > shown.length ? ` … (+${items.length - shown.length})` : '');
}

function rowChanges<T>(
  layout: Layout,
  model: ReportModel,
  list: string,
  changes: ListChanges<T>,
  name: (row: T) => string,
) {
  const { t } = model;
  const { added, removed, changed } = changes;
  if (added.length + removed.length + changed.length === 0) return;
  layout.paragraph(
    t.block('report.changes.rows', { list, added: added.length, removed: removed.length, changed: changed.length }),
    { bold: true },
  );
  const lines: [MessageKey, string[]][] = [
    ['report.changes.added', added.map(name)],
    ['report.changes.removed', removed.map(name)],
    ['report.changes.changed', changed.map((c) => `${name(c.after)} (${fieldLabels(model, c.fields)})`)],
  ];
  for (const [key, items] of lines) {
    if (items.length > 0)
      layout.paragraph(`${t.label(key)}${t.colon}${names(model, items)}`, { indent: 10, size: SIZE.small });
  }
  layout.gap(4);
}

/** Criteria side by side, before and after: a revision's changes, or on-site against self-assessed. */
export function drawCriterionChanges(
  layout: Layout,
  model: ReportModel,
  changes: readonly CriterionChange[],
  headers: { before: MessageKey; after: MessageKey } = { before: 'report.col.before', after: 'report.col.after' },
) {
  const { t } = model;
  const side = (answer: Parameters<typeof answerText>[1], result: Parameters<typeof statusCell>[0], id: string) => {
    const criterion = model.criteria.get(id)?.criterion;
    const status = statusCell(result, t);
    const statusText = typeof status === 'string' ? status : status.text;
    return `${answerText(criterion, answer, t)}\n→ ${statusText}`;
  };
  drawTable(
    layout,
    [
      { header: t.block('report.col.id'), weight: 1.2 },
      { header: t.block('report.col.criterion'), weight: 3.4 },
      { header: t.block(headers.before), weight: 3 },
      { header: t.block(headers.after), weight: 3 },
    ],
    changes.map((c) => {
      const criterion = model.criteria.get(c.criterionId)?.criterion;
      return [
        c.criterionId,
        criterion ? t.data(criterion.title) : c.criterionId,
        side(c.before, c.resultBefore, c.criterionId),
        { text: side(c.after, c.resultAfter, c.criterionId), bold: true },
      ];
    }),
    { zebra: true },
  );
}

/** For a revision: what differs from the revision it corrects, before anything else is read. */
export function drawChanges(layout: Layout, model: ReportModel): void {
  const previous = model.previous;
  if (!previous) return;
  const { t } = model;
  layout.heading(t.label('report.section.changes'));
  if (!previous.diff) {
    layout.paragraph(t.block('report.changes.previous_missing', { id: previous.id }), { color: COLOR.basic });
    return;
  }
  const diff = previous.diff;
  layout.paragraph(t.block('report.changes.previous', { revision: previous.revision, id: previous.id }));
  layout.gap(4);
  if (diff.empty) {
    layout.paragraph(t.block('report.changes.none'));
    return;
  }
  if (diff.score.changed) {
    layout.paragraph(
      t.block('report.changes.verdict', {
        before: `@verdict.${diff.score.verdictBefore}`,
        after: `@verdict.${diff.score.verdictAfter}`,
        scoreBefore: diff.score.scoreBefore,
        scoreAfter: diff.score.scoreAfter,
      }),
      { bold: true, color: COLOR.accent },
    );
  }
  if (diff.fields.length > 0) {
    layout.paragraph(t.block('report.changes.fields', { fields: fieldLabels(model, diff.fields) }));
  }
  layout.gap(4);
  if (diff.criteria.length > 0) {
    layout.subheading(t.label('report.changes.criteria'));
    drawCriterionChanges(layout, model, diff.criteria);
  }
  const equipment = (code: string) => {
    const name = model.equipmentNames.get(code);
    return name ? t.dataLabel(name) : code;
  };
  rowChanges(layout, model, t.label('report.gaps.staff'), diff.staff, (r) => r.name);
  rowChanges(layout, model, t.label('report.gaps.equipment'), diff.equipment, (r) => equipment(r.catalogCode));
  rowChanges(layout, model, t.label('report.gaps.drugs'), diff.drugs, (r) => r.genericName);
  rowChanges(
    layout,
    model,
    t.label('report.changes.findings'),
    diff.findings,
    (f) => `${f.criterionId} ${f.description}`,
  );
  if (diff.evidence.added.length + diff.evidence.removed.length > 0) {
    layout.paragraph(
      t.block('report.changes.evidence', { added: diff.evidence.added.length, removed: diff.evidence.removed.length }),
      { bold: true },
    );
  }
}
