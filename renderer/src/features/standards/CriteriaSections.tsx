import { Card, Collapse, Flex, Tag } from 'antd';
import type { Section, Standard } from '../../../../shared/domain/standard';
import { useT } from '../../app/useT';
import { CriterionDetail } from './CriterionDetail';
import { useStandardsStore } from './store';
import { MUTED } from '../../components/styles';
import { TAG_COLORS } from '../../components/styles';

export function CriteriaSections({ sections, standard }: { sections: readonly Section[]; standard: Standard }) {
  const { t, locale } = useT();
  const open = useStandardsStore((s) => s.open);
  const setOpen = useStandardsStore((s) => s.setOpen);

  return (
    <Flex vertical gap={16}>
      {sections.map((section) => {
        const ids = new Set(section.criteria.map((c) => c.id));
        return (
          <Card
            key={section.id}
            size="small"
            title={
              <h2 style={{ fontSize: 16, margin: 0 }}>
                {section.title[locale]} <Tag>{t(`ui.section_category.${section.category}`)}</Tag>
              </h2>
            }
            extra={t('ui.standards.section_count', { count: section.criteria.length })}
          >
            <Collapse
              ghost
              activeKey={open.filter((id) => ids.has(id))}
              onChange={(keys) => setOpen([...open.filter((id) => !ids.has(id)), ...keys.map(String)])}
              items={section.criteria.map((criterion) => ({
                key: criterion.id,
                label: (
                  <Flex gap={8} wrap align="baseline">
                    <code>{criterion.id}</code>
                    <span>{criterion.title[locale]}</span>
                    <Tag>{t(`form.kind.${criterion.kind}`)}</Tag>
                    <span style={MUTED}>{t('ui.criterion.weight', { weight: criterion.weight })}</span>
                    {criterion.blocking ? <Tag color={TAG_COLORS.red}>{t('form.blocking_mark')}</Tag> : null}
                    {criterion.applicability ? <Tag>{t('ui.criterion.conditional')}</Tag> : null}
                  </Flex>
                ),
                children: <CriterionDetail criterion={criterion} standard={standard} />,
              }))}
            />
          </Card>
        );
      })}
    </Flex>
  );
}
