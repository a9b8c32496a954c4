import { InboxOutlined } from '@ant-design/icons';
import { Alert, Flex, Modal, Spin, Statistic, Table, Upload } from 'antd';
import type { FacilityImportReport } from '../../../../shared/ipc/contracts/facilities';
import { useT } from '../../app/useT';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFacilitiesStore } from './store';
import { MUTED } from '../../components/styles';

type RowError = FacilityImportReport['errors'][number];

function Report({ report }: { report: FacilityImportReport }) {
  const { t, locale } = useT();
  return (
    <Flex vertical gap={12} data-testid="import-report">
      <Flex gap={32}>
        <Statistic title={t('ui.import.created')} value={report.created} />
        <Statistic title={t('ui.import.updated')} value={report.updated} />
        <Statistic title={t('ui.import.rejected')} value={report.rejected} />
      </Flex>
      {report.errors.length > 0 ? (
        <Table<RowError>
          aria-label={t('ui.import.errors')}
          size="small"
          rowKey={(error) => `${error.row}:${error.field}:${error.message['en-US']}`}
          dataSource={report.errors}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          columns={[
            { key: 'row', title: t('ui.import.row'), dataIndex: 'row', width: 72 },
            { key: 'field', title: t('ui.import.field'), dataIndex: 'field', width: 140 },
            { key: 'message', title: t('ui.import.message'), render: (_, error) => error.message[locale] },
          ]}
        />
      ) : (
        <Alert type="success" showIcon title={t('ui.import.no_errors')} />
      )}
    </Flex>
  );
}

export function ImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useT();
  const importing = useFacilitiesStore((s) => s.importing);
  const report = useFacilitiesStore((s) => s.importReport);
  const importError = useFacilitiesStore((s) => s.importError);
  const importFile = useFacilitiesStore((s) => s.importFile);
  const clearImport = useFacilitiesStore((s) => s.clearImport);

  return (
    <Modal
      open={open}
      width={760}
      title={t('ui.import.title')}
      footer={null}
      onCancel={() => {
        clearImport();
        onClose();
      }}
    >
      <Flex vertical gap={16}>
        <div style={MUTED}>{t('ui.import.help')}</div>
        <Spin spinning={importing}>
          <Upload.Dragger
            accept=".csv,.xlsx"
            multiple={false}
            showUploadList={false}
            disabled={importing}
            beforeUpload={(file) => {
              // The file never leaves as a path: its bytes are read here and sent through the contract.
              void importFile(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{t('ui.import.drop')}</p>
          </Upload.Dragger>
        </Spin>
        {importError ? <ErrorAlert error={importError} title={t('ui.import.failed')} /> : null}
        {report ? <Report report={report} /> : null}
      </Flex>
    </Modal>
  );
}
