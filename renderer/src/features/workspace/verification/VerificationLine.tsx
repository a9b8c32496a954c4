import { Button, Space, Typography } from 'antd';
import type { Criterion } from '../../../../../shared/domain/standard';
import { onSiteCheck, type OnSiteCheck } from '../../../../../shared/logic/onsite-check';
import { useT } from '../../../app/useT';
import { MUTED, ToneTag, type Tone } from '../tones';
import { useWorkspace, useWorkspaceActions } from '../workspace-context';
import { basisAnswerText } from './basis-answer';

const CHECK_TONES: Record<OnSiteCheck, Tone> = {
  pending: 'orange',
  confirmed: 'green',
  corrected: 'purple',
  added: 'blue',
};

/** On an inspection started from a self-assessment: what was self-assessed, and whether it held on site. */
export function VerificationLine({ criterion, disabled }: { criterion: Criterion; disabled: boolean }) {
  const { t, locale } = useT();
  const actions = useWorkspaceActions();
  const basisAnswer = useWorkspace((s) => s.basis?.answers[criterion.id]);
  const hasBasis = useWorkspace((s) => s.basis !== null);
  const answer = useWorkspace((s) => s.answers[criterion.id]);
  if (!hasBasis || (!basisAnswer && !answer)) return null;
  const check = onSiteCheck(basisAnswer, answer);
  return (
    <Space wrap size={8} data-testid="onsite-check" data-check={check}>
      <ToneTag tone={CHECK_TONES[check]}>{t(`onsite.${check}`)}</ToneTag>
      <Typography.Text style={MUTED}>
        {t('ui.onsite.basis_answer', { answer: basisAnswerText(locale, criterion, basisAnswer) })}
      </Typography.Text>
      {check === 'pending' && answer ? (
        <Button size="small" disabled={disabled} onClick={() => actions.confirmAnswer(criterion.id)}>
          {t('ui.onsite.confirm')}
        </Button>
      ) : null}
    </Space>
  );
}
