import { z } from 'zod';
import { AnswerSchema, AuditKindSchema, TeamMemberSchema } from '../../domain/audit';
import { IsoDateSchema } from '../../domain/common';
import { ONSITE_CHECKS } from '../../logic/onsite-check';
import { VerdictSchema } from '../../logic/score-result';
import { defineContract } from '../contract';
import { AuditIdSchema, AuditRecordSchema } from './audits';

/** Self-assessment first, on-site verification second: the inspection starts pre-filled. */

const Count = z.number().int().nonnegative();

export const VerificationSchema = z
  .object({
    basis: z
      .object({
        auditId: z.string(),
        auditDate: IsoDateSchema,
        verdict: VerdictSchema,
        score: z.number(),
      })
      .strict(),
    onSite: z.object({ verdict: VerdictSchema, score: z.number() }).strict(),
    items: z.array(
      z.object({ criterionId: z.string(), check: z.enum(ONSITE_CHECKS), basis: AnswerSchema.nullable() }).strict(),
    ),
    counts: z.object({ pending: Count, confirmed: Count, corrected: Count, added: Count }).strict(),
  })
  .strict();
export type Verification = z.infer<typeof VerificationSchema>;

export const verificationContracts = {
  startVerification: defineContract(
    'audits:start-verification',
    z
      .object({
        basisId: AuditIdSchema,
        kind: AuditKindSchema.extract(['on_site_inspection', 'spot_check']).default('on_site_inspection'),
        announced: z.boolean().default(true),
        team: z.array(TeamMemberSchema).max(30).default([]),
        auditDate: IsoDateSchema.optional(),
      })
      .strict(),
    AuditRecordSchema,
  ),
  /** null for an audit that was not started from a self-assessment. */
  getVerification: defineContract(
    'audits:get-verification',
    z.object({ id: AuditIdSchema }).strict(),
    VerificationSchema.nullable(),
  ),
};
