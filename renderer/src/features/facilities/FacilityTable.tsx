import { Button, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { Facility } from '../../../../shared/domain/facility';
import { useT } from '../../app/useT';
import { VerdictTag } from '../../components/VerdictTag';
import { FLAG_LABEL_KEYS, FLAG_NAMES } from './facility-form';
import { useFacilitiesStore } from './store';
import { MUTED, MUTED_SMALL } from '../../components/styles';
import { TAG_COLORS } from '../../components/styles';

interface Props {
  facilities: readonly Facility[];
  onEdit: (facility: Facility) => void;
}

export function FacilityTable({ facilities, onEdit }: Props) {
  const { t, locale } = useT();
  const latestAudit = useFacilitiesStore((s) => s.latestAudit);
  const variants = useFacilitiesStore((s) => s.variants);
  const variantName = (id: string) => variants.find((v) => v.id === id)?.province.name[locale] ?? id;

  const columns: ColumnsType<Facility> = [
    {
      key: 'name',
      title: t('ui.facilities.name'),
      render: (_, f) => (
        <>
          <div>{f.name}</div>
          <div style={MUTED_SMALL}>{f.code}</div>
        </>
      ),
    },
    { key: 'level', title: t('ui.facilities.level'), render: (_, f) => t(`level.${f.level}`) },
    {
      key: 'place',
      title: t('ui.facilities.place'),
      render: (_, f) => [f.adminPath.county, f.adminPath.township, f.adminPath.village].filter(Boolean).join(' · '),
    },
    {
      key: 'population',
      title: t('fact.service_population'),
      align: 'right',
      render: (_, f) => f.servicePopulation?.toLocaleString(locale) ?? '—',
    },
    {
      key: 'flags',
      title: t('ui.facility_form.flags'),
      render: (_, f) => (
        <Space size={[0, 4]} wrap>
          {f.variant ? <Tag color={TAG_COLORS.blue}>{variantName(f.variant)}</Tag> : null}
          {FLAG_NAMES.filter((flag) => f.flags[flag]).map((flag) => (
            <Tag key={flag} title={t(FLAG_LABEL_KEYS[flag])}>
              {t(`ui.facilities.flag.${flag}`)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'latest',
      title: t('ui.facilities.latest_audit'),
      render: (_, f) => {
        const audit = latestAudit.get(f.id);
        if (!audit) return <span style={MUTED}>{t('ui.facilities.never_audited')}</span>;
        return (
          <Link to={`/audits/${encodeURIComponent(audit.id)}`}>
            <VerdictTag {...audit} />
            <div style={{ fontSize: 12 }}>{audit.auditDate}</div>
          </Link>
        );
      },
    },
    {
      key: 'actions',
      title: t('ui.facilities.actions'),
      // Always in view, however wide the other columns make the table.
      fixed: 'right',
      render: (_, f) => (
        <Space size={4}>
          <Button size="small" onClick={() => onEdit(f)}>
            {t('ui.action.edit')}
          </Button>
          <Link to={`/audits/new?facility=${encodeURIComponent(f.id)}`}>{t('ui.audits.new')}</Link>
        </Space>
      ),
    },
  ];

  return (
    <Table<Facility>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...facilities]}
      locale={{ emptyText: t('ui.facilities.empty') }}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      // As wide as the content: a name or a place broken over three lines is hard to scan.
      scroll={{ x: 'max-content' }}
    />
  );
}
