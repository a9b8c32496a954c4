import type { DrugCatalog, EquipmentCatalog } from '../domain/catalog';
import type { Condition, Criterion, FactName, ParamValue, Standard, Threshold } from '../domain/standard';
import { checkIssue, type CheckIssue } from './check-issue';

export interface StandardCatalogs {
  drug?: DrugCatalog;
  equipment?: EquipmentCatalog;
}

type ListCriterion = Extract<Criterion, { kind: 'list_coverage' }>;
type Params = Standard['params'];

interface Context {
  standard: Standard;
  catalogs: StandardCatalogs;
  issues: CheckIssue[];
  /** Paths already reported: a list parameter shared by criteria is judged once. */
  reported: Set<string>;
}

const BOOLEAN_FACTS: ReadonlySet<FactName> = new Set([
  'iv_service_approved',
  'township_seat',
  'shared_clinic',
  'poor_county',
]);

/**
 * Semantic checks a schema cannot express: unique ids, parameter references and their types,
 * list items, catalogue codes, verdict order. Every issue names the exact field at fault.
 */
export function checkStandard(standard: Standard, catalogs: StandardCatalogs = {}): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const ctx: Context = { standard, catalogs, issues, reported: new Set() };
  checkUniqueIds(standard, issues);
  standard.sections.forEach((section, i) =>
    section.criteria.forEach((criterion, j) => checkCriterion(ctx, criterion, `sections[${i}].criteria[${j}]`)),
  );
  checkCatalogRefs(standard, catalogs, issues);
  if (standard.verdict.basicScore > standard.verdict.passScore) {
    issues.push(
      checkIssue('verdict.basicScore', 'check.verdict_order', {
        basic: standard.verdict.basicScore,
        pass: standard.verdict.passScore,
      }),
    );
  }
  return issues;
}

function checkUniqueIds(standard: Standard, issues: CheckIssue[]): void {
  const sections = new Map<string, string>();
  const criteria = new Map<string, string>();
  standard.sections.forEach((section, i) => {
    const path = `sections[${i}].id`;
    const first = sections.get(section.id);
    if (first) issues.push(checkIssue(path, 'check.duplicate_section', { id: section.id, first }));
    else sections.set(section.id, path);
    section.criteria.forEach((criterion, j) => {
      const cPath = `sections[${i}].criteria[${j}].id`;
      const cFirst = criteria.get(criterion.id);
      if (cFirst) issues.push(checkIssue(cPath, 'check.duplicate_criterion', { id: criterion.id, first: cFirst }));
      else criteria.set(criterion.id, cPath);
    });
  });
}

function checkCriterion(ctx: Context, criterion: Criterion, base: string): void {
  const { standard, issues } = ctx;
  if (criterion.applicability) checkCondition(criterion.applicability, `${base}.applicability`, issues);
  switch (criterion.kind) {
    case 'yes_no':
    case 'text':
    case 'grade':
      return;
    case 'number':
      checkThreshold(criterion.min, `${base}.min`, standard.params, issues);
      checkThreshold(criterion.max, `${base}.max`, standard.params, issues);
      if (typeof criterion.min === 'number' && typeof criterion.max === 'number' && criterion.min > criterion.max) {
        issues.push(checkIssue(`${base}.max`, 'check.min_above_max', { min: criterion.min, max: criterion.max }));
      }
      return;
    case 'area':
    case 'roster_count':
    case 'drug_coverage':
      checkThreshold(criterion.min, `${base}.min`, standard.params, issues);
      return;
    case 'list_coverage':
      checkList(ctx, criterion, base);
      return;
  }
}

function paramKind(value: ParamValue): 'number' | 'list' {
  return typeof value === 'number' ? 'number' : 'list';
}

function lookupParam(params: Params, name: string): ParamValue | undefined {
  return Object.hasOwn(params, name) ? params[name]?.value : undefined;
}

function checkThreshold(threshold: Threshold | undefined, path: string, params: Params, issues: CheckIssue[]): void {
  if (threshold === undefined || typeof threshold === 'number' || !('param' in threshold)) return;
  const value = lookupParam(params, threshold.param);
  if (value === undefined) issues.push(checkIssue(`${path}.param`, 'check.unknown_param', { param: threshold.param }));
  else if (paramKind(value) !== 'number') {
    issues.push(checkIssue(`${path}.param`, 'check.param_not_number', { param: threshold.param }));
  }
}

/** The numeric value of a threshold when it is known without facility facts. */
function staticNumber(threshold: Threshold | undefined, params: Params): number | undefined {
  if (threshold === undefined) return undefined;
  if (typeof threshold === 'number') return threshold;
  if (!('param' in threshold)) return undefined;
  const value = lookupParam(params, threshold.param);
  return typeof value === 'number' ? value : undefined;
}

function checkList(ctx: Context, criterion: ListCriterion, base: string): void {
  const { standard, catalogs, issues } = ctx;
  const itemIds = new Map<string, string>();
  criterion.items.forEach((item, k) => {
    const path = `${base}.items[${k}].id`;
    const first = itemIds.get(item.id);
    if (first) issues.push(checkIssue(path, 'check.duplicate_item', { id: item.id, first }));
    else itemIds.set(item.id, path);
    if (criterion.source === 'equipment_roster') {
      checkEquipmentItem(item.equipmentCode, `${base}.items[${k}].equipmentCode`, standard, catalogs, issues);
    }
  });

  let requiredCount: number | undefined = criterion.items.length;
  const required = criterion.required;
  if (Array.isArray(required)) {
    requiredCount = required.length;
    required.forEach((id, k) => {
      if (!itemIds.has(id)) issues.push(checkIssue(`${base}.required[${k}]`, 'check.unknown_item', { item: id }));
    });
  } else if (required) {
    const value = lookupParam(standard.params, required.param);
    requiredCount = Array.isArray(value) ? value.length : undefined;
    if (value === undefined) {
      issues.push(checkIssue(`${base}.required.param`, 'check.unknown_param', { param: required.param }));
    } else if (!Array.isArray(value)) {
      issues.push(checkIssue(`${base}.required.param`, 'check.param_not_list', { param: required.param }));
    } else {
      // Reported at the parameter value: that is the field a provincial variant overrides.
      value.forEach((id, k) => {
        const path = `params.${required.param}.value[${k}]`;
        if (!itemIds.has(id) && !ctx.reported.has(path)) {
          ctx.reported.add(path);
          issues.push(
            checkIssue(path, 'check.param_unknown_item', {
              item: id,
              param: required.param,
              criterion: criterion.id,
            }),
          );
        }
      });
    }
  }

  checkThreshold(criterion.min, `${base}.min`, standard.params, issues);
  const min = staticNumber(criterion.min, standard.params);
  if (min !== undefined && requiredCount !== undefined && min > requiredCount) {
    issues.push(checkIssue(`${base}.min`, 'check.list_min_too_high', { min, count: requiredCount }));
  }
}

function checkEquipmentItem(
  code: string | undefined,
  path: string,
  standard: Standard,
  catalogs: StandardCatalogs,
  issues: CheckIssue[],
): void {
  if (code === undefined) {
    issues.push(checkIssue(path, 'check.equipment_code_missing'));
    return;
  }
  const catalog = catalogs.equipment;
  if (!catalog) return;
  const entry = catalog.items.find((e) => e.code === code);
  if (!entry) issues.push(checkIssue(path, 'check.equipment_code_unknown', { code, catalog: catalog.id }));
  else if (!entry.levels.includes(standard.level)) {
    issues.push(
      checkIssue(path, 'check.equipment_level', { code, catalog: catalog.id, level: `@level.${standard.level}` }),
    );
  }
}

function checkCatalogRefs(standard: Standard, catalogs: StandardCatalogs, issues: CheckIssue[]): void {
  const drugUser = standard.sections.flatMap((s) => s.criteria).find((c) => c.kind === 'drug_coverage');
  if (drugUser && !standard.drugCatalog) {
    issues.push(
      checkIssue('drugCatalog', 'check.catalog_required', {
        criterion: drugUser.id,
        kind: 'drug_coverage',
        field: 'drugCatalog',
      }),
    );
  }
  if (catalogs.drug && standard.drugCatalog && catalogs.drug.id !== standard.drugCatalog) {
    issues.push(
      checkIssue('drugCatalog', 'check.catalog_mismatch', { expected: standard.drugCatalog, actual: catalogs.drug.id }),
    );
  }
  if (catalogs.equipment && standard.equipmentCatalog && catalogs.equipment.id !== standard.equipmentCatalog) {
    issues.push(
      checkIssue('equipmentCatalog', 'check.catalog_mismatch', {
        expected: standard.equipmentCatalog,
        actual: catalogs.equipment.id,
      }),
    );
  }
}

function checkCondition(condition: Condition, path: string, issues: CheckIssue[]): void {
  if ('fact' in condition) {
    if (BOOLEAN_FACTS.has(condition.fact)) {
      if (typeof condition.value !== 'boolean') {
        issues.push(checkIssue(`${path}.value`, 'check.fact_needs_boolean', { fact: condition.fact }));
      } else if (condition.op !== 'eq') {
        issues.push(checkIssue(`${path}.op`, 'check.fact_needs_boolean', { fact: condition.fact }));
      }
    } else if (typeof condition.value !== 'number') {
      issues.push(checkIssue(`${path}.value`, 'check.fact_needs_number', { fact: condition.fact }));
    }
  } else if ('all' in condition) {
    condition.all.forEach((c, k) => checkCondition(c, `${path}.all[${k}]`, issues));
  } else if ('any' in condition) {
    condition.any.forEach((c, k) => checkCondition(c, `${path}.any[${k}]`, issues));
  } else {
    checkCondition(condition.not, `${path}.not`, issues);
  }
}
