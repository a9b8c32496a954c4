import { Empty, Flex, Radio, Spin, Tag } from 'antd';
import { useT } from '../../app/useT';
import { useWizardStore } from './store';
import { MUTED_SMALL } from '../../components/styles';
import { TAG_COLORS } from '../../components/styles';

export function StandardStep() {
  const { t, locale } = useT();
  const facility = useWizardStore((s) => s.facility);
  const standards = useWizardStore((s) => s.standards);
  const variants = useWizardStore((s) => s.variants);
  const standardKey = useWizardStore((s) => s.standardKey);
  const suggestedKey = useWizardStore((s) => s.suggestedKey);
  const setStandardKey = useWizardStore((s) => s.setStandardKey);
  const loading = useWizardStore((s) => s.loadingStandards);

  if (!facility) return null;
  if (loading) return <Spin style={{ display: 'block', margin: 32 }} />;
  if (standards.length === 0) {
    return <Empty description={t('ui.wizard.no_standard', { level: t(`level.${facility.level}`) })} />;
  }
  const provinceOf = (variant: string | null) =>
    variant === null
      ? t('ui.standards.national')
      : (variants.find((v) => v.id === variant)?.province.name[locale] ?? variant);
  const focusKey = standardKey ?? standards[0]?.key;

  return (
    <Flex vertical gap={8}>
      <div id="wizard-standard-label">
        {t('ui.wizard.standard_for', { name: facility.name, level: t(`level.${facility.level}`) })}
      </div>
      <Radio.Group
        aria-labelledby="wizard-standard-label"
        value={standardKey}
        onChange={(event) => setStandardKey(String(event.target.value))}
      >
        <Flex vertical gap={12}>
          {standards.map((standard) => (
            <Radio key={standard.key} value={standard.key} autoFocus={standard.key === focusKey}>
              <span>{standard.title[locale]}</span> <Tag>{standard.version}</Tag>
              <Tag color={standard.variant ? TAG_COLORS.blue : undefined}>{provinceOf(standard.variant)}</Tag>
              {standard.key === suggestedKey ? <Tag color={TAG_COLORS.green}>{t('ui.wizard.suggested')}</Tag> : null}
              <div style={MUTED_SMALL}>
                {t('ui.wizard.standard_counts', { criteria: standard.criteria, blocking: standard.blocking })} ·{' '}
                <code>{standard.key}</code>
              </div>
            </Radio>
          ))}
        </Flex>
      </Radio.Group>
    </Flex>
  );
}
