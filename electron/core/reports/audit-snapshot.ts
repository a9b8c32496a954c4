import { createHash } from 'node:crypto';
import type { DrugCatalog } from '../../../shared/domain/catalog';
import type { Facility } from '../../../shared/domain/facility';
import type { Standard } from '../../../shared/domain/standard';
import type { AuditRecord } from '../../../shared/ipc/contracts/audits';
import { EvidenceMimeTypeSchema, type Evidence } from '../../../shared/ipc/contracts/evidence';
import { buildAuditDocument, type AuditDocument } from '../../../shared/logic/audit-document';
import { canonicalJson } from '../../../shared/logic/canonical-json';
import type { ScoreResult } from '../../../shared/logic/score-result';
import type { Core } from '../core';
import { notFound } from '../service-context';

export interface AuditSnapshot {
  document: AuditDocument;
  /** SHA-256 (hex) of the document's canonical JSON: printed on the report, signed, exported. */
  sha256: string;
}

/** The document plus what a report needs to put it into words. */
export interface AuditSources extends AuditSnapshot {
  audit: AuditRecord;
  facility: Facility;
  standard: Standard;
  score: ScoreResult;
  drugCatalog: DrugCatalog | undefined;
}

export const documentSha256 = (document: AuditDocument): string =>
  createHash('sha256').update(canonicalJson(document), 'utf8').digest('hex');

/**
 * Reads everything in one read transaction, so an autosave landing in between cannot give a
 * document whose answers and score disagree.
 */
export function loadAuditSources(core: Core, auditId: string): AuditSources {
  return core.db
    .transaction(() => {
      const detail = core.audits.get(auditId);
      const { audit } = detail;
      const facility = core.repos.facilities.get(audit.facilityId);
      if (!facility) throw notFound('entity.facility', audit.facilityId);
      const record = core.repos.standards.get(audit.standardKey);
      if (!record) throw notFound('entity.standard', audit.standardKey);
      const standard = core.standards.standard(audit.standardKey);
      const drugCatalog = core.standards.drugCatalogFor(standard);
      const catalogRecord = standard.drugCatalog ? core.repos.catalogs.get('drug', standard.drugCatalog) : undefined;
      const score = core.audits.score(auditId);
      const evidence: Evidence[] = core.repos.evidence.listByAudit(auditId).map((e) => ({
        id: e.id,
        auditId: e.auditId,
        criterionId: e.criterionId,
        findingId: e.findingId,
        fileName: e.filename,
        mimeType: EvidenceMimeTypeSchema.parse(e.mime),
        size: e.size,
        sha256: e.sha256,
        createdAt: e.createdAt,
      }));
      const document = buildAuditDocument({
        audit,
        basisId: core.verification.basisId(auditId),
        facility,
        standard: {
          key: record.key,
          id: record.standardId,
          version: record.version,
          variant: record.variantId,
          sha256: record.sha256,
          drugCatalog: catalogRecord
            ? { id: catalogRecord.id, version: catalogRecord.version, sha256: catalogRecord.sha256 }
            : null,
        },
        answers: detail.answers,
        rosters: detail.rosters,
        findings: detail.findings,
        evidence,
        score,
      });
      return { document, sha256: documentSha256(document), audit, facility, standard, score, drugCatalog };
    })
    .deferred();
}

/** The canonical document of one audit revision and its SHA-256. */
export function auditSnapshot(core: Core, auditId: string): AuditSnapshot {
  const { document, sha256 } = loadAuditSources(core, auditId);
  return { document, sha256 };
}
