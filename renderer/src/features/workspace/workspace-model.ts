import type { AuditFacts } from '../../../../shared/domain/audit';
import type { Criterion, Section, Standard } from '../../../../shared/domain/standard';
import { isRosterDerived } from '../../../../shared/logic/evaluate-criterion';
import { resolveThreshold } from '../../../../shared/logic/facts';

export type RosterTab = 'staff' | 'equipment' | 'drugs';

/**
 * What the workspace needs to know about the standard, computed once per audit: the criteria in
 * reading order (navigation is by index) and the roster hints the roster components take.
 */
export interface WorkspaceModel {
  standard: Standard;
  criteria: readonly Criterion[];
  sections: readonly Section[];
  indexOf: ReadonlyMap<string, number>;
  sectionOf: ReadonlyMap<string, string>;
  /** Index of each section's first criterion. */
  sectionStart: ReadonlyMap<string, number>;
  /** Departments named by per-department staff criteria (county hospitals). */
  departments: string[];
  /** Equipment codes that roster-derived equipment criteria look for. */
  expectedEquipmentCodes: string[];
  /** The largest drug minimum of the standard, when its facts allow one to be resolved. */
  minDrugVarieties: number | undefined;
}

export function buildModel(standard: Standard, facts: AuditFacts): WorkspaceModel {
  const criteria: Criterion[] = [];
  const indexOf = new Map<string, number>();
  const sectionOf = new Map<string, string>();
  const sectionStart = new Map<string, number>();
  const departments = new Set<string>();
  const equipment = new Set<string>();
  let minDrugVarieties: number | undefined;

  for (const section of standard.sections) {
    sectionStart.set(section.id, criteria.length);
    for (const criterion of section.criteria) {
      indexOf.set(criterion.id, criteria.length);
      sectionOf.set(criterion.id, section.id);
      criteria.push(criterion);
      if (criterion.kind === 'roster_count') criterion.eachDepartment?.forEach((d) => departments.add(d));
      if (criterion.kind === 'list_coverage' && criterion.source === 'equipment_roster') {
        for (const item of criterion.items) equipment.add(item.equipmentCode ?? item.id);
      }
      if (criterion.kind === 'drug_coverage') {
        const min = resolveThreshold(criterion.min, standard, facts);
        if (min.ok) minDrugVarieties = Math.max(minDrugVarieties ?? 0, min.value);
      }
    }
  }
  return {
    standard,
    criteria,
    sections: standard.sections,
    indexOf,
    sectionOf,
    sectionStart,
    departments: [...departments],
    expectedEquipmentCodes: [...equipment],
    minDrugVarieties,
  };
}

/** The roster a derived criterion counts, so the criterion view can link to it. */
export function rosterOf(criterion: Criterion): RosterTab | undefined {
  if (!isRosterDerived(criterion)) return undefined;
  if (criterion.kind === 'roster_count') return 'staff';
  if (criterion.kind === 'drug_coverage') return 'drugs';
  return 'equipment';
}
