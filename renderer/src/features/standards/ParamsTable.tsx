import { Table, Tag } from 'antd';
import type { Standard } from '../../../../shared/domain/standard';
import { useT } from '../../app/useT';
import { SourceList } from './SourceList';
import { TAG_COLORS } from '../../components/styles';

type ParamRow = { id: string } & Standard['params'][string];

/** Provincial parameters: the numbers and lists a variant may change, marked where it did. */
export function ParamsTable({ standard, overridden }: { standard: Standard; overridden: ReadonlySet<string> }) {
  const { t, locale } = useT();
  const rows: ParamRow[] = Object.entries(standard.params).map(([id, param]) => ({ id, ...param }));
  return (
    <Table<ParamRow>
      aria-label={t('ui.standards.params')}
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: t('ui.standards.no_params') }}
      columns={[
        { key: 'id', title: t('ui.standards.param_id'), render: (_, row) => <code>{row.id}</code> },
        { key: 'label', title: t('ui.standards.param_label'), render: (_, row) => row.label[locale] },
        {
          key: 'value',
          title: t('ui.standards.param_value'),
          render: (_, row) => (
            <>
              {Array.isArray(row.value) ? row.value.join(', ') : row.value}
              {overridden.has(row.id) ? (
                <Tag color={TAG_COLORS.blue} style={{ marginInlineStart: 8 }}>
                  {t('ui.standards.param_overridden')}
                </Tag>
              ) : null}
            </>
          ),
        },
        { key: 'sources', title: t('ui.criterion.sources'), render: (_, row) => <SourceList sources={row.sources} /> },
      ]}
    />
  );
}
