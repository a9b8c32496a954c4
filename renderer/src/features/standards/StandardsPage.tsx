import { Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { StandardSummary } from '../../../../shared/ipc/contracts/standards';
import { useT } from '../../app/useT';
import { KeyboardTable, type KeyboardColumn } from '../../components/KeyboardTable';
import { PageHeader } from '../../components/PageHeader';
import { useStandardsStore } from './store';
import { MUTED_SMALL } from '../../components/styles';
import { TAG_COLORS } from '../../components/styles';

export async function standardsLoader(): Promise<null> {
  await useStandardsStore.getState().loadList();
  return null;
}

export const standardPath = (key: string) => `/standards/${encodeURIComponent(key)}`;

export function StandardsPage() {
  const { t, locale } = useT();
  const navigate = useNavigate();
  const standards = useStandardsStore((s) => s.standards);
  const variants = useStandardsStore((s) => s.variants);
  const province = (variant: string) => variants.find((v) => v.id === variant)?.province.name[locale] ?? variant;

  const columns: KeyboardColumn<StandardSummary>[] = [
    {
      key: 'title',
      title: t('ui.standards.title'),
      render: (s) => (
        <>
          <Link to={standardPath(s.key)} tabIndex={-1} onClick={(event) => event.stopPropagation()}>
            {s.title[locale]}
          </Link>
          <div style={MUTED_SMALL}>
            <code>{s.key}</code>
          </div>
        </>
      ),
    },
    { key: 'level', title: t('ui.standards.level'), render: (s) => t(`level.${s.level}`) },
    { key: 'version', title: t('ui.standards.version'), render: (s) => s.version },
    {
      key: 'variant',
      title: t('ui.standards.variant'),
      render: (s) =>
        s.variant ? <Tag color={TAG_COLORS.blue}>{province(s.variant)}</Tag> : <Tag>{t('ui.standards.national')}</Tag>,
    },
    { key: 'criteria', title: t('ui.standards.criteria'), align: 'right', render: (s) => s.criteria },
    { key: 'blocking', title: t('ui.standards.blocking'), align: 'right', render: (s) => s.blocking },
    {
      key: 'builtin',
      title: t('ui.standards.source'),
      render: (s) => (s.builtin ? t('ui.standards.builtin') : t('ui.standards.imported')),
    },
  ];

  return (
    <>
      <PageHeader title={t('ui.nav.standards')} />
      <KeyboardTable
        label={t('ui.nav.standards')}
        testId="standards-table"
        columns={columns}
        rows={standards}
        rowKey={(s) => s.key}
        onOpen={(s) => void navigate(standardPath(s.key))}
        emptyText={t('ui.standards.empty')}
      />
    </>
  );
}
