import { Alert, Button, Flex, Input, Modal, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { AuditRecord } from '../../../../shared/ipc/contracts/audits';
import { isLockedStatus } from '../../../../shared/logic/audit-state';
import { useT } from '../../app/useT';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MUTED, MUTED_SMALL } from '../../components/styles';
import { signatureEntries, type SignatureEntry } from './signature-entries';
import { SignaturePadField } from './SignaturePadField';
import { signaturesStore, useSignatures } from './useSignatures';

const THUMB = { width: 180, height: 60 };

const signedTime = (iso: string, locale: string) =>
  new Date(iso).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' });

/** Handwritten signatures of the team and the facility's representative, for the report's signatures page. */
export function SignaturesModal({ audit, facilityName }: { audit: AuditRecord; facilityName: string }) {
  const { t } = useT();
  const open = useSignatures((s) => s.open && s.auditId === audit.id);
  const saved = useSignatures((s) => s.saved);
  const loading = useSignatures((s) => s.loading);
  const loadError = useSignatures((s) => s.loadError);
  const locked = isLockedStatus(audit.status);
  const entries = signatureEntries(audit.team, saved, facilityName);

  return (
    <Modal
      open={open}
      width={760}
      title={t('ui.signatures.title')}
      onCancel={() => signaturesStore.getState().close()}
      footer={<Button onClick={() => signaturesStore.getState().close()}>{t('ui.action.dismiss')}</Button>}
      destroyOnHidden
      data-testid="signatures-dialog"
    >
      <Flex vertical gap={12}>
        {locked ? (
          <Alert type="info" showIcon title={t('ui.signatures.locked')} />
        ) : (
          <div style={MUTED}>{t('ui.signatures.intro')}</div>
        )}
        {loadError ? (
          <ErrorAlert
            error={loadError}
            title={t('ui.signatures.load_failed')}
            onRetry={() => void signaturesStore.getState().load()}
          />
        ) : null}
        <Spin spinning={loading}>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {entries.map((entry) => (
              <EntryRow key={entry.key} entry={entry} locked={locked} />
            ))}
          </ul>
        </Spin>
      </Flex>
    </Modal>
  );
}

function EntryRow({ entry, locked }: { entry: SignatureEntry; locked: boolean }) {
  const { t, locale } = useT();
  const active = useSignatures((s) => s.activeKey === entry.key);
  const saving = useSignatures((s) => s.saving);
  const saveError = useSignatures((s) => s.saveError);
  const [typedName, setTypedName] = useState('');
  const name = entry.nameEditable ? typedName.trim() : entry.name;
  const role = t(`role.${entry.role}`);

  return (
    <li
      data-testid="signature-entry"
      data-role={entry.role}
      data-signed={entry.saved ? 'true' : 'false'}
      style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <Flex vertical gap={8} style={{ width: '100%' }}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <div>
            <Typography.Text strong>{role}</Typography.Text>
            {entry.nameEditable ? null : <span style={{ marginInlineStart: 8 }}>{entry.name}</span>}
            {entry.organisation ? <div style={MUTED_SMALL}>{entry.organisation}</div> : null}
          </div>
          <Flex align="center" gap={12}>
            {entry.saved ? (
              <figure style={{ margin: 0, textAlign: 'center' }}>
                <img
                  src={`data:image/png;base64,${entry.saved.pngBase64}`}
                  alt={t('ui.signatures.thumbnail', { name: entry.saved.name })}
                  style={{ ...THUMB, objectFit: 'contain', border: '1px solid #d9d9d9', borderRadius: 4 }}
                />
                <figcaption style={MUTED_SMALL}>
                  {t('ui.signatures.signed_at', { time: signedTime(entry.saved.signedAt, locale) })}
                </figcaption>
              </figure>
            ) : (
              <span style={MUTED}>{t('ui.signatures.not_signed')}</span>
            )}
            {locked || active ? null : (
              <Button onClick={() => signaturesStore.getState().startSigning(entry.key)}>
                {t(entry.saved ? 'ui.signatures.resign' : 'ui.signatures.sign')}
              </Button>
            )}
          </Flex>
        </Flex>
        {active ? (
          <>
            {entry.nameEditable ? (
              <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
                <span>{t('ui.signatures.representative_name')}</span>
                <Input
                  style={{ width: 220 }}
                  maxLength={60}
                  value={typedName}
                  onChange={(e) => setTypedName(e.target.value)}
                />
              </label>
            ) : null}
            <SignaturePadField
              label={t('ui.signatures.pad', { name: name || role, role })}
              saving={saving}
              blocked={name ? null : t('ui.signatures.name_required')}
              onCancel={() => signaturesStore.getState().stopSigning()}
              onSave={(pngBase64) => void signaturesStore.getState().save({ name, role: entry.role, pngBase64 })}
            />
            {saveError ? <ErrorAlert error={saveError} title={t('ui.signatures.save_failed')} /> : null}
          </>
        ) : null}
      </Flex>
    </li>
  );
}
