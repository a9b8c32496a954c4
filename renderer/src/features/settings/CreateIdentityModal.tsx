import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { IdentityInput } from '../../../../shared/ipc/contracts/signing';
import { useT } from '../../app/useT';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MUTED } from '../../components/styles';
import { identitiesStore, useIdentities } from './useIdentities';

const EMPTY = { name: '', organisation: '', role: '' };

/** Optional fields left blank are left out: the certificate names only what was given. */
function toInput(fields: typeof EMPTY): IdentityInput {
  const organisation = fields.organisation.trim();
  const role = fields.role.trim();
  return { name: fields.name.trim(), ...(organisation ? { organisation } : {}), ...(role ? { role } : {}) };
}

/** A new key pair and self-signed certificate; main keeps the key under the system keychain. */
export function CreateIdentityModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useT();
  const busy = useIdentities((s) => s.busy);
  const formError = useIdentities((s) => s.formError);
  const [fields, setFields] = useState(EMPTY);
  const close = () => {
    setFields(EMPTY);
    identitiesStore.getState().clearFormError();
    onClose();
  };
  const submit = async () => {
    if (!fields.name.trim()) return;
    if (await identitiesStore.getState().create(toInput(fields))) close();
  };

  return (
    <Modal
      open={open}
      title={t('ui.identities.create_title')}
      okText={t('ui.identities.create_action')}
      cancelText={t('ui.action.cancel')}
      okButtonProps={{ disabled: !fields.name.trim(), loading: busy }}
      onOk={() => void submit()}
      onCancel={close}
      destroyOnHidden
    >
      <p style={MUTED}>{t('ui.identities.create_help')}</p>
      <Form layout="vertical" component="div">
        <Form.Item label={t('ui.identities.name')} htmlFor="identity-name" required>
          <Input
            id="identity-name"
            maxLength={64}
            aria-required
            value={fields.name}
            onChange={(e) => setFields({ ...fields, name: e.target.value })}
            onPressEnter={() => void submit()}
          />
        </Form.Item>
        <Form.Item label={t('ui.identities.organisation')} htmlFor="identity-organisation">
          <Input
            id="identity-organisation"
            maxLength={128}
            value={fields.organisation}
            onChange={(e) => setFields({ ...fields, organisation: e.target.value })}
            onPressEnter={() => void submit()}
          />
        </Form.Item>
        <Form.Item label={t('ui.identities.role')} htmlFor="identity-role">
          <Input
            id="identity-role"
            maxLength={64}
            value={fields.role}
            onChange={(e) => setFields({ ...fields, role: e.target.value })}
            onPressEnter={() => void submit()}
          />
        </Form.Item>
      </Form>
      {formError ? <ErrorAlert error={formError} title={t('ui.identities.create_failed')} /> : null}
    </Modal>
  );
}
