import { Button, Flex, Form, Input, Modal, Upload } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/useT';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MUTED } from '../../components/styles';
import { identitiesStore, useIdentities } from './useIdentities';

/** The organisation's .p12/.pfx and its password; the password opens the file and is not kept. */
export function ImportIdentityModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useT();
  const busy = useIdentities((s) => s.busy);
  const formError = useIdentities((s) => s.formError);
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const close = () => {
    setFile(null);
    setPassphrase('');
    identitiesStore.getState().clearFormError();
    onClose();
  };
  const submit = async () => {
    if (!file) return;
    if (await identitiesStore.getState().importFile(file, passphrase)) close();
  };

  return (
    <Modal
      open={open}
      title={t('ui.identities.import_title')}
      okText={t('ui.identities.import_action')}
      cancelText={t('ui.action.cancel')}
      okButtonProps={{ disabled: !file, loading: busy }}
      onOk={() => void submit()}
      onCancel={close}
      destroyOnHidden
    >
      <p style={MUTED}>{t('ui.identities.import_help')}</p>
      <Form layout="vertical" component="div">
        <Form.Item label={t('ui.identities.file')}>
          <Flex gap={12} align="center">
            <Upload
              accept=".p12,.pfx"
              multiple={false}
              showUploadList={false}
              beforeUpload={(chosen) => {
                setFile(chosen);
                identitiesStore.getState().clearFormError();
                return Upload.LIST_IGNORE;
              }}
            >
              <Button>{t('ui.identities.choose_file')}</Button>
            </Upload>
            <span data-testid="p12-file" style={file ? undefined : MUTED}>
              {file?.name ?? t('ui.identities.no_file')}
            </span>
          </Flex>
        </Form.Item>
        <Form.Item label={t('ui.identities.passphrase')} htmlFor="p12-passphrase">
          <Input.Password
            id="p12-passphrase"
            autoComplete="off"
            maxLength={1024}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            onPressEnter={() => void submit()}
          />
        </Form.Item>
      </Form>
      {formError ? <ErrorAlert error={formError} title={t('ui.identities.import_failed')} /> : null}
    </Modal>
  );
}
