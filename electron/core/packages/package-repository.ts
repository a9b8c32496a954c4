import type Database from 'better-sqlite3';
import type { Signer, TrustedCertificate } from '../../../shared/ipc/contracts/packages';
import type { Db } from '../db/sql';

export interface ImportedAuditRecord {
  auditId: string;
  lineageId: string;
  revision: number;
  previousId: string | null;
  signerFingerprint: string;
  manifestSha256: string;
  documentSha256: string;
  fileSha256: string;
  fileName: string;
  reportSha256: string | null;
  appVersion: string;
  exportedAt: string;
  importedAt: string;
}

export interface LineageMember {
  id: string;
  revision: number;
  superseded: boolean;
}

export interface SignerRecord {
  fingerprint: string;
  commonName: string;
  organisation: string | null;
  certificatePem: string;
  firstSeenAt: string;
}

interface TrustedRow {
  fingerprint: string;
  common_name: string;
  organisation: string | null;
  added_at: string;
}

interface SignerRow {
  fingerprint: string;
  common_name: string;
  organisation: string | null;
  certificate_pem: string;
  first_seen_at: string;
  trusted: number;
  audits: number;
}

/** The revisions of one lineage this database holds: local chains, imported files, or both. */
const LINEAGE_MEMBERS = `
WITH RECURSIVE member(id) AS (
  SELECT id FROM audit WHERE id = @lineage
  UNION SELECT audit_id FROM imported_audit WHERE lineage_id = @lineage
  UNION SELECT a.id FROM audit a JOIN member m ON a.previous_id = m.id
)
SELECT a.id, a.revision, s.audit_id IS NOT NULL AS superseded
FROM audit a JOIN member USING (id) LEFT JOIN audit_superseded s ON s.audit_id = a.id
ORDER BY a.revision`;

/** Walks previous ids back to revision 1, or to an imported revision whose predecessor is not here. */
const LINEAGE_ROOT = `
WITH RECURSIVE up(id, previous_id, depth) AS (
  SELECT id, previous_id, 0 FROM audit WHERE id = ?
  UNION ALL SELECT a.id, a.previous_id, up.depth + 1 FROM audit a JOIN up ON a.id = up.previous_id
)
SELECT up.id, i.lineage_id FROM up LEFT JOIN imported_audit i ON i.audit_id = up.id ORDER BY up.depth DESC LIMIT 1`;

export function createPackageRepository(db: Db) {
  const members = db.prepare<{ lineage: string }, { id: string; revision: number; superseded: number }>(
    LINEAGE_MEMBERS,
  );
  const root = db.prepare<[string], { id: string; lineage_id: string | null }>(LINEAGE_ROOT);
  const insertImported = db.prepare(
    `INSERT INTO imported_audit (audit_id, lineage_id, revision, previous_id, signer_fingerprint, manifest_sha256,
       document_sha256, file_sha256, file_name, report_sha256, app_version, exported_at, imported_at)
     VALUES (@auditId, @lineageId, @revision, @previousId, @signerFingerprint, @manifestSha256, @documentSha256,
       @fileSha256, @fileName, @reportSha256, @appVersion, @exportedAt, @importedAt)`,
  );
  const imported = db.prepare<[string], { report_sha256: string | null; previous_id: string | null }>(
    'SELECT report_sha256, previous_id FROM imported_audit WHERE audit_id = ?',
  );
  const signedReport = db.prepare<[string], { pdf_sha256: string }>(
    'SELECT pdf_sha256 FROM report_signature WHERE audit_id = ? ORDER BY position DESC LIMIT 1',
  );
  const insertSigner = db.prepare(
    `INSERT INTO signer_certificate (fingerprint, common_name, organisation, certificate_pem, first_seen_at)
     VALUES (@fingerprint, @commonName, @organisation, @certificatePem, @firstSeenAt) ON CONFLICT DO NOTHING`,
  );
  const trusted = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM trusted_certificate WHERE fingerprint = ?',
  );
  const listTrusted = db.prepare<[], TrustedRow>(
    `SELECT t.fingerprint, s.common_name, s.organisation, t.added_at
     FROM trusted_certificate t JOIN signer_certificate s USING (fingerprint) ORDER BY t.added_at, s.common_name`,
  );
  const listSigners = db.prepare<[], SignerRow>(
    `SELECT s.*, t.fingerprint IS NOT NULL AS trusted,
       (SELECT count(*) FROM imported_audit i WHERE i.signer_fingerprint = s.fingerprint) AS audits
     FROM signer_certificate s LEFT JOIN trusted_certificate t USING (fingerprint) ORDER BY s.first_seen_at, s.common_name`,
  );
  const signer = db.prepare<[string], SignerRow>(
    `SELECT s.*, 0 AS trusted, 0 AS audits FROM signer_certificate s WHERE fingerprint = ?`,
  );
  const trust = db.prepare(
    'INSERT INTO trusted_certificate (fingerprint, added_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  const untrust = db.prepare('DELETE FROM trusted_certificate WHERE fingerprint = ?');
  const supersede = db.prepare(
    'INSERT INTO audit_superseded (audit_id, superseded_by, superseded_at) VALUES (?, ?, ?)',
  );
  const auditExists = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM audit WHERE id = ?');
  // audit_basis belongs to the on-site verification migration; prepared only when a file needs it.
  let basis: Database.Statement<[string, string]> | undefined;

  const toTrusted = (r: TrustedRow): TrustedCertificate => ({
    fingerprint: r.fingerprint,
    name: r.common_name,
    organisation: r.organisation,
    addedAt: r.added_at,
  });

  return {
    lineageMembers(lineage: string): LineageMember[] {
      return members.all({ lineage }).map((r) => ({ id: r.id, revision: r.revision, superseded: r.superseded !== 0 }));
    },
    lineageOf(auditId: string): string {
      const row = root.get(auditId);
      return row?.lineage_id ?? row?.id ?? auditId;
    },
    auditExists(id: string): boolean {
      return (auditExists.get(id)?.n ?? 0) > 0;
    },
    /** SHA-256 of the signed PDF kept for this audit: the last signature's, or the imported file's. */
    reportOf(auditId: string): string | null {
      return signedReport.get(auditId)?.pdf_sha256 ?? imported.get(auditId)?.report_sha256 ?? null;
    },
    /** The revision an imported audit's file said it corrects (kept even when that revision is not here). */
    importedPreviousId(auditId: string): string | null {
      return imported.get(auditId)?.previous_id ?? null;
    },
    insertImported(record: ImportedAuditRecord): void {
      insertImported.run(record);
    },
    supersede(auditId: string, by: string, at: string): void {
      supersede.run(auditId, by, at);
    },
    linkBasis(auditId: string, basisId: string): void {
      basis ??= db.prepare<[string, string]>('INSERT INTO audit_basis (audit_id, basis_id) VALUES (?, ?)');
      basis.run(auditId, basisId);
    },
    /** Certificates never change: a known fingerprint keeps its first record. */
    saveSigner(record: SignerRecord): void {
      insertSigner.run(record);
    },
    signer(fingerprint: string): SignerRecord | undefined {
      const row = signer.get(fingerprint);
      return (
        row && {
          fingerprint: row.fingerprint,
          commonName: row.common_name,
          organisation: row.organisation,
          certificatePem: row.certificate_pem,
          firstSeenAt: row.first_seen_at,
        }
      );
    },
    isTrusted(fingerprint: string): boolean {
      return (trusted.get(fingerprint)?.n ?? 0) > 0;
    },
    trust(fingerprint: string, at: string): void {
      trust.run(fingerprint, at);
    },
    untrust(fingerprint: string): boolean {
      return untrust.run(fingerprint).changes > 0;
    },
    listTrusted(): TrustedCertificate[] {
      return listTrusted.all().map(toTrusted);
    },
    listSigners(): Signer[] {
      return listSigners.all().map((r) => ({
        fingerprint: r.fingerprint,
        name: r.common_name,
        organisation: r.organisation,
        trusted: r.trusted !== 0,
        audits: r.audits,
        firstSeenAt: r.first_seen_at,
      }));
    },
  };
}

export type PackageRepository = ReturnType<typeof createPackageRepository>;

const repositories = new WeakMap<Db, PackageRepository>();

/** One set of prepared statements per connection. */
export function packageRepository(db: Db): PackageRepository {
  let repository = repositories.get(db);
  if (!repository) {
    repository = createPackageRepository(db);
    repositories.set(db, repository);
  }
  return repository;
}
