import { Flex, Input, Radio } from 'antd';
import { AUDIT_KINDS } from '../../../../shared/domain/audit';
import { useT } from '../../app/useT';
import { useWizardStore } from './store';
import { MUTED } from '../../components/styles';
import { BasisChoice } from './BasisChoice';

export function KindStep() {
  const { t } = useT();
  const kind = useWizardStore((s) => s.kind);
  const announced = useWizardStore((s) => s.announced);
  const auditDate = useWizardStore((s) => s.auditDate);
  const setKind = useWizardStore((s) => s.setKind);
  const setAnnounced = useWizardStore((s) => s.setAnnounced);
  const setAuditDate = useWizardStore((s) => s.setAuditDate);
  const focusKind = kind ?? AUDIT_KINDS[0];

  return (
    <Flex vertical gap={20}>
      <Flex vertical gap={8}>
        <div id="wizard-kind-label" style={{ fontWeight: 600 }}>
          {t('ui.wizard.kind')}
        </div>
        <Radio.Group aria-labelledby="wizard-kind-label" value={kind} onChange={(event) => setKind(event.target.value)}>
          <Flex vertical gap={8}>
            {AUDIT_KINDS.map((value) => (
              <Radio key={value} value={value} autoFocus={value === focusKind}>
                {t(`kind.${value}`)}
                <span style={{ ...MUTED, marginInlineStart: 8 }}>{t(`ui.wizard.kind_help.${value}`)}</span>
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Flex>
      <BasisChoice />
      <Flex vertical gap={8}>
        <div id="wizard-announced-label" style={{ fontWeight: 600 }}>
          {t('ui.wizard.announcement')}
        </div>
        <Radio.Group
          aria-labelledby="wizard-announced-label"
          value={announced}
          onChange={(event) => setAnnounced(event.target.value === true)}
          options={[
            { value: true, label: t('ui.wizard.announced') },
            { value: false, label: t('ui.wizard.unannounced') },
          ]}
        />
      </Flex>
      <Flex vertical gap={8} style={{ maxWidth: 220 }}>
        <label htmlFor="wizard-audit-date" style={{ fontWeight: 600 }}>
          {t('ui.wizard.date')}
        </label>
        <Input
          id="wizard-audit-date"
          type="date"
          required
          value={auditDate}
          onChange={(event) => setAuditDate(event.target.value)}
        />
      </Flex>
    </Flex>
  );
}
