import { Space, Typography } from 'antd';
import type { CriterionStatus } from '../../../../shared/logic/score-result';
import { renderReason } from './render-reason';
import { DANGER, MUTED, ToneTag, type Tone } from './tones';
import { useT } from '../../app/useT';
import { useWorkspace } from './workspace-context';

const STATUS_TONES: Record<CriterionStatus, Tone> = {
  pass: 'green',
  fail: 'red',
  not_applicable: 'neutral',
  unanswered: 'blue',
};

/** The criterion's current result and its reason, exactly as the core would score it. */
export function ResultLine({ criterionId, live = false }: { criterionId: string; live?: boolean }) {
  const { t, locale } = useT();
  const result = useWorkspace((s) => s.scoring?.results[criterionId]);
  if (!result) return null;
  return (
    <Space
      size={4}
      align="start"
      data-testid="criterion-result"
      data-status={result.status}
      aria-live={live ? 'polite' : undefined}
    >
      <ToneTag tone={STATUS_TONES[result.status]}>{t(`ui.workspace.status.${result.status}`)}</ToneTag>
      <Typography.Text style={result.status === 'fail' ? DANGER : MUTED}>
        {renderReason(locale, result.reason)}
      </Typography.Text>
    </Space>
  );
}
