import { Alert, Button, Checkbox, Flex, Tag } from 'antd';
import type { CSSProperties } from 'react';
import { useNavigate } from 'react-router';
import { renderMessage, type Message } from '../../../../shared/i18n/format';
import { MAX_SIGNERS } from '../../../../shared/ipc/contracts/signing';
import { useT } from '../../app/useT';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MUTED, MUTED_SMALL } from '../../components/styles';
import { groupFingerprint } from '../settings/identity-format';
import { reportExportStore, useReportExport } from './useReportExport';

export const FIELDSET: CSSProperties = { border: 0, margin: 0, padding: 0, minWidth: 0 };
export const LEGEND: CSSProperties = { fontSize: 14, marginBottom: 8 };

/**
 * Who signs, in order: a box per identity, the order of ticking is the signing order (shown as
 * a number). Disabled, with the reason, when the audit cannot be signed.
 */
export function SignerChoice({ block }: { block: Message | null }) {
  const { t, locale } = useT();
  const navigate = useNavigate();
  const identities = useReportExport((s) => s.identities);
  const error = useReportExport((s) => s.identitiesError);
  const chosen = useReportExport((s) => s.signerIds);
  const store = reportExportStore.getState();
  const legend = t('ui.report.signers', { max: MAX_SIGNERS });

  let body;
  if (error) {
    body = (
      <ErrorAlert error={error} title={t('ui.report.identities_failed')} onRetry={() => void store.loadIdentities()} />
    );
  } else if (identities && identities.length === 0) {
    body = (
      <Alert
        type="info"
        showIcon
        title={t('ui.report.no_identities')}
        action={
          <Button
            size="small"
            onClick={() => {
              store.close();
              void navigate('/settings');
            }}
          >
            {t('ui.report.go_settings')}
          </Button>
        }
      />
    );
  } else {
    body = (
      <Flex vertical gap={4}>
        {(identities ?? []).map((identity) => {
          const position = chosen.indexOf(identity.id) + 1;
          const full = position === 0 && chosen.length >= MAX_SIGNERS;
          return (
            <Flex key={identity.id} align="center" gap={8}>
              <Checkbox
                checked={position > 0}
                disabled={block !== null || full}
                onChange={() => store.toggleSigner(identity.id)}
              >
                {identity.organisation
                  ? t('ui.report.identity_option', { name: identity.name, organisation: identity.organisation })
                  : identity.name}
              </Checkbox>
              {position > 0 ? <Tag data-testid="signer-position">{position}</Tag> : null}
              <code style={MUTED_SMALL}>{groupFingerprint(identity.fingerprint).slice(0, 19)}…</code>
            </Flex>
          );
        })}
      </Flex>
    );
  }

  return (
    <fieldset style={FIELDSET} data-testid="signer-choice">
      <legend style={LEGEND}>{legend}</legend>
      {block ? (
        <Alert
          type="warning"
          showIcon
          title={renderMessage(locale, block)}
          style={{ marginBottom: 8 }}
          data-testid="sign-blocked"
        />
      ) : null}
      {body}
      <div style={{ ...MUTED, marginTop: 8 }}>{t('ui.report.signers_help')}</div>
    </fieldset>
  );
}
