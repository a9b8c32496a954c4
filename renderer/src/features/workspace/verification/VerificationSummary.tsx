import { Alert } from 'antd';
import { useMemo } from 'react';
import { countChecks, onSiteChecks } from '../../../../../shared/logic/onsite-check';
import { useT } from '../../../app/useT';
import { useWorkspace } from '../workspace-context';

/** How far the on-site verification has come, counted live from the answers. */
export function VerificationSummary() {
  const { t } = useT();
  const basis = useWorkspace((s) => s.basis);
  const answers = useWorkspace((s) => s.answers);
  const counts = useMemo(
    () => basis && countChecks(onSiteChecks([], Object.values(basis.answers), Object.values(answers))),
    [basis, answers],
  );
  if (!basis || !counts) return null;
  return (
    <Alert
      type="info"
      data-testid="onsite-summary"
      title={t('ui.onsite.summary_title')}
      description={t('ui.onsite.summary', {
        date: basis.auditDate,
        score: basis.score,
        verdict: t(`verdict.${basis.verdict}`),
        ...counts,
      })}
      style={{ marginBottom: 12 }}
    />
  );
}
