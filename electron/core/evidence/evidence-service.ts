import { randomUUID } from 'node:crypto';
import type { AuditRecord } from '../../../shared/ipc/contracts/audits';
import {
  EVIDENCE_MAX_BYTES,
  EvidenceMimeTypeSchema,
  type Evidence,
  type EvidenceMimeType,
} from '../../../shared/ipc/contracts/evidence';
import { AppError } from '../../../shared/errors';
import { findCriterion } from '../../../shared/logic/answer-check';
import { editableAudit, requireAudit } from '../audits/audit-edit';
import type { EvidenceRecord } from '../db/repositories/evidence';
import { inTransaction } from '../db/sql';
import { isoNow, logEvent, notFound, type ServiceContext } from '../service-context';
import type { StandardRegistry } from '../standards/standard-registry';
import { createEvidenceStore } from './evidence-store';
import { sniffMimeType } from './file-kind';
import { sanitizeFileName } from './file-name';

export interface EvidenceScope {
  auditId: string;
  criterionId?: string | undefined;
  findingId?: string | undefined;
}

export interface AttachEvidenceInput extends EvidenceScope {
  fileName: string;
  mimeType: EvidenceMimeType;
  bytes: Uint8Array;
}

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

function toEvidence(record: EvidenceRecord): Evidence {
  return {
    id: record.id,
    auditId: record.auditId,
    criterionId: record.criterionId,
    findingId: record.findingId,
    fileName: record.filename,
    // Rows are only written by `attach`, which allows nothing else; a foreign value fails loudly here.
    mimeType: EvidenceMimeTypeSchema.parse(record.mime),
    size: record.size,
    sha256: record.sha256,
    createdAt: record.createdAt,
  };
}

function checkBytes(name: string, declared: EvidenceMimeType, bytes: Uint8Array): void {
  if (bytes.length === 0) throw new AppError('bad_file', { key: 'evidence.empty', params: { name } });
  if (bytes.length > EVIDENCE_MAX_BYTES) {
    throw new AppError('bad_file', {
      key: 'file.too_large',
      params: { size: megabytes(bytes.length), max: megabytes(EVIDENCE_MAX_BYTES) },
    });
  }
  const actual = sniffMimeType(bytes);
  if (actual === undefined) throw new AppError('bad_file', { key: 'evidence.unknown_type', params: { name } });
  if (actual !== declared) {
    throw new AppError('bad_file', { key: 'evidence.type_mismatch', params: { name, declared, actual } });
  }
}

/**
 * Photos and documents attached to an audit, its criteria and findings. The bytes go to a
 * content-addressed store before the row that names them commits; a failed commit takes back a
 * file it created, so no row ever points at missing bytes and no attempt leaves a stray file.
 */
export function createEvidenceService(ctx: ServiceContext, opts: { dataDir: string; registry: StandardRegistry }) {
  const { repos } = ctx;
  const store = createEvidenceStore(opts.dataDir);

  function checkScope(audit: AuditRecord, scope: EvidenceScope): void {
    if (scope.criterionId !== undefined) {
      const standard = opts.registry.standard(audit.standardKey);
      if (!findCriterion(standard, scope.criterionId)) {
        throw new AppError('not_found', {
          key: 'error.unknown_criterion',
          params: { standard: standard.id, criterion: scope.criterionId },
        });
      }
    }
    if (scope.findingId !== undefined) {
      const finding = repos.findings.get(scope.findingId);
      if (!finding) throw notFound('entity.finding', scope.findingId);
      if (finding.auditId !== audit.id) {
        throw new AppError('validation', {
          key: 'evidence.finding_elsewhere',
          params: { finding: scope.findingId, audit: audit.id },
        });
      }
    }
  }

  function requireRecord(id: string): EvidenceRecord {
    const record = repos.evidence.get(id);
    if (!record) throw notFound('entity.evidence', id);
    return record;
  }

  return {
    attach(input: AttachEvidenceInput): Evidence {
      const fileName = sanitizeFileName(input.fileName, input.mimeType);
      checkBytes(fileName, input.mimeType, input.bytes);
      // Checked before any byte is written, so a refused attachment leaves no file behind.
      checkScope(editableAudit(ctx, input.auditId), input);
      const { sha256, created } = store.put(input.bytes);
      try {
        return inTransaction(ctx.db, () => {
          const audit = editableAudit(ctx, input.auditId);
          checkScope(audit, input);
          const at = isoNow(ctx);
          const record: EvidenceRecord = {
            id: randomUUID(),
            auditId: audit.id,
            sha256,
            filename: fileName,
            mime: input.mimeType,
            size: input.bytes.length,
            criterionId: input.criterionId ?? null,
            findingId: input.findingId ?? null,
            createdAt: at,
          };
          repos.evidence.insert(record);
          repos.audits.touch(audit.id, at);
          const evidence = toEvidence(record);
          logEvent(ctx, 'evidence.attached', 'audit', audit.id, evidence);
          return evidence;
        });
      } catch (err) {
        if (created && repos.evidence.usesOf(sha256) === 0) store.discard(sha256);
        throw err;
      }
    },

    /** An audit's attachments; with a criterion or finding, only those attached to it. */
    list(scope: EvidenceScope): Evidence[] {
      const audit = requireAudit(ctx, scope.auditId);
      return repos.evidence
        .listByAudit(audit.id)
        .filter(
          (r) =>
            (scope.criterionId === undefined || r.criterionId === scope.criterionId) &&
            (scope.findingId === undefined || r.findingId === scope.findingId),
        )
        .map(toEvidence);
    },

    /** The bytes, checked against their hash: a damaged file is reported, never shown as evidence. */
    read(id: string): { id: string; mimeType: EvidenceMimeType; contentBase64: string } {
      const record = requireRecord(id);
      if (record.size > EVIDENCE_MAX_BYTES) {
        throw new AppError('bad_file', {
          key: 'file.too_large',
          params: { size: megabytes(record.size), max: megabytes(EVIDENCE_MAX_BYTES) },
        });
      }
      const bytes = store.readIntact(record.sha256);
      if (!bytes) {
        throw new AppError('bad_file', {
          key: 'evidence.damaged',
          params: { name: record.filename, sha256: record.sha256 },
        });
      }
      return { id: record.id, mimeType: toEvidence(record).mimeType, contentBase64: bytes.toString('base64') };
    },

    remove(id: string): { removed: boolean } {
      const removed = inTransaction(ctx.db, () => {
        const record = repos.evidence.get(id);
        if (!record) return undefined;
        const audit = editableAudit(ctx, record.auditId);
        if (!repos.evidence.remove(audit.id, id)) return undefined;
        repos.audits.touch(audit.id, isoNow(ctx));
        logEvent(ctx, 'evidence.removed', 'audit', audit.id, { id, sha256: record.sha256 });
        return record;
      });
      // Only after the commit: until then a rollback could bring the row back.
      if (removed && repos.evidence.usesOf(removed.sha256) === 0) store.discard(removed.sha256);
      return { removed: removed !== undefined };
    },
  };
}

export type EvidenceService = ReturnType<typeof createEvidenceService>;
