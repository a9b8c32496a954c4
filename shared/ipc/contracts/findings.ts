import { z } from 'zod';
import { IsoDateSchema } from '../../domain/common';
import { FindingInputSchema, FindingStatusSchema } from '../../domain/audit';
import { defineContract } from '../contract';

export const FindingSchema = z.object({
  id: z.string(),
  auditId: z.string(),
  criterionId: z.string(),
  description: z.string(),
  correctiveAction: z.string().nullable(),
  responsible: z.string().nullable(),
  deadline: IsoDateSchema.nullable(),
  status: FindingStatusSchema,
  closedByAuditId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const findingsContracts = {
  createFinding: defineContract(
    'findings:create-finding',
    FindingInputSchema.extend({ auditId: z.string().min(1) }).strict(),
    FindingSchema,
  ),
  updateFinding: defineContract(
    'findings:update-finding',
    z
      .object({
        id: z.string().min(1),
        description: z.string().trim().min(1).max(2000).optional(),
        correctiveAction: z.string().trim().max(2000).optional(),
        responsible: z.string().trim().max(60).optional(),
        deadline: IsoDateSchema.optional(),
        status: FindingStatusSchema.optional(),
      })
      .strict(),
    FindingSchema,
  ),
  removeFinding: defineContract(
    'findings:remove-finding',
    z.object({ id: z.string().min(1) }).strict(),
    z.object({ removed: z.boolean() }),
  ),
};
