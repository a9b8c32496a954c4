import { z } from 'zod';

/** Every user-visible text that is data (not UI chrome) carries both languages. */
export const LocalizedTextSchema = z.object({
  'zh-CN': z.string().min(1),
  'en-US': z.string().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const LOCALES = ['zh-CN', 'en-US'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

export const FacilityLevelSchema = z.enum(['county_hospital', 'township_health_center', 'village_clinic']);
export type FacilityLevel = z.infer<typeof FacilityLevelSchema>;
export const FACILITY_LEVELS = FacilityLevelSchema.options;

/** Identifiers used in standards and catalogues: stable, ASCII, readable in files and URLs. */
export const CodeSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'letters, digits, "_", "-" and "." only');

export const UuidSchema = z.uuid();
export const IsoDateSchema = z.iso.date();
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
