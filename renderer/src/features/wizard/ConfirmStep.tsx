import { Descriptions } from 'antd';
import { useT } from '../../app/useT';
import { useWizardStore } from './store';

export function ConfirmStep() {
  const { t, locale } = useT();
  const facility = useWizardStore((s) => s.facility);
  const standards = useWizardStore((s) => s.standards);
  const standardKey = useWizardStore((s) => s.standardKey);
  const kind = useWizardStore((s) => s.kind);
  const announced = useWizardStore((s) => s.announced);
  const auditDate = useWizardStore((s) => s.auditDate);
  const team = useWizardStore((s) => s.team);
  const basis = useWizardStore((s) => s.facilityAudits.find((a) => a.id === s.basisId));
  if (!facility || !kind) return null;
  const standard = standards.find((s) => s.key === standardKey);
  const place = Object.values(facility.adminPath).join(' › ');

  return (
    <Descriptions
      bordered
      column={1}
      size="small"
      items={[
        {
          key: 'facility',
          label: t('ui.wizard.step.facility'),
          children: `${facility.name}（${facility.code}）· ${t(`level.${facility.level}`)}`,
        },
        { key: 'place', label: t('ui.facilities.place'), children: place },
        {
          key: 'standard',
          label: t('ui.wizard.step.standard'),
          children: standard ? `${standard.title[locale]} · ${standard.key}` : standardKey,
        },
        { key: 'kind', label: t('ui.wizard.kind'), children: t(`kind.${kind}`) },
        ...(basis
          ? [
              {
                key: 'basis',
                label: t('ui.wizard.confirm_basis'),
                children: t('ui.wizard.basis_option', {
                  date: basis.auditDate,
                  score: basis.score,
                  verdict: t(`verdict.${basis.verdict}`),
                }),
              },
            ]
          : []),
        {
          key: 'announced',
          label: t('ui.wizard.announcement'),
          children: t(announced ? 'ui.wizard.announced' : 'ui.wizard.unannounced'),
        },
        { key: 'date', label: t('ui.wizard.date'), children: auditDate },
        {
          key: 'team',
          label: t('ui.wizard.step.team'),
          children:
            team.length === 0
              ? t('ui.wizard.team_empty')
              : team.map((row) => (
                  <div key={row.rowId}>
                    {row.name.trim()} · {t(`role.${row.role}`)}
                    {row.organisation.trim() ? ` · ${row.organisation.trim()}` : ''}
                  </div>
                )),
        },
      ]}
    />
  );
}
