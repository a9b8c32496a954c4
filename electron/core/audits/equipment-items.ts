import type { LocalizedText } from '../../../shared/domain/common';
import type { Standard } from '../../../shared/domain/standard';

export interface EquipmentRowItem {
  /** The equipment roster's catalogue code that satisfies the item. */
  code: string;
  label: LocalizedText;
  criterionIds: string[];
}

/** Every item counted from the equipment roster, once each, in the standard's order. */
export function equipmentRows(standard: Standard): EquipmentRowItem[] {
  const byCode = new Map<string, EquipmentRowItem>();
  for (const section of standard.sections) {
    for (const criterion of section.criteria) {
      if (criterion.kind !== 'list_coverage' || criterion.source !== 'equipment_roster') continue;
      for (const item of criterion.items) {
        const code = item.equipmentCode ?? item.id;
        const known = byCode.get(code);
        if (known) known.criterionIds.push(criterion.id);
        else byCode.set(code, { code, label: item.label, criterionIds: [criterion.id] });
      }
    }
  }
  return [...byCode.values()];
}
