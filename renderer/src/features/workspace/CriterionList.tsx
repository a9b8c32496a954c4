import { Space, Tag, Typography } from 'antd';
import { memo, useEffect, useRef } from 'react';
import { useT } from '../../app/useT';
import { AnswerControl } from './AnswerControl';
import { BlockingTag } from './CriterionDetails';
import { FindingButton } from './CriterionView';
import { NotApplicableField } from './NotApplicableField';
import { NoteField } from './NoteField';
import { ResultLine } from './ResultLine';
import { selectCurrentSectionId, selectReadOnly } from './selectors';
import { useWorkspace, useWorkspaceActions } from './workspace-context';

/** The current section as a list: quick to sweep through criteria that need little reading. */
export function CriterionList() {
  const { locale } = useT();
  const sectionId = useWorkspace(selectCurrentSectionId);
  const section = useWorkspace((s) => s.model?.sections.find((x) => x.id === sectionId));
  const start = useWorkspace((s) => (sectionId === undefined ? 0 : (s.model?.sectionStart.get(sectionId) ?? 0)));
  if (!section) return null;
  return (
    <section aria-labelledby={`list-${section.id}`} data-testid="criterion-list">
      <Typography.Title level={4} id={`list-${section.id}`} style={{ marginTop: 0 }}>
        {section.title[locale]}
      </Typography.Title>
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        {section.criteria.map((criterion, i) => (
          <CriterionRow key={criterion.id} index={start + i} />
        ))}
      </Space>
    </section>
  );
}

/** Re-renders when its own criterion, answer or result changes, or when it becomes (not) current. */
const CriterionRow = memo(function CriterionRow({ index }: { index: number }) {
  const { locale } = useT();
  const actions = useWorkspaceActions();
  const criterion = useWorkspace((s) => s.model?.criteria[index]);
  const isCurrent = useWorkspace((s) => s.ui.current === index);
  const readOnly = useWorkspace(selectReadOnly);
  const row = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (isCurrent) row.current?.scrollIntoView?.({ block: 'nearest' });
  }, [isCurrent]);

  if (!criterion) return null;
  return (
    <div
      ref={row}
      role="group"
      aria-label={`${criterion.id} ${criterion.title[locale]}`}
      aria-current={isCurrent ? 'true' : undefined}
      data-testid="criterion-row"
      data-criterion-id={criterion.id}
      onFocusCapture={() => {
        if (!isCurrent) actions.goTo(index);
      }}
      onClick={() => {
        if (!isCurrent) actions.goTo(index);
      }}
      style={{
        padding: 12,
        borderRadius: 8,
        border: `1px solid ${isCurrent ? '#1677ff' : '#f0f0f0'}`,
        background: isCurrent ? '#f5faff' : undefined,
      }}
    >
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Space size={4} wrap>
          <Tag>{criterion.id}</Tag>
          {criterion.blocking ? <BlockingTag /> : null}
          <Typography.Text strong>{criterion.title[locale]}</Typography.Text>
        </Space>
        <AnswerControl criterion={criterion} disabled={readOnly} isCurrent={isCurrent} />
        <ResultLine criterionId={criterion.id} />
        {isCurrent ? (
          <>
            <NotApplicableField criterionId={criterion.id} disabled={readOnly} isCurrent />
            <NoteField criterionId={criterion.id} disabled={readOnly} />
            <FindingButton criterionId={criterion.id} disabled={readOnly} />
          </>
        ) : null}
      </Space>
    </div>
  );
});
