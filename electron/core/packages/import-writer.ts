import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { TrustStatus } from '../../../shared/ipc/contracts/packages';
import type { Message } from '../../../shared/i18n/format';
import type { AuditDocument } from '../../../shared/logic/audit-document';
import { canonicalJson } from '../../../shared/logic/canonical-json';
import type { Core } from '../core';
import { inTransaction } from '../db/sql';
import { createEvidenceStore } from '../evidence/evidence-store';
import { saveAuditResult } from '../review/audit-result';
import { isoNow, logEvent } from '../service-context';
import { createReportStore } from '../signing/report-store';
import { insertAuditRows } from './import-rows';
import { packageRepository, type LineageMember } from './package-repository';
import { refuse, type Refusal } from './verify-archive';
import type { VerifiedFile } from './verify-file';

export type WriteOutcome =
  | {
      ok: true;
      status: 'imported' | 'superseded' | 'duplicate';
      auditId: string;
      /** The newest revision that was here before this file, when the file superseded it. */
      older?: number;
      trust: TrustStatus;
      notice?: Message;
    }
  | Refusal;

/** Files written to the data folder before the rows that name them; taken back if those roll back. */
export interface CreatedFiles {
  evidence: string[];
  reports: string[];
}

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.check);
  }
}

const placeLevel = (level: string) => `@level.${level}`;

/**
 * The facility the file names, by code. A local facility is never changed by an import: the
 * reviewer's registry may hold newer edits, and the audit keeps its own facts. A local facility
 * of another level is a different facility: refused. Missing: created from the file's snapshot.
 */
function localFacility(core: Core, document: AuditDocument): { id: string; notice?: Message } | Refusal | undefined {
  const snapshot = document.facility;
  const local = core.repos.facilities.getByCode(snapshot.code);
  if (!local) return undefined;
  if (local.level !== snapshot.level) {
    return refuse('facility', 'packages.refused.facility_level', {
      code: snapshot.code,
      local: placeLevel(local.level),
      level: placeLevel(snapshot.level),
    });
  }
  const { id, createdAt: _c, updatedAt: _u, ...kept } = local;
  return canonicalJson(kept) === canonicalJson(snapshot)
    ? { id }
    : { id, notice: { key: 'packages.notice.facility_kept' } };
}

function createFacility(core: Core, document: AuditDocument): string {
  try {
    return core.facilities.create(document.facility).id;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    throw new Refused(
      refuse('facility', 'packages.refused.facility', { code: document.facility.code, details: err.localized }),
    );
  }
}

/** Evidence and report bytes into the content-addressed stores, remembering what this call created. */
function storeFiles(core: Core, file: VerifiedFile, created: CreatedFiles): string | null {
  const evidence = createEvidenceStore(core.dataDir);
  for (const { bytes } of file.evidence) {
    const put = evidence.put(bytes);
    if (put.created) created.evidence.push(put.sha256);
  }
  if (!file.report) return null;
  const put = createReportStore(core.dataDir).put(Buffer.from(file.report));
  if (put.created) created.reports.push(put.path);
  return put.sha256;
}

function writeRows(core: Core, file: VerifiedFile, facilityId: string, reportSha256: string | null, fileName: string) {
  const { repos } = core;
  const repo = packageRepository(core.db);
  const { document: doc, manifest } = file;
  const auditId = doc.audit.id;
  const at = isoNow(core.context);
  const previousId =
    doc.audit.previousId !== null && repo.auditExists(doc.audit.previousId) ? doc.audit.previousId : null;
  // In as completed so the lock triggers let the content in; exported (locked) once it is all there.
  repos.audits.insert({
    id: auditId,
    revision: doc.audit.revision,
    previousId,
    facilityId,
    standardKey: doc.standard.key,
    kind: doc.audit.kind,
    announced: doc.audit.announced,
    status: 'completed',
    team: doc.audit.team,
    facts: doc.audit.facts,
    auditDate: doc.audit.auditDate,
    createdAt: at,
    updatedAt: at,
    completedAt: doc.audit.completedAt,
  });
  if (doc.audit.basisId) repo.linkBasis(auditId, doc.audit.basisId);
  insertAuditRows(core.db, auditId, doc, at);
  // Follow-up starts afresh here: a finding's status is not part of the signed content.
  for (const f of doc.findings)
    repos.findings.insert({ ...f, auditId, status: 'open', closedByAuditId: null, createdAt: at, updatedAt: at });
  for (const e of doc.evidence) {
    repos.evidence.insert({
      id: e.id,
      auditId,
      sha256: e.sha256,
      filename: e.fileName,
      mime: e.mimeType,
      size: e.size,
      criterionId: e.criterionId,
      findingId: e.findingId,
      createdAt: at,
    });
  }
  repos.audits.setStatus(auditId, 'exported', at, doc.audit.completedAt);
  repo.saveSigner({
    fingerprint: file.signer.fingerprint,
    commonName: file.signer.commonName,
    organisation: file.signer.organisation,
    certificatePem: file.signer.certificatePem,
    firstSeenAt: at,
  });
  repo.insertImported({
    auditId,
    lineageId: manifest.audit.lineageId,
    revision: doc.audit.revision,
    previousId: doc.audit.previousId,
    signerFingerprint: file.signer.fingerprint,
    manifestSha256: file.manifestSha256,
    documentSha256: file.documentSha256,
    fileSha256: file.fileSha256,
    fileName,
    reportSha256,
    appVersion: manifest.appVersion,
    exportedAt: manifest.createdAt,
    importedAt: at,
  });
  saveAuditResult(core.context, auditId, file.score);
  logEvent(core.context, 'audit.imported', 'audit', auditId, {
    lineageId: manifest.audit.lineageId,
    revision: doc.audit.revision,
    fileSha256: file.fileSha256,
    manifestSha256: file.manifestSha256,
    documentSha256: file.documentSha256,
    signer: file.signer.fingerprint,
  });
}

/** What this database already holds decides before anything is written. */
function decide(core: Core, file: VerifiedFile): WriteOutcome | { members: LineageMember[]; trust: TrustStatus } {
  const repo = packageRepository(core.db);
  const { document: doc, manifest } = file;
  const members = repo.lineageMembers(manifest.audit.lineageId);
  const trust: TrustStatus = repo.isTrusted(file.signer.fingerprint) ? 'verified' : 'unverified';
  const same = members.find((m) => m.revision === doc.audit.revision);
  if (same) {
    if (same.id === doc.audit.id) return { ok: true, status: 'duplicate', auditId: same.id, trust };
    return refuse('revision_conflict', 'packages.refused.revision_conflict', {
      revision: same.revision,
      present: same.id,
      id: doc.audit.id,
    });
  }
  const newest = members.at(-1);
  if (newest && newest.revision > doc.audit.revision)
    return refuse('outdated', 'packages.refused.outdated', { present: newest.revision, revision: doc.audit.revision });
  if (repo.auditExists(doc.audit.id))
    return refuse('id_conflict', 'packages.refused.id_conflict', { details: doc.audit.id });
  return { members, trust };
}

/**
 * Writes one verified file: facility, audit, answers, rosters, findings, evidence, provenance,
 * score summary, then `exported`. What is already here decides first (nothing written): same
 * revision -> duplicate (or a conflict if it is another audit), older than what is here ->
 * outdated, newer -> supersedes. `atomic` (default) writes in a transaction of its own (a
 * savepoint inside a batch). A batch may write without one, for speed (a savepoint copies every
 * index page it touches): then any failure throws, and the caller rolls the batch back and
 * writes it again file by file atomically.
 */
export function writeVerifiedFile(
  core: Core,
  file: VerifiedFile,
  fileName: string,
  created: CreatedFiles,
  atomic = true,
): WriteOutcome {
  const repo = packageRepository(core.db);
  const { document: doc } = file;
  const mine: CreatedFiles = { evidence: [], reports: [] };
  const write = (): WriteOutcome => {
    const decided = decide(core, file);
    if ('ok' in decided) return decided;
    const { members, trust } = decided;
    const local = localFacility(core, doc);
    if (local && 'ok' in local) return local;
    const facilityId = local?.id ?? createFacility(core, doc);
    const reportSha256 = storeFiles(core, file, mine);
    writeRows(core, file, facilityId, reportSha256, fileName);
    const at = isoNow(core.context);
    for (const older of members) if (!older.superseded) repo.supersede(older.id, doc.audit.id, at);
    const newest = members.at(-1);
    return {
      ok: true,
      status: newest ? 'superseded' : 'imported',
      auditId: doc.audit.id,
      ...(newest ? { older: newest.revision } : {}),
      trust,
      ...(local?.notice ? { notice: local.notice } : {}),
    };
  };
  try {
    if (!atomic) return write();
    try {
      return inTransaction(core.db, write);
    } catch (err) {
      discardCreated(core, mine);
      if (err instanceof Refused) return err.refusal;
      if (err instanceof Database.SqliteError && err.code.startsWith('SQLITE_CONSTRAINT'))
        return refuse('id_conflict', 'packages.refused.id_conflict', { details: err.message.slice(0, 200) });
      throw err;
    }
  } finally {
    created.evidence.push(...mine.evidence);
    created.reports.push(...mine.reports);
  }
}

/** Takes back files whose rows did not commit. */
export function discardCreated(core: Core, created: CreatedFiles): void {
  const evidence = createEvidenceStore(core.dataDir);
  for (const sha256 of created.evidence.splice(0)) evidence.discard(sha256);
  const reports = createReportStore(core.dataDir);
  for (const path of created.reports.splice(0)) reports.discard(path);
}
