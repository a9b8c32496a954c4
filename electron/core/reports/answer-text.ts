import type { AnswerValue } from '../../../shared/domain/audit';
import type { Criterion } from '../../../shared/domain/standard';
import { formatMessage } from '../../../shared/i18n/format';
import type { AnswerState } from '../../../shared/logic/audit-diff';
import type { CriterionStatus, Verdict } from '../../../shared/logic/score-result';
import type { Cell } from './pdf-table';
import { COLOR } from './report-style';
import type { ReportText } from './report-text';

/** Criteria counted from the rosters have no answer of their own. */
export const derivedFromRoster = (criterion: Criterion): boolean =>
  criterion.kind === 'roster_count' ||
  criterion.kind === 'drug_coverage' ||
  (criterion.kind === 'list_coverage' && criterion.source === 'equipment_roster');

function valueText(criterion: Criterion | undefined, value: AnswerValue, t: ReportText): string {
  if (typeof value === 'boolean') return t.block(value ? 'bool.true' : 'bool.false');
  if (Array.isArray(value)) {
    if (value.length === 0) return t.block('report.answer.empty');
    const items = criterion?.kind === 'list_coverage' ? criterion.items : [];
    return t.each((locale) =>
      value
        .map((id) => items.find((item) => item.id === id)?.label[locale] ?? id)
        .join(formatMessage(locale, 'list.separator')),
    );
  }
  if (typeof value === 'number') {
    if (criterion?.kind === 'number') return t.each((locale) => `${value} ${criterion.unit[locale]}`);
    if (criterion?.kind === 'area') return t.block('report.answer.area', { value });
    return String(value);
  }
  if (criterion?.kind === 'grade' && value === 'none') return t.block('grade.none');
  // Free text is the auditor's own words: shown as written, in one language.
  return value.trim() === '' ? t.block('report.answer.empty') : value;
}

/** What was found on site, in words: the value, "not applicable" with its reason, or nothing yet. */
export function answerText(criterion: Criterion | undefined, answer: AnswerState | null, t: ReportText): string {
  if (!answer) {
    return criterion && derivedFromRoster(criterion)
      ? t.block('report.answer.from_roster')
      : t.block('report.answer.unanswered');
  }
  if (answer.value === null)
    return t.block('report.answer.not_applicable', { reason: answer.notApplicableReason ?? '' });
  return valueText(criterion, answer.value, t);
}

export const STATUS_COLOR: Record<CriterionStatus, string> = {
  pass: COLOR.pass,
  fail: COLOR.fail,
  not_applicable: COLOR.neutral,
  unanswered: COLOR.basic,
};

export const VERDICT_COLOR: Record<Verdict, string> = { pass: COLOR.pass, basic: COLOR.basic, fail: COLOR.fail };

export function statusCell(status: CriterionStatus | null, t: ReportText): Cell {
  if (status === null) return '—';
  return { text: t.block(`report.result.${status}`), color: STATUS_COLOR[status], bold: status === 'fail' };
}
