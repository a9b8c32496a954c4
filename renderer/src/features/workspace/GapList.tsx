import { Button, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatMessage } from '../../../../shared/i18n/format';
import { useT } from '../../app/useT';
import { useWorkspace, useWorkspaceActions } from './workspace-context';
import { MUTED } from './tones';

/** 填平补齐: what this facility lacks, in the terms a procurement or staffing plan uses. */
export function GapList() {
  const { t, locale } = useT();
  const actions = useWorkspaceActions();
  const gaps = useWorkspace((s) => s.scoring?.score.gaps);
  const model = useWorkspace((s) => s.model);
  if (!gaps || !model) return null;
  const titleOf = (id: string) => model.criteria[model.indexOf.get(id) ?? -1]?.title[locale] ?? id;
  const empty = gaps.staff.length + gaps.equipment.length + gaps.drugs.length + gaps.other.length === 0;

  return (
    <section aria-labelledby="gap-list" data-testid="gap-list">
      <Typography.Title level={5} id="gap-list" style={{ marginTop: 0 }}>
        {t('ui.workspace.gaps')}
      </Typography.Title>
      {empty ? <Typography.Text style={MUTED}>{t('ui.workspace.gaps_none')}</Typography.Text> : null}
      <GapGroup title={t('ui.workspace.gap.staff')} testId="gap-staff">
        {gaps.staff.map((g, i) => {
          const qualifications = g.qualifications.map((q) => `@qualification.${q}`).join('|');
          const params = { missing: g.missing, qualifications, department: g.department ?? '' };
          const key = g.department === undefined ? 'ui.workspace.gap_staff_line' : 'ui.workspace.gap_staff_department';
          return <li key={i}>{formatMessage(locale, key, params)}</li>;
        })}
      </GapGroup>
      <GapGroup title={t('ui.workspace.gap.equipment')} testId="gap-equipment">
        {gaps.equipment.map((g) => (
          <li key={`${g.criterionId}:${g.itemId}`}>{g.label[locale]}</li>
        ))}
      </GapGroup>
      <GapGroup title={t('ui.workspace.gap.drugs')} testId="gap-drugs">
        {gaps.drugs.map((g) => (
          <li key={g.criterionId}>{t('ui.workspace.gap_drugs_line', { count: g.missingVarieties })}</li>
        ))}
      </GapGroup>
      <GapGroup title={t('ui.workspace.gap.other')} testId="gap-other">
        {gaps.other.map((g) => (
          <li key={g.criterionId}>
            <Button
              type="link"
              onClick={() => actions.goTo(g.criterionId)}
              style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
            >
              {`${g.criterionId} ${titleOf(g.criterionId)}`}
            </Button>
          </li>
        ))}
      </GapGroup>
    </section>
  );
}

function GapGroup({ title, testId, children }: { title: string; testId: string; children: ReactNode[] }) {
  if (children.length === 0) return null;
  return (
    <div data-testid={testId} style={{ marginBottom: 8 }}>
      <Typography.Text strong>{title}</Typography.Text>
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>{children}</ul>
    </div>
  );
}
