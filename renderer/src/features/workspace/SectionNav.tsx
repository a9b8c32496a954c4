import { Menu, Progress, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useT } from '../../app/useT';
import { selectCurrentSectionId } from './selectors';
import { useWorkspace, useWorkspaceActions } from './workspace-context';
import { MUTED } from './tones';

/** Sections in order with their progress (answered/applicable) and live score; `g` + number jumps. */
export function SectionNav({ style }: { style?: CSSProperties }) {
  const { t, locale } = useT();
  const actions = useWorkspaceActions();
  const sections = useWorkspace((s) => s.model?.sections);
  const currentSection = useWorkspace(selectCurrentSectionId);
  if (!sections) return null;
  return (
    <nav aria-label={t('ui.workspace.sections')} data-testid="section-nav" style={style}>
      <Menu
        mode="inline"
        selectedKeys={currentSection ? [currentSection] : []}
        onClick={({ key }) => actions.goToSection(key)}
        items={sections.map((section, i) => ({
          key: section.id,
          style: { height: 'auto', lineHeight: 1.4, paddingBlock: 6 },
          label: <SectionLabel number={i + 1} sectionId={section.id} title={section.title[locale]} />,
        }))}
      />
    </nav>
  );
}

function SectionLabel({ number, sectionId, title }: { number: number; sectionId: string; title: string }) {
  const { t } = useT();
  const score = useWorkspace((s) => s.scoring?.sectionScores[sectionId]);
  const done = score && score.applicable > 0 ? Math.round((score.answered / score.applicable) * 100) : 0;
  return (
    <div data-testid="section-item" data-section-id={sectionId} style={{ whiteSpace: 'normal' }}>
      <div>
        {number}. {title}
      </div>
      {score ? (
        <>
          <Typography.Text style={{ ...MUTED, fontSize: 12 }}>
            {t('ui.workspace.section_progress', { answered: score.answered, applicable: score.applicable })} ·{' '}
            {t('ui.workspace.section_score', { score: score.score })}
          </Typography.Text>
          <Progress percent={done} size="small" showInfo={false} aria-hidden />
        </>
      ) : null}
    </div>
  );
}
