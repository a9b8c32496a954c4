import { z } from 'zod';
import { CodeSchema, FacilityLevelSchema, IsoDateSchema } from '../../domain/common';
import {
  AnswerSchema,
  AnswerValueSchema,
  AuditFactsSchema,
  AuditKindSchema,
  AuditStatusSchema,
  AuditSummarySchema,
  RostersSchema,
  TeamMemberSchema,
} from '../../domain/audit';
import { ScoreResultSchema } from '../../logic/score-result';
import { defineContract } from '../contract';
import { FindingSchema } from './findings';

export const AuditIdSchema = z.string().min(1).max(64);

export const AuditRecordSchema = z.object({
  id: z.string(),
  revision: z.number().int().positive(),
  previousId: z.string().nullable(),
  facilityId: z.string(),
  standardKey: z.string(),
  kind: AuditKindSchema,
  announced: z.boolean(),
  status: AuditStatusSchema,
  team: z.array(TeamMemberSchema),
  facts: AuditFactsSchema,
  auditDate: IsoDateSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
});
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

export const AuditDetailSchema = z.object({
  audit: AuditRecordSchema,
  answers: z.array(AnswerSchema),
  rosters: RostersSchema,
  findings: z.array(FindingSchema),
});
export type AuditDetail = z.infer<typeof AuditDetailSchema>;

export const auditsContracts = {
  listAudits: defineContract(
    'audits:list-audits',
    z
      .object({
        facilityId: z.string().optional(),
        level: FacilityLevelSchema.optional(),
        kind: AuditKindSchema.optional(),
        status: AuditStatusSchema.optional(),
        query: z.string().max(100).optional(),
      })
      .strict()
      .default({}),
    z.array(AuditSummarySchema),
  ),
  createAudit: defineContract(
    'audits:create-audit',
    z
      .object({
        facilityId: z.string().min(1),
        /** Default: the built-in standard of the facility's level, with its provincial variant. */
        standardKey: z.string().min(1).max(200).optional(),
        kind: AuditKindSchema,
        announced: z.boolean().default(true),
        team: z.array(TeamMemberSchema).max(30).default([]),
        auditDate: IsoDateSchema.optional(),
      })
      .strict(),
    AuditRecordSchema,
  ),
  getAudit: defineContract('audits:get-audit', z.object({ id: AuditIdSchema }).strict(), AuditDetailSchema),
  getScore: defineContract('audits:get-score', z.object({ id: AuditIdSchema }).strict(), ScoreResultSchema),
  saveAnswer: defineContract(
    'audits:save-answer',
    z
      .object({
        auditId: AuditIdSchema,
        criterionId: CodeSchema,
        value: AnswerValueSchema.nullable(),
        notApplicableReason: z.string().trim().min(1).max(1000).optional(),
        note: z.string().max(4000).optional(),
        answeredBy: z.string().max(60).optional(),
      })
      .strict(),
    AnswerSchema,
  ),
  clearAnswer: defineContract(
    'audits:clear-answer',
    z.object({ auditId: AuditIdSchema, criterionId: CodeSchema }).strict(),
    z.object({ cleared: z.boolean() }),
  ),
  setStatus: defineContract(
    'audits:set-status',
    // Signing and export have their own services (they need signatures and files), so the
    // renderer can only complete or reopen an audit here.
    z.object({ id: AuditIdSchema, status: z.enum(['in_progress', 'completed']) }).strict(),
    AuditRecordSchema,
  ),
};
