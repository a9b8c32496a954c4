import type { FacilityLevel } from '../../../../shared/domain/common';
import type { AdminPath, Facility, FacilityFlags, FacilityInput } from '../../../../shared/domain/facility';
import type { MessageKey } from '../../../../shared/i18n/format';

export const FLAG_NAMES = [
  'ivServiceApproved',
  'townshipSeat',
  'sharedClinic',
  'poorCounty',
] as const satisfies readonly (keyof FacilityFlags)[];
export type FlagName = (typeof FLAG_NAMES)[number];

/** Flags are facility facts that standards' applicability reads, so they share the facts' wording. */
export const FLAG_LABEL_KEYS = {
  ivServiceApproved: 'fact.iv_service_approved',
  townshipSeat: 'fact.township_seat',
  sharedClinic: 'fact.shared_clinic',
  poorCounty: 'fact.poor_county',
} as const satisfies Record<FlagName, MessageKey>;

export const PLACE_FIELDS = [
  'province',
  'prefecture',
  'county',
  'township',
  'village',
] as const satisfies readonly (keyof AdminPath)[];
export type PlaceField = (typeof PLACE_FIELDS)[number];

/** The form's own shape: flat, strings as typed, numbers possibly empty. */
export interface FacilityFormValues {
  name: string;
  code: string;
  level: FacilityLevel | undefined;
  province: string;
  prefecture: string;
  county: string;
  township: string;
  village: string;
  servicePopulation: number | null;
  residentPopulation: number | null;
  beds: number | null;
  variant: string | null;
  flags: FlagName[];
}

/** Place levels a facility of this level must name (the same rule as FacilityInputSchema). */
export function requiredPlaces(level: FacilityLevel | undefined): PlaceField[] {
  const always: PlaceField[] = ['province', 'prefecture', 'county'];
  if (level === 'township_health_center') return [...always, 'township'];
  if (level === 'village_clinic') return [...always, 'township', 'village'];
  return always;
}

/** Places that do not exist for the level (a county hospital has no township). */
export function unusedPlaces(level: FacilityLevel | undefined): PlaceField[] {
  if (level === 'county_hospital') return ['township', 'village'];
  if (level === 'township_health_center') return ['village'];
  return [];
}

export function toFormValues(facility: Facility | null, place: Partial<AdminPath> = {}): FacilityFormValues {
  const path = facility?.adminPath ?? place;
  return {
    name: facility?.name ?? '',
    code: facility?.code ?? '',
    level: facility?.level,
    province: path.province ?? '',
    prefecture: path.prefecture ?? '',
    county: path.county ?? '',
    township: path.township ?? '',
    village: path.village ?? '',
    servicePopulation: facility?.servicePopulation ?? null,
    residentPopulation: facility?.residentPopulation ?? null,
    beds: facility?.beds ?? null,
    variant: facility?.variant ?? null,
    flags: facility ? FLAG_NAMES.filter((flag) => facility.flags[flag]) : [],
  };
}

/**
 * What the core receives: trimmed text, empty fields left out, places the level does not have
 * dropped. The core validates again and has the last word.
 */
export function toFacilityInput(values: FacilityFormValues & { level: FacilityLevel }): FacilityInput {
  const { level } = values;
  const unused = unusedPlaces(level);
  const place = (field: PlaceField) => {
    const value = values[field].trim();
    return value && !unused.includes(field) ? { [field]: value } : {};
  };
  const count = (field: 'servicePopulation' | 'residentPopulation' | 'beds') =>
    values[field] === null ? {} : { [field]: values[field] };
  const variant = values.variant?.trim();
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    level,
    adminPath: {
      province: values.province.trim(),
      prefecture: values.prefecture.trim(),
      county: values.county.trim(),
      ...place('township'),
      ...place('village'),
    },
    ...count('servicePopulation'),
    ...count('residentPopulation'),
    ...count('beds'),
    ...(variant ? { variant } : {}),
    flags: {
      ivServiceApproved: values.flags.includes('ivServiceApproved'),
      townshipSeat: values.flags.includes('townshipSeat'),
      sharedClinic: values.flags.includes('sharedClinic'),
      poorCounty: values.flags.includes('poorCounty'),
    },
  };
}

/** Maps a core validation path (adminPath.township, flags.poorCounty) to the form field it names. */
export function formFieldOf(path: string): keyof FacilityFormValues | null {
  const [head, sub] = path.split('.');
  if (head === 'adminPath' && sub && (PLACE_FIELDS as readonly string[]).includes(sub)) return sub as PlaceField;
  if (head === 'flags') return 'flags';
  const direct: readonly string[] = [
    'name',
    'code',
    'level',
    'servicePopulation',
    'residentPopulation',
    'beds',
    'variant',
  ];
  return head && direct.includes(head) ? (head as keyof FacilityFormValues) : null;
}
