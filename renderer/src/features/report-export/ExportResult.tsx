import { Alert, Button, Descriptions, Flex, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useT } from '../../app/useT';
import { ErrorAlert } from '../../components/ErrorAlert';
import { groupFingerprint } from '../settings/identity-format';
import { formatBytes } from './export-view';
import { StartRevisionButton, RevisionError } from './RevisionAction';
import type { ExportOutcome } from './store';
import { reportExportStore, useReportExport } from './useReportExport';

const HASH: CSSProperties = { fontSize: 12, wordBreak: 'break-all' };

/** What main wrote: where, how big, the hashes to compare, who signed; and the way to the file. */
export function ExportResult({ outcome, auditId }: { outcome: ExportOutcome; auditId: string }) {
  const { t } = useT();
  const revealError = useReportExport((s) => s.revealError);
  const refreshError = useReportExport((s) => s.refreshError);
  const signed = outcome.signatures.length > 0;

  return (
    <Flex vertical gap={12} data-testid="export-result" data-signed={signed ? 'true' : 'false'}>
      <Alert type="success" showIcon title={t(signed ? 'ui.report.signed_title' : 'ui.report.saved_title')} />
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: 'path',
            label: t('ui.report.result.path'),
            children: (
              <Typography.Text copyable data-testid="export-path" style={{ wordBreak: 'break-all' }}>
                {outcome.path}
              </Typography.Text>
            ),
          },
          { key: 'pages', label: t('ui.report.result.pages'), children: outcome.pages },
          { key: 'size', label: t('ui.report.result.size'), children: formatBytes(outcome.bytes) },
          {
            key: 'document',
            label: t('ui.report.result.document_sha256'),
            children: (
              <code data-testid="document-sha256" style={HASH}>
                {outcome.documentSha256}
              </code>
            ),
          },
          {
            key: 'file',
            label: t('ui.report.result.file_sha256'),
            children: <code style={HASH}>{outcome.fileSha256}</code>,
          },
          ...(signed
            ? [
                {
                  key: 'signers',
                  label: t('ui.report.result.signers'),
                  children: (
                    <ol style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }} data-testid="export-signers">
                      {outcome.signatures.map((s) => (
                        <li key={s.identityId}>
                          {t('ui.report.signer_line', {
                            position: s.position,
                            name: s.name,
                            fingerprint: groupFingerprint(s.fingerprint),
                          })}
                        </li>
                      ))}
                    </ol>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Button style={{ alignSelf: 'flex-start' }} onClick={() => void reportExportStore.getState().reveal()}>
        {t('ui.report.show_in_folder')}
      </Button>
      {revealError ? <ErrorAlert error={revealError} title={t('ui.report.reveal_failed')} /> : null}
      {refreshError ? <ErrorAlert error={refreshError} /> : null}
      {signed ? (
        <Alert
          type="info"
          showIcon
          title={t('ui.report.locked_after_sign')}
          action={<StartRevisionButton auditId={auditId} primary />}
        />
      ) : null}
      <RevisionError auditId={auditId} />
    </Flex>
  );
}
