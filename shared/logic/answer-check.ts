import type { AnswerValue } from '../domain/audit';
import type { Criterion, Standard } from '../domain/standard';
import { AppError } from '../errors';
import type { MessageKey } from '../i18n/format';
import { isRosterDerived } from './evaluate-criterion';

export function findCriterion(standard: Standard, criterionId: string): Criterion | undefined {
  for (const section of standard.sections) {
    const found = section.criteria.find((c) => c.id === criterionId);
    if (found) return found;
  }
  return undefined;
}

function expectedFor(criterion: Criterion): MessageKey {
  if (isRosterDerived(criterion)) return 'expected.roster';
  switch (criterion.kind) {
    case 'yes_no':
      return 'expected.boolean';
    case 'number':
    case 'area':
      return 'expected.number';
    case 'text':
      return 'expected.text';
    case 'grade':
      return 'expected.grade';
    case 'list_coverage':
      return 'expected.items';
    case 'roster_count':
    case 'drug_coverage':
      return 'expected.roster';
  }
}

function fits(criterion: Criterion, value: AnswerValue): boolean {
  switch (criterion.kind) {
    case 'yes_no':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'area':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0;
    case 'text':
      return typeof value === 'string';
    case 'grade':
      return value === 'A' || value === 'B' || value === 'C' || value === 'none';
    case 'list_coverage': {
      if (!Array.isArray(value) || criterion.source !== 'answer') return false;
      const ids = new Set(criterion.items.map((i) => i.id));
      return value.every((v) => ids.has(v)) && new Set(value).size === value.length;
    }
    case 'roster_count':
    case 'drug_coverage':
      return false;
  }
}

/**
 * Refuses an answer that does not fit its criterion before anything is written.
 * value null means "not applicable" and needs a reason; roster-derived criteria take no direct
 * value (they are computed from the rosters) but may still be marked not applicable.
 */
export function checkAnswer(
  standard: Standard,
  criterionId: string,
  value: AnswerValue | null,
  notApplicableReason?: string,
): Criterion {
  const criterion = findCriterion(standard, criterionId);
  if (!criterion) {
    throw new AppError('not_found', {
      key: 'error.unknown_criterion',
      params: { standard: standard.id, criterion: criterionId },
    });
  }
  if (value === null) {
    if (!notApplicableReason?.trim()) {
      throw new AppError('validation', { key: 'error.na_reason_required', params: { criterion: criterionId } });
    }
    return criterion;
  }
  if (!fits(criterion, value)) {
    throw new AppError('validation', {
      key: 'error.answer_kind',
      params: { criterion: criterionId, kind: criterion.kind, expected: `@${expectedFor(criterion)}` },
    });
  }
  return criterion;
}
