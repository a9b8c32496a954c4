import { Space, Tooltip, Typography } from 'antd';
import type { Criterion, SourceCitation } from '../../../../shared/domain/standard';
import { useT } from '../../app/useT';
import { MUTED, ToneTag, WARNING, type Tone } from './tones';

const PROVENANCE_TONES: Record<SourceCitation['provenance'], Tone> = {
  'C-off': 'green',
  'C-3p': 'blue',
  K: 'orange',
  I: 'neutral',
};

export function BlockingTag() {
  const { t } = useT();
  return (
    <Tooltip title={t('ui.workspace.blocking_hint')}>
      <ToneTag tone="red" data-testid="blocking-tag">
        {t('ui.workspace.blocking')}
      </ToneTag>
    </Tooltip>
  );
}

/** What the auditor reads before answering: the requirement, how to check it, where it comes from. */
export function CriterionDetails({ criterion }: { criterion: Criterion }) {
  const { t, locale } = useT();
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      {criterion.description ? (
        <Typography.Paragraph style={{ margin: 0 }}>{criterion.description[locale]}</Typography.Paragraph>
      ) : null}
      <div>
        <Typography.Text strong>{t('ui.workspace.how_to_verify')}</Typography.Text>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line' }}>
          {criterion.howToVerify[locale]}
        </Typography.Paragraph>
      </div>
      {criterion.evidence ? (
        <Typography.Text style={criterion.evidence.required ? WARNING : MUTED}>
          {t(criterion.evidence.required ? 'ui.workspace.evidence_required' : 'ui.workspace.evidence_suggested', {
            kinds: criterion.evidence.kinds.map((k) => t(`ui.workspace.evidence_kind.${k}`)).join(t('list.separator')),
          })}
        </Typography.Text>
      ) : null}
      <div>
        <Typography.Text strong>{t('ui.workspace.sources')}</Typography.Text>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {criterion.sources.map((source, i) => (
            <li key={i}>
              <Typography.Text>{source.document}</Typography.Text>
              {source.clause ? <Typography.Text style={MUTED}> {source.clause}</Typography.Text> : null}{' '}
              <ToneTag tone={PROVENANCE_TONES[source.provenance]}>
                {t(`ui.workspace.provenance.${source.provenance}`)}
              </ToneTag>
            </li>
          ))}
        </ul>
      </div>
    </Space>
  );
}
