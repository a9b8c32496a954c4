import type Database from 'better-sqlite3';
import type { AuditDocument } from '../../../shared/logic/audit-document';
import { toBit, type Db } from '../db/sql';

/**
 * Plain INSERTs of an imported audit's answers and roster rows. The repositories upsert (an
 * autosave may write a row again) with named parameters; an import only ever adds rows to a new
 * audit, and over 15,000 files of ~300 rows those upserts took twice the time of these
 * statements (measured). The lock triggers still apply: the audit is not locked yet. An id
 * already used elsewhere fails the primary key, and the import refuses the file (id_conflict).
 */
function prepare(db: Db) {
  const insert = (table: string, columns: readonly string[]) =>
    db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  return {
    answer: insert('answer', [
      'audit_id',
      'criterion_id',
      'value_json',
      'not_applicable_reason',
      'note',
      'answered_by',
      'answered_at',
    ]),
    staff: insert('staff_member', [
      'id',
      'audit_id',
      'name',
      'qualification',
      'license_no',
      'practice_site',
      'department',
      'verified',
      'created_at',
      'updated_at',
    ]),
    equipment: insert('equipment_item', [
      'id',
      'audit_id',
      'catalog_code',
      'present',
      'working',
      'count',
      'note',
      'created_at',
      'updated_at',
    ]),
    drug: insert('drug_stock', [
      'id',
      'audit_id',
      'catalog_code',
      'generic_name',
      'in_stock',
      'quantity',
      'nearest_expiry',
      'created_at',
      'updated_at',
    ]),
  };
}

const statements = new WeakMap<Db, Record<'answer' | 'staff' | 'equipment' | 'drug', Database.Statement>>();

export function insertAuditRows(db: Db, auditId: string, document: AuditDocument, at: string): void {
  let s = statements.get(db);
  if (!s) {
    s = prepare(db);
    statements.set(db, s);
  }
  for (const a of document.answers) {
    s.answer.run(
      auditId,
      a.criterionId,
      a.value === null ? null : JSON.stringify(a.value),
      a.notApplicableReason ?? null,
      a.note ?? null,
      a.answeredBy ?? null,
      a.answeredAt,
    );
  }
  const { staff, equipment, drugs } = document.rosters;
  for (const r of staff) {
    s.staff.run(
      r.id,
      auditId,
      r.name,
      r.qualification,
      r.licenseNo ?? null,
      r.practiceSite ?? null,
      r.department ?? null,
      toBit(r.verified),
      at,
      at,
    );
  }
  for (const r of equipment)
    s.equipment.run(r.id, auditId, r.catalogCode, toBit(r.present), toBit(r.working), r.count, r.note ?? null, at, at);
  for (const r of drugs) {
    s.drug.run(
      r.id,
      auditId,
      r.catalogCode ?? null,
      r.genericName,
      toBit(r.inStock),
      r.quantity ?? null,
      r.nearestExpiry ?? null,
      at,
      at,
    );
  }
}
