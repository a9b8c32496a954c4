import type { Answer, AuditFacts, Grade, Rosters } from '../domain/audit';
import type { DrugCatalog } from '../domain/catalog';
import type { LocalizedText } from '../domain/common';
import type { Criterion, Standard } from '../domain/standard';
import type { Message } from '../i18n/format';
import { countDrugVarieties } from './drug-varieties';
import { describeCondition, evaluateCondition, resolveItemList, resolveThreshold } from './facts';
import type { CriterionStatus } from './score-result';

export interface Evaluation {
  status: CriterionStatus;
  reason: Message;
  /** What is missing, for the gap list; only set on failures that can be filled in. */
  shortfall?:
    | { kind: 'staff'; qualifications: string[]; missing: { department?: string; count: number }[] }
    | { kind: 'equipment'; items: { id: string; equipmentCode?: string; label: LocalizedText }[] }
    | { kind: 'drugs'; missingVarieties: number };
}

export interface EvaluationContext {
  standard: Standard;
  facts: AuditFacts;
  rosters: Rosters;
  drugCatalog?: DrugCatalog;
}

const GRADE_RANK: Record<Grade, number> = { none: 0, C: 1, B: 2, A: 3 };

const pass = (reason: Message): Evaluation => ({ status: 'pass', reason });
const fail = (reason: Message, shortfall?: Evaluation['shortfall']): Evaluation =>
  shortfall ? { status: 'fail', reason, shortfall } : { status: 'fail', reason };
const unanswered = (): Evaluation => ({ status: 'unanswered', reason: { key: 'reason.unanswered' } });

/** Criteria whose result comes from rosters, not from a direct answer. */
export function isRosterDerived(criterion: Criterion): boolean {
  return (
    criterion.kind === 'roster_count' ||
    criterion.kind === 'drug_coverage' ||
    (criterion.kind === 'list_coverage' && criterion.source === 'equipment_roster')
  );
}

export function evaluateCriterion(
  criterion: Criterion,
  answer: Answer | undefined,
  ctx: EvaluationContext,
): Evaluation {
  if (criterion.applicability && evaluateCondition(criterion.applicability, ctx.facts) === false) {
    return {
      status: 'not_applicable',
      reason: {
        key: 'reason.not_applicable_condition',
        params: { condition: describeCondition(criterion.applicability) },
      },
    };
  }
  if (answer?.notApplicableReason !== undefined && answer.value === null) {
    return {
      status: 'not_applicable',
      reason: { key: 'reason.not_applicable_marked', params: { reason: answer.notApplicableReason } },
    };
  }
  if (isRosterDerived(criterion)) return evaluateFromRosters(criterion, ctx);
  const value = answer?.value;
  if (value === undefined || value === null) return unanswered();

  switch (criterion.kind) {
    case 'yes_no':
      if (typeof value !== 'boolean') return unanswered();
      return value ? pass({ key: 'reason.yes_no_pass' }) : fail({ key: 'reason.yes_no_fail' });
    case 'number':
      return evaluateNumber(criterion, value, ctx);
    case 'area': {
      if (typeof value !== 'number') return unanswered();
      const min = resolveThreshold(criterion.min, ctx.standard, ctx.facts);
      if (!min.ok) return missingFact(min.missingFact);
      return value >= min.value
        ? pass({ key: 'reason.area_pass', params: { value, min: min.value } })
        : fail({ key: 'reason.area_fail', params: { value, min: min.value } });
    }
    case 'list_coverage':
      if (!Array.isArray(value)) return unanswered();
      return evaluateList(criterion, new Set(value), ctx);
    case 'text':
      if (typeof value !== 'string') return unanswered();
      return value.trim() ? pass({ key: 'reason.text_pass' }) : fail({ key: 'reason.text_fail' });
    case 'grade': {
      if (typeof value !== 'string' || !(value in GRADE_RANK)) return unanswered();
      const grade = value as Grade;
      const params = { grade: grade === 'none' ? '@grade.none' : grade, min: criterion.minGrade };
      return GRADE_RANK[grade] >= GRADE_RANK[criterion.minGrade]
        ? pass({ key: 'reason.grade_pass', params })
        : fail({ key: 'reason.grade_fail', params });
    }
    case 'roster_count':
    case 'drug_coverage':
      return evaluateFromRosters(criterion, ctx);
  }
}

function missingFact(fact: string): Evaluation {
  return { status: 'unanswered', reason: { key: 'reason.fact_missing', params: { fact: `@fact.${fact}` } } };
}

function evaluateNumber(criterion: Extract<Criterion, { kind: 'number' }>, value: unknown, ctx: EvaluationContext) {
  if (typeof value !== 'number') return unanswered();
  const min = criterion.min === undefined ? undefined : resolveThreshold(criterion.min, ctx.standard, ctx.facts);
  const max = criterion.max === undefined ? undefined : resolveThreshold(criterion.max, ctx.standard, ctx.facts);
  if (min && !min.ok) return missingFact(min.missingFact);
  if (max && !max.ok) return missingFact(max.missingFact);
  const lo = min?.ok ? min.value : undefined;
  const hi = max?.ok ? max.value : undefined;
  const rule: Message =
    lo !== undefined && hi !== undefined
      ? { key: 'rule.range', params: { min: lo, max: hi } }
      : lo !== undefined
        ? { key: 'rule.min', params: { min: lo } }
        : { key: 'rule.max', params: { max: hi ?? Number.POSITIVE_INFINITY } };
  const params = { value, unit: criterion.unit, rule: ruleText(rule) };
  const ok = (lo === undefined || value >= lo) && (hi === undefined || value <= hi);
  return ok ? pass({ key: 'reason.number_pass', params }) : fail({ key: 'reason.number_fail', params });
}

/** Rules have no words of their own ("≥5"), so both languages read the same. */
function ruleText(rule: Message): string {
  const p = rule.params ?? {};
  if (rule.key === 'rule.range') return `${String(p.min)}–${String(p.max)}`;
  return rule.key === 'rule.min' ? `≥${String(p.min)}` : `≤${String(p.max)}`;
}

function evaluateList(
  criterion: Extract<Criterion, { kind: 'list_coverage' }>,
  covered: Set<string>,
  ctx: EvaluationContext,
): Evaluation {
  const requiredIds = criterion.required
    ? resolveItemList(criterion.required, ctx.standard)
    : criterion.items.map((i) => i.id);
  const required = criterion.items.filter((i) => requiredIds.includes(i.id));
  const min = criterion.min === undefined ? undefined : resolveThreshold(criterion.min, ctx.standard, ctx.facts);
  if (min && !min.ok) return missingFact(min.missingFact);
  const needed = min?.ok ? min.value : required.length;
  const present = required.filter((i) => covered.has(i.id));
  const missing = required.filter((i) => !covered.has(i.id));
  if (present.length >= needed) {
    return pass({ key: 'reason.list_pass', params: { covered: present.length, required: required.length } });
  }
  const labels: LocalizedText = {
    'zh-CN': missing.map((i) => i.label['zh-CN']).join('、'),
    'en-US': missing.map((i) => i.label['en-US']).join(', '),
  };
  return fail(
    {
      key: 'reason.list_fail',
      params: { min: needed, required: required.length, covered: present.length, missing: labels },
    },
    criterion.source === 'equipment_roster'
      ? { kind: 'equipment', items: missing.map((i) => ({ id: i.id, equipmentCode: i.equipmentCode, label: i.label })) }
      : undefined,
  );
}

function evaluateFromRosters(criterion: Criterion, ctx: EvaluationContext): Evaluation {
  switch (criterion.kind) {
    case 'roster_count':
      return evaluateStaff(criterion, ctx);
    case 'drug_coverage':
      return evaluateDrugs(criterion, ctx);
    case 'list_coverage': {
      const working = new Set(
        ctx.rosters.equipment.filter((e) => e.present && e.working && e.count > 0).map((e) => e.catalogCode),
      );
      const covered = new Set(criterion.items.filter((i) => working.has(i.equipmentCode ?? i.id)).map((i) => i.id));
      return evaluateList(criterion, covered, ctx);
    }
    default:
      return unanswered();
  }
}

function evaluateStaff(criterion: Extract<Criterion, { kind: 'roster_count' }>, ctx: EvaluationContext): Evaluation {
  const min = resolveThreshold(criterion.min, ctx.standard, ctx.facts);
  if (!min.ok) return missingFact(min.missingFact);
  const qualifying = ctx.rosters.staff.filter(
    (s) => criterion.qualifications.includes(s.qualification) && (!criterion.verifiedOnly || s.verified),
  );
  const qualifications = criterion.qualifications.map((q) => `@qualification.${q}`).join('|');
  if (criterion.eachDepartment) {
    const short = criterion.eachDepartment
      .map((department) => ({
        department,
        count: min.value - qualifying.filter((s) => s.department === department).length,
      }))
      .filter((d) => d.count > 0);
    if (short.length === 0) {
      return pass({ key: 'reason.roster_pass', params: { min: min.value, qualifications, count: qualifying.length } });
    }
    return fail(
      {
        key: 'reason.roster_department_fail',
        params: { departments: short.map((d) => d.department).join(', '), qualifications, min: min.value },
      },
      { kind: 'staff', qualifications: criterion.qualifications, missing: short },
    );
  }
  const params = { min: min.value, qualifications, count: qualifying.length };
  if (qualifying.length >= min.value) return pass({ key: 'reason.roster_pass', params });
  return fail(
    { key: 'reason.roster_fail', params },
    { kind: 'staff', qualifications: criterion.qualifications, missing: [{ count: min.value - qualifying.length }] },
  );
}

function evaluateDrugs(criterion: Extract<Criterion, { kind: 'drug_coverage' }>, ctx: EvaluationContext): Evaluation {
  const min = resolveThreshold(criterion.min, ctx.standard, ctx.facts);
  if (!min.ok) return missingFact(min.missingFact);
  const count = countDrugVarieties(ctx.rosters.drugs, {
    essentialOnly: criterion.essentialOnly,
    catalog: ctx.drugCatalog,
  });
  const params = { min: min.value, count };
  return count >= min.value
    ? pass({ key: 'reason.drug_pass', params })
    : fail({ key: 'reason.drug_fail', params }, { kind: 'drugs', missingVarieties: min.value - count });
}
