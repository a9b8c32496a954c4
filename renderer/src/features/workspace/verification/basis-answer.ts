import type { Answer } from '../../../../../shared/domain/audit';
import type { Locale } from '../../../../../shared/domain/common';
import type { Criterion } from '../../../../../shared/domain/standard';
import { formatMessage } from '../../../../../shared/i18n/format';

/** The self-assessed answer in words, as the inspector compares it with what is on site. */
export function basisAnswerText(locale: Locale, criterion: Criterion, answer: Answer | undefined): string {
  const say = (key: Parameters<typeof formatMessage>[1], params?: Parameters<typeof formatMessage>[2]) =>
    formatMessage(locale, key, params);
  if (!answer) return say('ui.onsite.no_answer');
  const { value } = answer;
  if (value === null) return say('ui.onsite.not_applicable', { reason: answer.notApplicableReason ?? '' });
  if (typeof value === 'boolean') return say(value ? 'ui.onsite.yes' : 'ui.onsite.no');
  if (Array.isArray(value)) {
    if (criterion.kind !== 'list_coverage') return value.join(locale === 'zh-CN' ? '、' : ', ');
    const labels = new Map(criterion.items.map((item) => [item.id, item.label[locale]]));
    const ticked = value.map((id) => labels.get(id) ?? id);
    return say('ui.onsite.ticked', {
      count: ticked.length,
      total: criterion.items.length,
      items: ticked.join(locale === 'zh-CN' ? '、' : ', '),
    });
  }
  return String(value);
}
