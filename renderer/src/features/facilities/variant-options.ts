import type { FacilityLevel, Locale } from '../../../../shared/domain/common';
import type { ContractOutput, Contracts } from '../../../../shared/ipc';
import type { StandardSummary } from '../../../../shared/ipc/contracts/standards';

export type VariantSummary = ContractOutput<Contracts['listVariants']>[number];

export interface VariantOption {
  value: string;
  label: string;
}

/** Provincial variants that exist for a standard of this level, named by province and title. */
export function variantOptions(
  variants: readonly VariantSummary[],
  standards: readonly StandardSummary[],
  level: FacilityLevel | undefined,
  locale: Locale,
): VariantOption[] {
  const idsOfLevel = new Set(standards.filter((s) => level === undefined || s.level === level).map((s) => s.id));
  return variants
    .filter((v) => idsOfLevel.has(v.standardId))
    .map((v) => ({ value: v.id, label: `${v.province.name[locale]} · ${v.title[locale]}` }));
}
