import { z } from 'zod';
import {
  AnswerSchema,
  AuditFactsSchema,
  AuditKindSchema,
  DrugStockInputSchema,
  EquipmentItemInputSchema,
  StaffMemberInputSchema,
  TeamMemberSchema,
  type Answer,
  type AuditStatus,
  type Rosters,
} from '../domain/audit';
import { CodeSchema, IsoDateSchema } from '../domain/common';
import { FacilitySchema, type Facility } from '../domain/facility';
import type { AuditRecord } from '../ipc/contracts/audits';
import { EvidenceMimeTypeSchema, type Evidence } from '../ipc/contracts/evidence';
import type { Finding } from '../ipc/contracts/findings';
import { CriterionStatusSchema, SectionScoreSchema, VerdictSchema, type ScoreResult } from './score-result';

export const AUDIT_DOCUMENT_FORMAT = 'dabiao.audit/1';

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * Where the content of an audit stands. Signing and export do not change the content (they are
 * recorded by signatures and the package), so both read as `completed` here: the document, and
 * the hash printed on the report, stay the same from completion through signing and export.
 */
export const DocumentStatusSchema = z.enum(['draft', 'in_progress', 'completed']);
export type DocumentStatus = z.infer<typeof DocumentStatusSchema>;

export function documentStatus(status: AuditStatus): DocumentStatus {
  switch (status) {
    case 'draft':
    case 'in_progress':
    case 'completed':
      return status;
    case 'signed':
    case 'exported':
      return 'completed';
  }
}

const RowId = { id: z.string().min(1) };

/** Only the columns frozen by signing: a finding's follow-up status moves on after it. */
export const DocumentFindingSchema = z
  .object({
    id: z.string().min(1),
    criterionId: z.string(),
    description: z.string(),
    correctiveAction: z.string().nullable(),
    responsible: z.string().nullable(),
    deadline: IsoDateSchema.nullable(),
  })
  .strict();
export type DocumentFinding = z.infer<typeof DocumentFindingSchema>;

export const DocumentEvidenceSchema = z
  .object({
    id: z.string().min(1),
    sha256: Sha256Schema,
    fileName: z.string(),
    mimeType: EvidenceMimeTypeSchema,
    size: z.number().int().nonnegative(),
    criterionId: z.string().nullable(),
    findingId: z.string().nullable(),
  })
  .strict();
export type DocumentEvidence = z.infer<typeof DocumentEvidenceSchema>;

/** The score as recorded with the audit; the importer recomputes it and compares. */
export const DocumentScoreSchema = z
  .object({
    verdict: VerdictSchema,
    total: z.object({ earned: z.number(), possible: z.number(), score: z.number() }).strict(),
    complete: z.boolean(),
    progress: z.object({ answered: z.number().int(), applicable: z.number().int() }).strict(),
    blockingFailures: z.array(z.string()),
    sections: z.array(SectionScoreSchema.strict()),
    criteria: z.array(
      z.object({ criterionId: z.string(), status: CriterionStatusSchema, earned: z.number() }).strict(),
    ),
  })
  .strict();
export type DocumentScore = z.infer<typeof DocumentScoreSchema>;

/**
 * The canonical, complete description of one audit revision: what the report prints the
 * SHA-256 of, what is signed and what an audit file carries. Built only from stored content, in
 * a fixed order, without clock readings or ids that differ between machines (the facility is
 * named by its code, not by its local row id).
 */
export const AuditDocumentSchema = z
  .object({
    format: z.literal(AUDIT_DOCUMENT_FORMAT),
    audit: z
      .object({
        id: z.string().min(1),
        revision: z.number().int().positive(),
        previousId: z.string().nullable(),
        /** The self-assessment an on-site inspection verifies; absent otherwise. */
        basisId: z.string().min(1).optional(),
        kind: AuditKindSchema,
        announced: z.boolean(),
        status: DocumentStatusSchema,
        auditDate: IsoDateSchema,
        completedAt: z.string().nullable(),
        team: z.array(TeamMemberSchema),
        facts: AuditFactsSchema,
      })
      .strict(),
    facility: FacilitySchema.omit({ id: true, createdAt: true, updatedAt: true }).strict(),
    standard: z
      .object({
        key: z.string(),
        id: CodeSchema,
        version: CodeSchema,
        variant: CodeSchema.nullable(),
        sha256: Sha256Schema,
        drugCatalog: z.object({ id: CodeSchema, version: CodeSchema, sha256: Sha256Schema }).strict().nullable(),
      })
      .strict(),
    answers: z.array(AnswerSchema),
    rosters: z
      .object({
        staff: z.array(StaffMemberInputSchema.extend(RowId)),
        equipment: z.array(EquipmentItemInputSchema.extend(RowId)),
        drugs: z.array(DrugStockInputSchema.extend(RowId)),
      })
      .strict(),
    findings: z.array(DocumentFindingSchema),
    evidence: z.array(DocumentEvidenceSchema),
    score: DocumentScoreSchema,
  })
  .strict();
export type AuditDocument = z.infer<typeof AuditDocumentSchema>;

export interface DocumentStandardRef {
  key: string;
  id: string;
  version: string;
  variant: string | null;
  sha256: string;
  drugCatalog: { id: string; version: string; sha256: string } | null;
}

export interface AuditDocumentInput {
  audit: AuditRecord;
  /** The self-assessment an on-site inspection verifies. */
  basisId?: string | null;
  facility: Facility;
  standard: DocumentStandardRef;
  answers: readonly Answer[];
  rosters: Rosters;
  findings: readonly Finding[];
  evidence: readonly Evidence[];
  score: ScoreResult;
}

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
const byId = byKey((item: { id: string }) => item.id);

/** Drops keys whose value is undefined, so an optional field reads the same absent or unset. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Pure and deterministic: the same stored audit gives the same document on every machine. */
export function buildAuditDocument(input: AuditDocumentInput): AuditDocument {
  const { audit, facility, score } = input;
  return {
    format: AUDIT_DOCUMENT_FORMAT,
    audit: {
      id: audit.id,
      revision: audit.revision,
      previousId: audit.previousId,
      ...(input.basisId ? { basisId: input.basisId } : {}),
      kind: audit.kind,
      announced: audit.announced,
      status: documentStatus(audit.status),
      auditDate: audit.auditDate,
      completedAt: audit.completedAt,
      team: audit.team.map(defined),
      facts: defined(audit.facts),
    },
    facility: defined({
      code: facility.code,
      name: facility.name,
      level: facility.level,
      adminPath: defined(facility.adminPath),
      servicePopulation: facility.servicePopulation,
      residentPopulation: facility.residentPopulation,
      beds: facility.beds,
      variant: facility.variant,
      flags: facility.flags,
    }),
    standard: { ...input.standard },
    answers: [...input.answers].sort(byKey((a) => a.criterionId)).map(defined),
    rosters: {
      staff: [...input.rosters.staff].sort(byId).map(defined),
      equipment: [...input.rosters.equipment].sort(byId).map(defined),
      drugs: [...input.rosters.drugs].sort(byId).map(defined),
    },
    findings: [...input.findings].sort(byId).map((f) => ({
      id: f.id,
      criterionId: f.criterionId,
      description: f.description,
      correctiveAction: f.correctiveAction,
      responsible: f.responsible,
      deadline: f.deadline,
    })),
    evidence: [...input.evidence].sort(byId).map((e) => ({
      id: e.id,
      sha256: e.sha256,
      fileName: e.fileName,
      mimeType: e.mimeType,
      size: e.size,
      criterionId: e.criterionId,
      findingId: e.findingId,
    })),
    score: {
      verdict: score.verdict,
      total: { ...score.total },
      complete: score.complete,
      progress: { ...score.progress },
      blockingFailures: [...score.blockingFailures],
      sections: score.sections.map((s) => ({ ...s })),
      criteria: score.criteria.map((c) => ({ criterionId: c.criterionId, status: c.status, earned: c.earned })),
    },
  };
}
