import { Button, Card, Divider, Space, Tag, Typography } from 'antd';
import { useT } from '../../app/useT';
import { AnswerControl } from './AnswerControl';
import { BlockingTag, CriterionDetails } from './CriterionDetails';
import { EvidencePanel } from './evidence/EvidencePanel';
import { NotApplicableField } from './NotApplicableField';
import { NoteField } from './NoteField';
import { ResultLine } from './ResultLine';
import { selectReadOnly } from './selectors';
import { VerificationLine } from './verification/VerificationLine';
import { useWorkspace, useWorkspaceActions } from './workspace-context';
import { MUTED } from './tones';

/** One criterion at a time: everything needed to decide it, then the answer. */
export function CriterionView({ index }: { index: number }) {
  const { t, locale } = useT();
  const criterion = useWorkspace((s) => s.model?.criteria[index]);
  const sectionTitle = useWorkspace((s) => {
    const id = criterion && s.model?.sectionOf.get(criterion.id);
    return s.model?.sections.find((x) => x.id === id)?.title[locale];
  });
  const readOnly = useWorkspace(selectReadOnly);
  const auditId = useWorkspace((s) => s.auditId);
  if (!criterion) return null;
  const titleId = `criterion-title-${criterion.id}`;

  return (
    <Card
      role="region"
      aria-labelledby={titleId}
      data-testid="criterion-view"
      data-criterion-id={criterion.id}
      size="small"
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <div>
          <Space size={4} wrap>
            <Tag>{criterion.id}</Tag>
            {criterion.blocking ? <BlockingTag /> : null}
            <Typography.Text style={MUTED}>{sectionTitle}</Typography.Text>
          </Space>
          <Typography.Title level={4} id={titleId} style={{ margin: '8px 0 0' }}>
            {criterion.title[locale]}
          </Typography.Title>
        </div>
        <CriterionDetails criterion={criterion} />
        <Divider style={{ margin: 0 }} />
        <AnswerControl criterion={criterion} disabled={readOnly} isCurrent />
        <ResultLine criterionId={criterion.id} live />
        <VerificationLine criterion={criterion} disabled={readOnly} />
        <NotApplicableField criterionId={criterion.id} disabled={readOnly} isCurrent />
        <NoteField criterionId={criterion.id} disabled={readOnly} />
        <FindingButton criterionId={criterion.id} disabled={readOnly} />
        <div>
          <Typography.Text strong>{t('ui.workspace.evidence')}</Typography.Text>
          <EvidencePanel auditId={auditId} criterionId={criterion.id} disabled={readOnly} />
        </div>
      </Space>
    </Card>
  );
}

export function FindingButton({ criterionId, disabled }: { criterionId: string; disabled: boolean }) {
  const { t, locale } = useT();
  const actions = useWorkspaceActions();
  const failed = useWorkspace((s) => s.scoring?.results[criterionId]?.status === 'fail');
  const count = useWorkspace((s) => s.findings.filter((f) => f.criterionId === criterionId).length);
  if (!failed && count === 0) return null;
  return (
    <Space wrap>
      {failed ? (
        <Button disabled={disabled} onClick={() => actions.startFinding(criterionId, locale)}>
          {t('ui.workspace.finding_create')}
        </Button>
      ) : null}
      {count > 0 ? (
        <Button type="link" onClick={() => actions.setTab('findings')}>
          {t('ui.workspace.findings_for', { count })}
        </Button>
      ) : null}
    </Space>
  );
}
