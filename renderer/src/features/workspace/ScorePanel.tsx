import { Button, Divider, Progress, Space, Typography } from 'antd';
import { renderReason } from './render-reason';
import type { Verdict } from '../../../../shared/logic/score-result';
import type { CSSProperties } from 'react';
import { useT } from '../../app/useT';
import { GapList } from './GapList';
import { VerificationSummary } from './verification/VerificationSummary';
import { useWorkspace, useWorkspaceActions } from './workspace-context';
import { MUTED, DANGER } from './tones';

/** Dark enough for 4.5:1 on white, as the tones are. */
const VERDICT_COLORS: Record<Verdict, string> = { pass: '#135200', basic: '#874d00', fail: '#a8071a' };

/** The live verdict: recomputed by the shared scoring on every change, as the core will store it. */
export function ScorePanel({ style }: { style?: CSSProperties }) {
  const { t, locale } = useT();
  const score = useWorkspace((s) => s.scoring?.score);
  if (!score) return null;
  return (
    // Focusable so that a keyboard can scroll it when the gap list is long.
    <aside
      aria-label={t('ui.workspace.score')}
      data-testid="score-panel"
      tabIndex={0}
      style={{ padding: 16, ...style }}
    >
      <VerificationSummary />
      <Typography.Text style={MUTED}>{t('ui.workspace.verdict')}</Typography.Text>
      <div
        data-testid="verdict"
        data-verdict={score.verdict}
        aria-live="polite"
        style={{ fontSize: 32, fontWeight: 600, color: VERDICT_COLORS[score.verdict], lineHeight: 1.3 }}
      >
        {t(`verdict.${score.verdict}`)}
      </div>
      <Typography.Text strong data-testid="total-score">
        {t('ui.workspace.total', { score: score.total.score })}
      </Typography.Text>
      {score.complete ? null : (
        <Typography.Paragraph style={{ ...MUTED, margin: 0 }}>
          {t('ui.workspace.provisional', score.progress)}
        </Typography.Paragraph>
      )}
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
        {score.verdictReasons.map((reason, i) => (
          <li key={i}>
            <Typography.Text style={MUTED}>{renderReason(locale, reason)}</Typography.Text>
          </li>
        ))}
      </ul>
      <BlockingFailures ids={score.blockingFailures} />
      <Divider style={{ margin: '12px 0' }} />
      <SectionBars />
      <Divider style={{ margin: '12px 0' }} />
      <GapList />
    </aside>
  );
}

function BlockingFailures({ ids }: { ids: string[] }) {
  const { t, locale } = useT();
  const actions = useWorkspaceActions();
  const model = useWorkspace((s) => s.model);
  const results = useWorkspace((s) => s.scoring?.results);
  if (ids.length === 0 || !model || !results) return null;
  return (
    <section aria-labelledby="blocking-failures" data-testid="blocking-failures" style={{ marginTop: 12 }}>
      <Typography.Title level={5} id="blocking-failures" style={{ ...DANGER, margin: 0 }}>
        {t('ui.workspace.blocking_failures', { count: ids.length })}
      </Typography.Title>
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {ids.map((id) => {
          const criterion = model.criteria[model.indexOf.get(id) ?? -1];
          const result = results[id];
          return (
            <li key={id} data-criterion-id={id}>
              <Button
                type="link"
                onClick={() => actions.goTo(id)}
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
              >
                {criterion ? `${id} ${criterion.title[locale]}` : id}
              </Button>
              {result ? (
                <Typography.Paragraph style={{ ...DANGER, margin: 0 }}>
                  {renderReason(locale, result.reason)}
                </Typography.Paragraph>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function SectionBars() {
  const { t, locale } = useT();
  const sections = useWorkspace((s) => s.model?.sections);
  const scores = useWorkspace((s) => s.scoring?.sectionScores);
  if (!sections || !scores) return null;
  return (
    <section aria-labelledby="section-bars">
      <Typography.Title level={5} id="section-bars" style={{ marginTop: 0 }}>
        {t('ui.workspace.section_scores')}
      </Typography.Title>
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        {sections.map((section) => {
          const score = scores[section.id];
          return (
            <div key={section.id} data-testid="section-bar" data-section-id={section.id}>
              <Typography.Text style={{ fontSize: 12 }}>{section.title[locale]}</Typography.Text>
              <Progress
                percent={score?.score ?? 0}
                status="normal"
                size="small"
                format={(p) => `${p ?? 0}`}
                aria-label={section.title[locale]}
              />
            </div>
          );
        })}
      </Space>
    </section>
  );
}
