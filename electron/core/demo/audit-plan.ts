import type {
  Answer,
  AnswerValue,
  AuditFacts,
  DrugStockInput,
  EquipmentItemInput,
  StaffMemberInput,
} from '../../../shared/domain/audit';
import type { DrugCatalog } from '../../../shared/domain/catalog';
import type { Criterion, Standard, Threshold } from '../../../shared/domain/standard';
import { evaluateCondition, resolveItemList, resolveThreshold } from '../../../shared/logic/facts';
import type { Verdict } from '../../../shared/logic/score-result';
import { scoreAudit } from '../../../shared/logic/scoring';
import { planStaff } from './demo-staff';
import { seededRandom, type Random } from './random';

/** What a demo audit should show: a clean pass, a near miss, a failure, the blocking floor, or work in progress. */
export type DemoProfile = 'pass' | 'basic' | 'fail' | 'no_doctor' | 'partial';

export interface PlannedAnswer {
  criterionId: string;
  value: AnswerValue | null;
  notApplicableReason?: string;
  note?: string;
}

export interface AuditPlan {
  answers: PlannedAnswer[];
  staff: StaffMemberInput[];
  equipment: EquipmentItemInput[];
  drugs: DrugStockInput[];
}

export interface PlanInput {
  standard: Standard;
  facts: AuditFacts;
  drugCatalog?: DrugCatalog;
  profile: DemoProfile;
  rng: Random;
}

const TEXT_ANSWERS = ['已建立制度并上墙公示，台账齐全', '按季度开展，记录完整', '已落实，有签到和记录可查'];

function applicableCriteria(standard: Standard, facts: AuditFacts): Criterion[] {
  return standard.sections
    .flatMap((s) => s.criteria)
    .filter((c) => !c.applicability || evaluateCondition(c.applicability, facts) !== false);
}

function threshold(t: Threshold | undefined, standard: Standard, facts: AuditFacts): number | undefined {
  if (t === undefined) return undefined;
  const resolved = resolveThreshold(t, standard, facts);
  return resolved.ok ? resolved.value : undefined;
}

function answerFor(c: Criterion, failing: boolean, input: PlanInput): PlannedAnswer | undefined {
  const { standard, facts, rng } = input;
  const id = c.id;
  switch (c.kind) {
    case 'yes_no':
      return failing
        ? { criterionId: id, value: false, note: '现场核查未见相关记录' }
        : { criterionId: id, value: true };
    case 'number': {
      const lo = threshold(c.min, standard, facts);
      const hi = threshold(c.max, standard, facts);
      const good =
        lo !== undefined && hi !== undefined
          ? Math.round((lo + hi) / 2)
          : lo !== undefined
            ? lo + rng.int(0, 3)
            : Math.max(0, (hi ?? 10) - 1);
      const bad = lo !== undefined && lo > 0 ? Math.floor(lo * 0.6) : (hi ?? 0) + 5;
      return { criterionId: id, value: failing ? bad : good };
    }
    case 'area': {
      const min = threshold(c.min, standard, facts) ?? 0;
      return { criterionId: id, value: failing ? Math.floor(min * 0.7) : min + rng.int(5, 60) };
    }
    case 'list_coverage': {
      if (c.source !== 'answer') return undefined;
      const required = c.required ? resolveItemList(c.required, standard) : c.items.map((i) => i.id);
      const extras = c.items.map((i) => i.id).filter((i) => !required.includes(i) && rng.chance(0.5));
      const min = threshold(c.min, standard, facts) ?? required.length;
      const covered = failing ? required.slice(0, Math.max(0, min - 1)) : [...required, ...extras];
      return { criterionId: id, value: covered };
    }
    case 'text':
      return { criterionId: id, value: failing ? '' : rng.pick(TEXT_ANSWERS) };
    case 'grade':
      return { criterionId: id, value: failing ? 'none' : c.minGrade === 'A' || rng.chance(0.5) ? 'A' : 'B' };
    case 'roster_count':
    case 'drug_coverage':
      return undefined;
  }
}

function planEquipment(criteria: Criterion[], failing: ReadonlySet<string>, rng: Random): EquipmentItemInput[] {
  const rows = new Map<string, EquipmentItemInput>();
  for (const c of criteria) {
    if (c.kind !== 'list_coverage' || c.source !== 'equipment_roster') continue;
    c.items.forEach((item, i) => {
      const code = item.equipmentCode ?? item.id;
      if (!rows.has(code)) rows.set(code, { catalogCode: code, present: true, working: true, count: rng.int(1, 3) });
      if (failing.has(c.id) && i === 0)
        rows.set(code, { catalogCode: code, present: true, working: false, count: 1, note: '损坏待修' });
    });
  }
  return [...rows.values()];
}

function planDrugs(criteria: Criterion[], input: PlanInput, failing: ReadonlySet<string>): DrugStockInput[] {
  const { drugCatalog, standard, facts, rng } = input;
  if (!drugCatalog) return [];
  const coverage = criteria.find((c) => c.kind === 'drug_coverage');
  const min = coverage?.kind === 'drug_coverage' ? (threshold(coverage.min, standard, facts) ?? 0) : 0;
  const wanted = coverage
    ? failing.has(coverage.id)
      ? Math.max(0, min - rng.int(5, 15))
      : min + rng.int(3, 12)
    : rng.int(30, 60);
  const names = new Set<string>();
  const stock: DrugStockInput[] = [];
  for (const item of rng.shuffle(drugCatalog.items)) {
    if (names.size >= wanted) break;
    if (names.has(item.genericName)) continue;
    names.add(item.genericName);
    stock.push({
      catalogCode: item.code,
      genericName: item.genericName,
      inStock: true,
      quantity: rng.int(5, 200),
      nearestExpiry: `202${rng.int(6, 8)}-${String(rng.int(1, 12)).padStart(2, '0')}-01`,
    });
  }
  return stock;
}

/** Each build starts from the same seed, so plans that differ only in `failing` differ only there. */
function build(base: PlanInput, failing: ReadonlySet<string>, seed: number): AuditPlan {
  const input = { ...base, rng: seededRandom(seed) };
  const criteria = applicableCriteria(input.standard, input.facts);
  const answers = criteria.flatMap((c) => answerFor(c, failing.has(c.id), input) ?? []);
  const staff = planStaff(criteria, input, failing, input.profile === 'no_doctor');
  return {
    answers,
    staff,
    equipment: planEquipment(criteria, failing, input.rng),
    drugs: planDrugs(criteria, input, failing),
  };
}

export function verdictOf(plan: AuditPlan, input: PlanInput): Verdict {
  const at = '2025-01-01T00:00:00.000Z';
  const withIds = <T>(rows: T[], prefix: string) => rows.map((r, i) => ({ ...r, id: `${prefix}${i}` }));
  return scoreAudit({
    standard: input.standard,
    facts: input.facts,
    answers: plan.answers.map((a): Answer => ({ ...a, answeredAt: at })),
    rosters: {
      staff: withIds(plan.staff, 's'),
      equipment: withIds(plan.equipment, 'e'),
      drugs: withIds(plan.drugs, 'd'),
    },
    ...(input.drugCatalog ? { drugCatalog: input.drugCatalog } : {}),
  }).verdict;
}

/**
 * Answers and rosters for one demo audit. "basic" and "fail" add failures among the
 * non-blocking criteria, checked with the real scoring, until the verdict is the one wanted.
 */
export function planAudit(input: PlanInput): AuditPlan {
  const { profile, rng } = input;
  const seed = rng.int(0, 2 ** 31);
  if (profile === 'pass' || profile === 'no_doctor') return build(input, new Set(), seed);
  if (profile === 'partial') {
    const full = build(input, new Set(), seed);
    const keep = Math.ceil(full.answers.length * 0.5);
    return {
      ...full,
      answers: full.answers.slice(0, keep),
      equipment: full.equipment.slice(0, Math.ceil(full.equipment.length / 2)),
    };
  }
  const target: Verdict = profile === 'basic' ? 'basic' : 'fail';
  const candidates = rng.shuffle(
    applicableCriteria(input.standard, input.facts).filter((c) => !c.blocking && c.kind !== 'roster_count'),
  );
  const failing = new Set<string>();
  for (const c of candidates) {
    failing.add(c.id);
    const verdict = verdictOf(build(input, failing, seed), input);
    if (verdict === target) break;
    if (target === 'basic' && verdict === 'fail') failing.delete(c.id);
  }
  return build(input, failing, seed);
}
