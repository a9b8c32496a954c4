import type { MessageKey, MessageParams } from '../../../../../shared/i18n/format';

type T = (key: MessageKey, params?: MessageParams) => string;

/** Department codes the built-in standards use (the county hospital per-department staffing rules). */
export const BUILTIN_DEPARTMENTS = [
  'emergency',
  'internal_medicine',
  'surgery',
  'obstetrics_gynecology',
  'pediatrics',
  'ophthalmology',
  'otolaryngology',
  'stomatology',
  'dermatology',
  'anesthesiology',
  'infectious_diseases',
  'preventive_care',
] as const;
type BuiltinDepartment = (typeof BUILTIN_DEPARTMENTS)[number];

const isBuiltin = (code: string): code is BuiltinDepartment =>
  (BUILTIN_DEPARTMENTS as readonly string[]).includes(code);

/** A department's name; a code from an imported standard that has no label shows as itself. */
export function departmentLabel(t: T, code: string): string {
  return isBuiltin(code) ? t(`department.${code}`) : code;
}
