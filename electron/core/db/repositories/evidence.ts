import { guardLocked, type Db } from '../sql';

/** One file attached to an audit; the bytes live content-addressed by sha256 outside the database. */
export interface EvidenceRecord {
  id: string;
  auditId: string;
  sha256: string;
  filename: string;
  mime: string;
  size: number;
  criterionId: string | null;
  findingId: string | null;
  createdAt: string;
}

interface EvidenceRow {
  id: string;
  audit_id: string;
  sha256: string;
  filename: string;
  mime: string;
  size: number;
  criterion_id: string | null;
  finding_id: string | null;
  created_at: string;
}

const toRecord = (r: EvidenceRow): EvidenceRecord => ({
  id: r.id,
  auditId: r.audit_id,
  sha256: r.sha256,
  filename: r.filename,
  mime: r.mime,
  size: r.size,
  criterionId: r.criterion_id,
  findingId: r.finding_id,
  createdAt: r.created_at,
});

export function createEvidenceRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO evidence (id, audit_id, sha256, filename, mime, size, criterion_id, finding_id, created_at)
     VALUES (@id, @auditId, @sha256, @filename, @mime, @size, @criterionId, @findingId, @createdAt)`,
  );
  const remove = db.prepare('DELETE FROM evidence WHERE id = ? AND audit_id = ?');
  const byId = db.prepare<[string], EvidenceRow>('SELECT * FROM evidence WHERE id = ?');
  const byAudit = db.prepare<[string], EvidenceRow>(
    'SELECT * FROM evidence WHERE audit_id = ? ORDER BY created_at, rowid',
  );
  const uses = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM evidence WHERE sha256 = ?');

  return {
    insert(record: EvidenceRecord): void {
      guardLocked(record.auditId, () => insert.run(record));
    },
    remove(auditId: string, id: string): boolean {
      return guardLocked(auditId, () => remove.run(id, auditId).changes > 0);
    },
    get(id: string): EvidenceRecord | undefined {
      const row = byId.get(id);
      return row && toRecord(row);
    },
    listByAudit(auditId: string): EvidenceRecord[] {
      return byAudit.all(auditId).map(toRecord);
    },
    /** How many attachments still point at a stored file: 0 means its bytes may be removed. */
    usesOf(sha256: string): number {
      return uses.get(sha256)?.n ?? 0;
    },
  };
}

export type EvidenceRepository = ReturnType<typeof createEvidenceRepository>;
