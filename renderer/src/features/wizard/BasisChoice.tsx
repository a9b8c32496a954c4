import { Flex, Radio } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../app/useT';
import { MUTED } from '../../components/styles';
import { useWizardStore } from './store';
import { VERIFYING_KINDS, basisOptions } from './wizard-logic';

/** For an inspection: start from one of the facility's finished self-assessments, or empty. */
export function BasisChoice() {
  const { t } = useT();
  const kind = useWizardStore((s) => s.kind);
  const audits = useWizardStore((s) => s.facilityAudits);
  const standardKey = useWizardStore((s) => s.standardKey);
  const basisId = useWizardStore((s) => s.basisId);
  const setBasis = useWizardStore((s) => s.setBasis);
  const options = useMemo(() => basisOptions(audits, standardKey), [audits, standardKey]);
  if (!kind || !VERIFYING_KINDS.includes(kind) || options.length === 0) return null;

  return (
    <Flex vertical gap={8} data-testid="wizard-basis">
      <div id="wizard-basis-label" style={{ fontWeight: 600 }}>
        {t('ui.wizard.basis')}
      </div>
      <div style={MUTED}>{t('ui.wizard.basis_help')}</div>
      <Radio.Group
        aria-labelledby="wizard-basis-label"
        value={basisId ?? ''}
        onChange={(event) => setBasis(event.target.value === '' ? null : String(event.target.value))}
      >
        <Flex vertical gap={8}>
          <Radio value="">{t('ui.wizard.basis_none')}</Radio>
          {options.map((audit) => (
            <Radio key={audit.id} value={audit.id}>
              {t('ui.wizard.basis_option', {
                date: audit.auditDate,
                score: audit.score,
                verdict: t(`verdict.${audit.verdict}`),
              })}
            </Radio>
          ))}
        </Flex>
      </Radio.Group>
    </Flex>
  );
}
