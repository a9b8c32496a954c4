import { Button, Card, Checkbox, Descriptions, Flex, Input, Tag } from 'antd';
import { useMemo } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { CRITERION_KINDS } from '../../../../shared/domain/standard';
import { useT } from '../../app/useT';
import { NativeSelect } from '../../components/NativeSelect';
import { PageHeader } from '../../components/PageHeader';
import { CriteriaSections } from './CriteriaSections';
import { ParamsTable } from './ParamsTable';
import { ProvenanceLegend } from './ProvenanceLegend';
import { SourceList } from './SourceList';
import { filterSections, overriddenParams } from './standard-view';
import { useStandardsStore } from './store';
import { MUTED } from '../../components/styles';
import { TAG_COLORS } from '../../components/styles';

export async function standardLoader({ params }: LoaderFunctionArgs): Promise<null> {
  await useStandardsStore.getState().loadDetail(params.standardKey ?? '');
  return null;
}

export function StandardPage() {
  const { t, locale } = useT();
  const detail = useStandardsStore((s) => s.detail);
  const variants = useStandardsStore((s) => s.variants);
  const filter = useStandardsStore((s) => s.filter);
  const { setFilter, setOpen } = useStandardsStore.getState();
  const sections = useMemo(
    () => (detail ? filterSections(detail.standard.sections, filter, locale) : []),
    [detail, filter, locale],
  );
  const overridden = useMemo(
    () => (detail ? overriddenParams(detail.standard, detail.base) : new Set<string>()),
    [detail],
  );
  if (!detail) return null;
  const { summary, standard } = detail;
  const variant = summary.variant ? variants.find((v) => v.id === summary.variant) : undefined;
  const shownIds = sections.flatMap((section) => section.criteria.map((c) => c.id));

  return (
    <>
      <Link to="/standards">{t('ui.standards.back')}</Link>
      <PageHeader
        title={
          <>
            {standard.title[locale]} <Tag>{standard.version}</Tag>
            {variant ? (
              <Tag color={TAG_COLORS.blue}>{variant.title[locale]}</Tag>
            ) : (
              <Tag>{t('ui.standards.national')}</Tag>
            )}
          </>
        }
      />
      <Flex gap={16} align="flex-start">
        <Flex vertical gap={16} style={{ flex: 1, minWidth: 0 }}>
          <Descriptions
            size="small"
            bordered
            column={2}
            styles={{ label: { whiteSpace: 'nowrap' } }}
            items={[
              { key: 'key', label: t('ui.standards.key'), children: <code>{summary.key}</code> },
              { key: 'level', label: t('ui.standards.level'), children: t(`level.${standard.level}`) },
              { key: 'summary', label: t('ui.standards.summary'), children: standard.summary[locale], span: 2 },
              {
                key: 'verdict',
                label: t('ui.standards.verdict_rule'),
                span: 2,
                children: t(
                  standard.verdict.passMinSectionScore === undefined
                    ? 'ui.standards.verdict_text'
                    : 'ui.standards.verdict_text_section',
                  {
                    pass: standard.verdict.passScore,
                    basic: standard.verdict.basicScore,
                    section: standard.verdict.passMinSectionScore ?? 0,
                  },
                ),
              },
              { key: 'effective', label: t('ui.standards.effective'), children: standard.effectiveFrom ?? '—' },
              {
                key: 'catalogs',
                label: t('ui.standards.catalogs'),
                children: [standard.drugCatalog, standard.equipmentCatalog].filter(Boolean).join(' · ') || '—',
              },
              {
                key: 'sources',
                label: t('ui.criterion.sources'),
                span: 2,
                children: <SourceList sources={standard.sources} />,
              },
            ]}
          />
          <Flex gap={8} wrap align="center">
            <Input
              type="search"
              allowClear
              aria-label={t('ui.standards.search')}
              placeholder={t('ui.standards.search')}
              value={filter.query}
              onChange={(event) => setFilter({ query: event.target.value })}
              style={{ width: 260 }}
            />
            <NativeSelect
              label={t('ui.standards.kind')}
              allLabel={t('ui.standards.all_kinds')}
              value={filter.kind}
              onChange={(kind) => setFilter({ kind })}
              options={CRITERION_KINDS.map((kind) => ({ value: kind, label: t(`form.kind.${kind}`) }))}
              width={140}
            />
            <Checkbox
              checked={filter.blockingOnly}
              onChange={(event) => setFilter({ blockingOnly: event.target.checked })}
            >
              {t('ui.standards.blocking_only')}
            </Checkbox>
            <Button onClick={() => setOpen(shownIds)}>{t('ui.standards.expand_all')}</Button>
            <Button onClick={() => setOpen([])}>{t('ui.standards.collapse_all')}</Button>
            <span aria-live="polite" style={MUTED}>
              {t('ui.standards.shown', { count: shownIds.length, total: summary.criteria })}
            </span>
          </Flex>
          <CriteriaSections sections={sections} standard={standard} />
          <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('ui.standards.params')}</h2>}>
            <ParamsTable standard={standard} overridden={overridden} />
          </Card>
        </Flex>
        <div style={{ width: 300, flex: 'none', position: 'sticky', top: 16 }}>
          <ProvenanceLegend />
        </div>
      </Flex>
    </>
  );
}
