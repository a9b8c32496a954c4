import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Radio } from 'antd';
import type { ReviewScope } from '../../../../shared/ipc/contracts/review';
import { useT } from '../../app/useT';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useExportStore, type SummaryPeriod } from './export-store';

const PERIODS: readonly SummaryPeriod[] = ['week', 'month'];

/** 周报告 / 月推进: the shown scope as XLSX (Excel, WPS) or as the summary PDF; main asks where to save. */
export function ExportButtons({ scope }: { scope: ReviewScope }) {
  const { t, locale } = useT();
  const period = useExportStore((s) => s.period);
  const busy = useExportStore((s) => s.busy);
  const { setPeriod, run } = useExportStore.getState();
  return (
    <Flex gap={8} align="center" wrap>
      <Radio.Group
        aria-label={t('ui.review.period')}
        optionType="button"
        value={period}
        options={PERIODS.map((value) => ({ value, label: t(`ui.review.period.${value}`) }))}
        onChange={(event) => setPeriod(event.target.value === 'week' ? 'week' : 'month')}
      />
      <Button
        icon={<FileExcelOutlined />}
        loading={busy === 'xlsx'}
        disabled={busy !== null}
        onClick={() => void run(scope, 'xlsx', locale)}
      >
        {t('ui.review.export_xlsx')}
      </Button>
      <Button
        icon={<FilePdfOutlined />}
        loading={busy === 'pdf'}
        disabled={busy !== null}
        onClick={() => void run(scope, 'pdf', locale)}
      >
        {t('ui.review.export_pdf')}
      </Button>
    </Flex>
  );
}

/** Where the file went (or that the dialog was cancelled), under the header. */
export function ExportOutcome() {
  const { t } = useT();
  const outcome = useExportStore((s) => s.outcome);
  const error = useExportStore((s) => s.error);
  const dismiss = useExportStore((s) => s.dismiss);
  if (error) return <ErrorAlert error={error} title={t('ui.review.export_failed')} onClose={dismiss} />;
  if (!outcome) return null;
  const format = t(`ui.review.format.${outcome.format}`);
  return (
    <Alert
      type={outcome.kind === 'saved' ? 'success' : 'info'}
      showIcon
      role="status"
      data-testid="export-outcome"
      closable={{ 'aria-label': t('ui.action.dismiss'), onClose: dismiss }}
      title={
        outcome.kind === 'saved'
          ? t('ui.review.export_saved', {
              format,
              path: outcome.path,
              kb: Math.max(1, Math.round(outcome.bytes / 1024)),
            })
          : t('ui.review.export_cancelled', { format })
      }
      style={{ marginBottom: 12 }}
    />
  );
}
