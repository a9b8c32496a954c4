import type { CriterionResult, ScoreResult, SectionScore } from '../../../../shared/logic/score-result';
import { scoreAudit, type ScoreInput } from '../../../../shared/logic/scoring';

export interface ScoreState {
  score: ScoreResult;
  /** Per criterion and per section, keeping the previous object when nothing changed. */
  results: Readonly<Record<string, CriterionResult>>;
  sectionScores: Readonly<Record<string, SectionScore>>;
}

const sameResult = (a: CriterionResult, b: CriterionResult) =>
  a.status === b.status && a.earned === b.earned && JSON.stringify(a.reason) === JSON.stringify(b.reason);

const sameSection = (a: SectionScore, b: SectionScore) =>
  a.score === b.score && a.answered === b.answered && a.applicable === b.applicable && a.earned === b.earned;

/**
 * The live score from the one scoring function the core uses. Results that did not change keep
 * their identity, so a criterion row subscribed to its own result re-renders only when it changes.
 */
export function rescore(input: ScoreInput, previous: ScoreState | undefined): ScoreState {
  const score = scoreAudit(input);
  const results: Record<string, CriterionResult> = {};
  for (const result of score.criteria) {
    const before = previous?.results[result.criterionId];
    results[result.criterionId] = before && sameResult(before, result) ? before : result;
  }
  const sectionScores: Record<string, SectionScore> = {};
  for (const section of score.sections) {
    const before = previous?.sectionScores[section.sectionId];
    sectionScores[section.sectionId] = before && sameSection(before, section) ? before : section;
  }
  return { score, results, sectionScores };
}
