import { Descriptions } from 'antd';
import type { Criterion, Standard } from '../../../../shared/domain/standard';
import { renderMessage } from '../../../../shared/i18n/format';
import { describeCondition, resolveItemList } from '../../../../shared/logic/facts';
import { useT } from '../../app/useT';
import { SourceList } from './SourceList';
import { ruleMessages } from './standard-view';
import { MUTED } from '../../components/styles';

function Items({ criterion, standard }: { criterion: Criterion & { kind: 'list_coverage' }; standard: Standard }) {
  const { t, locale } = useT();
  const required = new Set(
    criterion.required ? resolveItemList(criterion.required, standard) : criterion.items.map((i) => i.id),
  );
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {criterion.items.map((item) => (
        <li key={item.id}>
          {item.label[locale]} <code style={MUTED}>{item.id}</code>
          {required.has(item.id) ? null : <span style={MUTED}> · {t('ui.criterion.optional_item')}</span>}
        </li>
      ))}
    </ul>
  );
}

export function CriterionDetail({ criterion, standard }: { criterion: Criterion; standard: Standard }) {
  const { t, locale } = useT();
  const rows = [
    criterion.description
      ? { key: 'description', label: t('ui.criterion.description'), children: criterion.description[locale] }
      : null,
    {
      key: 'rule',
      label: t('ui.criterion.rule'),
      children: ruleMessages(criterion, standard)
        .map((message) => renderMessage(locale, message))
        .join(' '),
    },
    { key: 'verify', label: t('ui.criterion.how_to_verify'), children: criterion.howToVerify[locale] },
    {
      key: 'applicability',
      label: t('ui.criterion.applicability'),
      children: criterion.applicability
        ? describeCondition(criterion.applicability)[locale]
        : t('ui.criterion.always_applies'),
    },
    criterion.kind === 'list_coverage'
      ? { key: 'items', label: t('ui.criterion.items'), children: <Items criterion={criterion} standard={standard} /> }
      : null,
    criterion.evidence
      ? {
          key: 'evidence',
          label: t('ui.criterion.evidence'),
          children: `${criterion.evidence.kinds.map((kind) => t(`ui.evidence_kind.${kind}`)).join(t('list.separator'))}${
            criterion.evidence.required ? ` · ${t('ui.criterion.evidence_required')}` : ''
          }`,
        }
      : null,
    { key: 'sources', label: t('ui.criterion.sources'), children: <SourceList sources={criterion.sources} /> },
  ];
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      styles={{ label: { whiteSpace: 'nowrap' } }}
      items={rows.filter((row) => row !== null)}
    />
  );
}
