import type { HandwrittenSignature } from '../../../shared/ipc/contracts/signing';
import { guardLocked, type Db } from '../db/sql';

export interface ReportSignatureRecord {
  id: string;
  auditId: string;
  identityId: string;
  position: number;
  fingerprint: string;
  documentSha256: string;
  pdfSha256: string;
  pages: number;
  signedAt: string;
}

export interface HandwrittenRecord {
  id: string;
  auditId: string;
  name: string;
  role: HandwrittenSignature['role'];
  png: Buffer;
  pngSha256: string;
  signedAt: string;
}

interface HandwrittenRow {
  id: string;
  audit_id: string;
  signer_name: string;
  role: HandwrittenSignature['role'];
  png: Buffer;
  png_sha256: string;
  signed_at: string;
}

export function createSignatureRepository(db: Db) {
  const insertReport = db.prepare(
    `INSERT INTO report_signature (id, audit_id, identity_id, position, fingerprint, document_sha256, pdf_sha256,
                                   pages, signed_at)
     VALUES (@id, @auditId, @identityId, @position, @fingerprint, @documentSha256, @pdfSha256, @pages, @signedAt)`,
  );
  // One signature per person and role: signing again replaces the drawing (until the audit is signed).
  const upsertHandwritten = db.prepare(
    `INSERT INTO handwritten_signature (id, audit_id, signer_name, role, png, png_sha256, signed_at)
     VALUES (@id, @auditId, @name, @role, @png, @pngSha256, @signedAt)
     ON CONFLICT (audit_id, signer_name, role)
     DO UPDATE SET png = excluded.png, png_sha256 = excluded.png_sha256, signed_at = excluded.signed_at`,
  );
  const handwrittenOne = db.prepare<[string, string, string], HandwrittenRow>(
    'SELECT * FROM handwritten_signature WHERE audit_id = ? AND signer_name = ? AND role = ?',
  );
  const handwrittenByAudit = db.prepare<[string], HandwrittenRow>(
    'SELECT * FROM handwritten_signature WHERE audit_id = ? ORDER BY signed_at, rowid',
  );

  const toHandwritten = (r: HandwrittenRow): HandwrittenRecord => ({
    id: r.id,
    auditId: r.audit_id,
    name: r.signer_name,
    role: r.role,
    png: r.png,
    pngSha256: r.png_sha256,
    signedAt: r.signed_at,
  });

  return {
    insertReport(record: ReportSignatureRecord): void {
      insertReport.run(record);
    },
    /** Returns the row as stored: a replaced drawing keeps the id it was first saved under. */
    saveHandwritten(record: HandwrittenRecord): HandwrittenRecord {
      guardLocked(record.auditId, () => upsertHandwritten.run(record));
      const row = handwrittenOne.get(record.auditId, record.name, record.role);
      if (!row) throw new Error('handwritten signature vanished after its write');
      return toHandwritten(row);
    },
    listHandwritten(auditId: string): HandwrittenRecord[] {
      return handwrittenByAudit.all(auditId).map(toHandwritten);
    },
  };
}

export type SignatureRepository = ReturnType<typeof createSignatureRepository>;
