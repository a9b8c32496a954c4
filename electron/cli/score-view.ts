import type { Locale } from '../../shared/domain/common';
import type { Standard } from '../../shared/domain/standard';
import { catalogs, renderMessage, type MessageKey, type MessageParams } from '../../shared/i18n/format';
import type { ScoreResult } from '../../shared/logic/score-result';
import { printLines, printTable, t } from './output';

/** Messages come back from the contract with plain-string keys; an unknown key is shown as is. */
export function renderStored(locale: Locale, message: { key: string; params?: MessageParams | undefined }): string {
  if (!(message.key in catalogs[locale])) return message.key;
  return renderMessage(locale, {
    key: message.key as MessageKey,
    ...(message.params ? { params: message.params } : {}),
  });
}

function titles(standard: Standard, locale: Locale) {
  const criteria = new Map(standard.sections.flatMap((s) => s.criteria.map((c) => [c.id, c.title[locale]] as const)));
  const sections = new Map(standard.sections.map((s) => [s.id, s.title[locale]] as const));
  return { criterion: (id: string) => criteria.get(id) ?? id, section: (id: string) => sections.get(id) ?? id };
}

/** The verdict, why, blocking failures with reasons, section scores and the gap list. */
export function printScore(score: ScoreResult, standard: Standard, locale: Locale): void {
  const name = titles(standard, locale);
  const reasons = new Map(score.criteria.map((c) => [c.criterionId, renderStored(locale, c.reason)]));
  printLines(t(locale, 'cli.score_verdict', { verdict: t(locale, `verdict.${score.verdict}`) }));
  if (!score.complete) {
    printLines(
      t(locale, 'cli.score_provisional', { answered: score.progress.answered, applicable: score.progress.applicable }),
    );
  }
  printLines(
    t(locale, 'cli.score_total', {
      score: score.total.score,
      earned: score.total.earned,
      possible: score.total.possible,
    }),
  );
  for (const reason of score.verdictReasons) printLines(`  - ${renderStored(locale, reason)}`);

  printLines('', t(locale, 'cli.blocking_failures'));
  if (score.blockingFailures.length === 0) printLines(`  ${t(locale, 'cli.none')}`);
  for (const id of score.blockingFailures) printLines(`  ★ ${id} ${name.criterion(id)}: ${reasons.get(id) ?? ''}`);

  printLines('', t(locale, 'cli.section_scores'));
  printTable(
    [
      t(locale, 'form.col.section'),
      t(locale, 'cli.col.score'),
      t(locale, 'cli.col.points'),
      t(locale, 'cli.col.progress'),
    ],
    score.sections.map((s) => [
      name.section(s.sectionId),
      s.score,
      `${s.earned}/${s.possible}`,
      `${s.answered}/${s.applicable}`,
    ]),
  );

  printLines('', t(locale, 'cli.gaps'));
  const { staff, equipment, drugs, other } = score.gaps;
  if (staff.length + equipment.length + drugs.length + other.length === 0) printLines(`  ${t(locale, 'cli.none')}`);
  for (const g of staff) {
    const qualifications = g.qualifications.map((q) => `@qualification.${q}`).join('|');
    const department = g.department ? ` [${g.department}]` : '';
    printLines(
      `  - ${t(locale, 'cli.gap_staff', { missing: g.missing, qualifications })}${department} (${g.criterionId})`,
    );
  }
  for (const g of equipment) printLines(`  - ${t(locale, 'cli.gap_equipment', { label: g.label })} (${g.criterionId})`);
  for (const g of drugs)
    printLines(`  - ${t(locale, 'cli.gap_drugs', { count: g.missingVarieties })} (${g.criterionId})`);
  for (const g of other)
    printLines(`  - ${g.criterionId} ${name.criterion(g.criterionId)}: ${reasons.get(g.criterionId) ?? ''}`);
}
