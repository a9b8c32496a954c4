import { z } from 'zod';
import { CodeSchema, FacilityLevelSchema } from './common';

const PlaceName = z.string().trim().min(1).max(60);

/** Province > prefecture > county > township > village; villages only for village clinics. */
export const AdminPathSchema = z
  .object({
    province: PlaceName,
    prefecture: PlaceName,
    county: PlaceName,
    township: PlaceName.optional(),
    village: PlaceName.optional(),
  })
  .strict();
export type AdminPath = z.infer<typeof AdminPathSchema>;

export const FacilityFlagsSchema = z
  .object({
    ivServiceApproved: z.boolean().default(false),
    townshipSeat: z.boolean().default(false),
    sharedClinic: z.boolean().default(false),
    poorCounty: z.boolean().default(false),
  })
  .strict();
export type FacilityFlags = z.infer<typeof FacilityFlagsSchema>;

export const FacilityInputSchema = z
  .object({
    code: CodeSchema,
    name: z.string().trim().min(1).max(100),
    level: FacilityLevelSchema,
    adminPath: AdminPathSchema,
    servicePopulation: z.number().int().nonnegative().optional(),
    residentPopulation: z.number().int().nonnegative().optional(),
    beds: z.number().int().nonnegative().optional(),
    /** Province variant id to pre-select for this facility's audits (e.g. yunnan). */
    variant: CodeSchema.optional(),
    flags: FacilityFlagsSchema.default({
      ivServiceApproved: false,
      townshipSeat: false,
      sharedClinic: false,
      poorCounty: false,
    }),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.level !== 'county_hospital' && !f.adminPath.township) {
      ctx.addIssue({
        code: 'custom',
        path: ['adminPath', 'township'],
        message: 'township is required below county level',
      });
    }
    if (f.level === 'village_clinic' && !f.adminPath.village) {
      ctx.addIssue({
        code: 'custom',
        path: ['adminPath', 'village'],
        message: 'village is required for a village clinic',
      });
    }
  });
export type FacilityInput = z.infer<typeof FacilityInputSchema>;

export const FacilitySchema = z.object({
  id: z.string().min(1),
  code: CodeSchema,
  name: z.string(),
  level: FacilityLevelSchema,
  adminPath: AdminPathSchema,
  servicePopulation: z.number().int().nonnegative().optional(),
  residentPopulation: z.number().int().nonnegative().optional(),
  beds: z.number().int().nonnegative().optional(),
  variant: CodeSchema.optional(),
  flags: FacilityFlagsSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Facility = z.infer<typeof FacilitySchema>;
