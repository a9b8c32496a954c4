import type { Answer, AuditFacts, Rosters } from '../domain/audit';
import type { DrugCatalog } from '../domain/catalog';
import type { Standard } from '../domain/standard';
import type { Message } from '../i18n/format';
import { evaluateCriterion, type Evaluation } from './evaluate-criterion';
import type { CriterionResult, Gaps, ScoreResult, SectionScore, Verdict } from './score-result';

export interface ScoreInput {
  /** Already resolved with its provincial variant (resolveStandard). */
  standard: Standard;
  answers: readonly Answer[];
  rosters: Rosters;
  facts: AuditFacts;
  drugCatalog?: DrugCatalog;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The one scoring implementation: the live panel, the stored summary, the PDF and the importer's
 * recomputation all call this. Pure and deterministic: same input, same output.
 * Unanswered criteria count as 0 of their weight, so a score only rises as evidence comes in.
 */
export function scoreAudit(input: ScoreInput): ScoreResult {
  const answers = new Map(input.answers.map((a) => [a.criterionId, a]));
  const ctx = { standard: input.standard, facts: input.facts, rosters: input.rosters, drugCatalog: input.drugCatalog };
  const criteria: CriterionResult[] = [];
  const sections: SectionScore[] = [];
  const gaps: Gaps = { staff: [], equipment: [], drugs: [], other: [] };
  // An empty optional note is not a gap in the audit: it must not keep it "incomplete".
  let undecidedOptional = 0;

  for (const section of input.standard.sections) {
    let earned = 0;
    let possible = 0;
    let answered = 0;
    let applicable = 0;
    for (const criterion of section.criteria) {
      const optional = criterion.kind === 'text' && !criterion.required;
      const evaluation = evaluateCriterion(criterion, answers.get(criterion.id), ctx);
      const counts = evaluation.status !== 'not_applicable';
      const gained = evaluation.status === 'pass' ? criterion.weight : 0;
      if (counts) {
        applicable += 1;
        possible += criterion.weight;
        earned += gained;
        if (evaluation.status !== 'unanswered') answered += 1;
        else if (optional) undecidedOptional += 1;
      }
      criteria.push({
        criterionId: criterion.id,
        sectionId: section.id,
        status: evaluation.status,
        blocking: criterion.blocking,
        weight: criterion.weight,
        earned: gained,
        reason: evaluation.reason,
      });
      if (evaluation.status === 'fail') addGap(gaps, criterion.id, evaluation);
    }
    sections.push({
      sectionId: section.id,
      earned,
      possible,
      score: possible > 0 ? round1((earned / possible) * 100) : 100,
      answered,
      applicable,
    });
  }

  const earned = sections.reduce((s, x) => s + x.earned, 0);
  const possible = sections.reduce((s, x) => s + x.possible, 0);
  const total = { earned, possible, score: possible > 0 ? round1((earned / possible) * 100) : 100 };
  const blockingFailures = criteria.filter((c) => c.blocking && c.status === 'fail').map((c) => c.criterionId);
  const answered = sections.reduce((s, x) => s + x.answered, 0);
  const applicable = sections.reduce((s, x) => s + x.applicable, 0);
  const { verdict, reasons } = decideVerdict(input.standard, total.score, sections, blockingFailures.length);

  return {
    criteria,
    sections,
    total,
    blockingFailures,
    verdict,
    verdictReasons: reasons,
    complete: answered + undecidedOptional === applicable,
    progress: { answered, applicable },
    gaps,
  };
}

function decideVerdict(
  standard: Standard,
  score: number,
  sections: SectionScore[],
  blockingCount: number,
): { verdict: Verdict; reasons: Message[] } {
  const rule = standard.verdict;
  if (blockingCount > 0) {
    return { verdict: 'fail', reasons: [{ key: 'verdict.reason_blocking', params: { count: blockingCount } }] };
  }
  const weakSections =
    rule.passMinSectionScore === undefined
      ? []
      : sections.filter((s) => s.possible > 0 && s.score < (rule.passMinSectionScore ?? 0));
  if (score >= rule.passScore && weakSections.length === 0) {
    return {
      verdict: 'pass',
      reasons: [
        { key: 'verdict.reason_score', params: { score, verdict: '@verdict.pass', threshold: rule.passScore } },
      ],
    };
  }
  const sectionReasons: Message[] = weakSections.map((s) => {
    const title = standard.sections.find((x) => x.id === s.sectionId)?.title;
    return {
      key: 'verdict.reason_section',
      params: { section: title ?? s.sectionId, score: s.score, threshold: rule.passMinSectionScore ?? 0 },
    };
  });
  if (score >= rule.basicScore) {
    return {
      verdict: 'basic',
      reasons: [
        { key: 'verdict.reason_score', params: { score, verdict: '@verdict.basic', threshold: rule.basicScore } },
        ...sectionReasons,
      ],
    };
  }
  return {
    verdict: 'fail',
    reasons: [
      { key: 'verdict.reason_score', params: { score, verdict: '@verdict.basic', threshold: rule.basicScore } },
    ],
  };
}

function addGap(gaps: Gaps, criterionId: string, evaluation: Evaluation): void {
  const shortfall = evaluation.shortfall;
  if (!shortfall) {
    gaps.other.push({ criterionId });
    return;
  }
  switch (shortfall.kind) {
    case 'staff':
      for (const m of shortfall.missing) {
        gaps.staff.push({
          criterionId,
          qualifications: shortfall.qualifications,
          missing: m.count,
          ...(m.department === undefined ? {} : { department: m.department }),
        });
      }
      return;
    case 'equipment':
      for (const item of shortfall.items) {
        gaps.equipment.push({
          criterionId,
          itemId: item.id,
          label: item.label,
          ...(item.equipmentCode === undefined ? {} : { equipmentCode: item.equipmentCode }),
        });
      }
      return;
    case 'drugs':
      gaps.drugs.push({ criterionId, missingVarieties: shortfall.missingVarieties });
      return;
  }
}
