import { z } from 'zod';
import { FacilityLevelSchema, LocalizedTextSchema } from '../../domain/common';
import { FacilityInputSchema, FacilitySchema } from '../../domain/facility';
import { defineContract } from '../contract';

/** message in both languages, like every error the core reports. */
export const RowErrorSchema = z.object({ row: z.number().int(), field: z.string(), message: LocalizedTextSchema });
export const FacilityImportReportSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  rejected: z.number().int(),
  errors: z.array(RowErrorSchema),
});
export type FacilityImportReport = z.infer<typeof FacilityImportReportSchema>;

/** 20 MiB of base64: spreadsheets of a whole province fit, anything bigger is a mistake. */
const FileBase64Schema = z.string().max(28_000_000);

export const facilitiesContracts = {
  listFacilities: defineContract(
    'facilities:list-facilities',
    z
      .object({
        query: z.string().max(100).optional(),
        level: FacilityLevelSchema.optional(),
        limit: z.number().int().positive().max(20_000).optional(),
      })
      .strict()
      .default({}),
    z.array(FacilitySchema),
  ),
  getFacility: defineContract('facilities:get-facility', z.object({ id: z.string().min(1) }).strict(), FacilitySchema),
  createFacility: defineContract('facilities:create-facility', FacilityInputSchema, FacilitySchema),
  updateFacility: defineContract(
    'facilities:update-facility',
    z.object({ id: z.string().min(1), facility: FacilityInputSchema }).strict(),
    FacilitySchema,
  ),
  importFacilities: defineContract(
    'facilities:import-facilities',
    z
      .object({
        fileName: z
          .string()
          .min(1)
          .max(255)
          .regex(/\.(csv|xlsx)$/i, 'must end in .csv or .xlsx'),
        contentBase64: FileBase64Schema,
      })
      .strict(),
    FacilityImportReportSchema,
  ),
};
