import { Form, Input, Modal, Typography } from 'antd';
import { useT } from '../../app/useT';
import type { FindingDraft } from './store';
import { useWorkspace, useWorkspaceActions } from './workspace-context';
import { MUTED } from './tones';

type Fields = Pick<FindingDraft, 'description' | 'correctiveAction' | 'responsible' | 'deadline'>;

/** A finding and its corrective action (整改意见); opened prefilled from a failed criterion with `f`. */
export function FindingForm() {
  const { t, locale } = useT();
  const actions = useWorkspaceActions();
  const draft = useWorkspace((s) => s.ui.findingDraft);
  const criterionTitle = useWorkspace((s) => {
    const id = s.ui.findingDraft?.criterionId;
    return id === undefined ? undefined : s.model?.criteria[s.model.indexOf.get(id) ?? -1]?.title[locale];
  });
  const [form] = Form.useForm<Fields>();

  return (
    <Modal
      open={draft !== undefined}
      title={t(draft?.findingId ? 'ui.workspace.finding_form.title_edit' : 'ui.workspace.finding_form.title_new')}
      okText={t('ui.workspace.finding_form.save')}
      cancelText={t('ui.workspace.finding_form.cancel')}
      onOk={() => form.submit()}
      onCancel={actions.closeFindingForm}
      destroyOnHidden
      data-testid="finding-form"
    >
      {draft ? (
        <Form<Fields>
          form={form}
          layout="vertical"
          initialValues={draft}
          onFinish={(values) => actions.submitFinding({ ...draft, ...values })}
          // Enter in a text area starts a new line; Ctrl+Enter saves from anywhere in the form.
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.submit();
          }}
        >
          <Typography.Paragraph style={MUTED}>
            {draft.criterionId} {criterionTitle}
          </Typography.Paragraph>
          <Form.Item
            name="description"
            label={t('ui.workspace.findings.description')}
            rules={[{ required: true, whitespace: true, message: t('ui.workspace.finding_form.description_required') }]}
          >
            <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
          <Form.Item name="correctiveAction" label={t('ui.workspace.findings.corrective_action')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
          <Form.Item name="responsible" label={t('ui.workspace.findings.responsible')}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="deadline" label={t('ui.workspace.findings.deadline')}>
            <Input type="date" />
          </Form.Item>
          <Typography.Text style={MUTED}>{t('ui.workspace.finding_form.hint')}</Typography.Text>
        </Form>
      ) : null}
    </Modal>
  );
}
