import type { Locale } from '../../../../shared/domain/common';
import type { Criterion } from '../../../../shared/domain/standard';
import { formatMessage } from '../../../../shared/i18n/format';
import type { CriterionResult } from '../../../../shared/logic/score-result';
import { renderReason } from './render-reason';
import type { FindingDraft } from './store-context';

/** A finding as the inspector would start writing it: what failed and why, in their language. */
export function prefillFinding(criterion: Criterion, result: CriterionResult, locale: Locale): FindingDraft {
  const title = criterion.title[locale];
  return {
    criterionId: criterion.id,
    description: formatMessage(locale, 'ui.workspace.finding_prefill', {
      title,
      reason: renderReason(locale, result.reason),
    }),
    correctiveAction: formatMessage(locale, 'ui.workspace.finding_action_prefill', { title }),
    responsible: '',
    deadline: '',
  };
}
