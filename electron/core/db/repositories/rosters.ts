import type Database from 'better-sqlite3';
import type { DrugStock, EquipmentItem, Rosters, StaffMember } from '../../../../shared/domain/audit';
import type { StaffQualification } from '../../../../shared/domain/standard';
import { fromBit, guardLocked, optional, toBit, type Db } from '../sql';

export type RosterName = 'staff' | 'equipment' | 'drugs';

const TABLES: Record<RosterName, string> = { staff: 'staff_member', equipment: 'equipment_item', drugs: 'drug_stock' };

interface StaffRow {
  id: string;
  audit_id: string;
  name: string;
  qualification: StaffQualification;
  license_no: string | null;
  practice_site: string | null;
  department: string | null;
  verified: number;
}

interface EquipmentRow {
  id: string;
  audit_id: string;
  catalog_code: string;
  present: number;
  working: number;
  count: number;
  note: string | null;
}

interface DrugRow {
  id: string;
  audit_id: string;
  catalog_code: string | null;
  generic_name: string;
  in_stock: number;
  quantity: number | null;
  nearest_expiry: string | null;
}

const toStaff = (r: StaffRow): StaffMember => ({
  id: r.id,
  name: r.name,
  qualification: r.qualification,
  ...optional('licenseNo', r.license_no),
  ...optional('practiceSite', r.practice_site),
  ...optional('department', r.department),
  verified: fromBit(r.verified),
});

const toEquipment = (r: EquipmentRow): EquipmentItem => ({
  id: r.id,
  catalogCode: r.catalog_code,
  present: fromBit(r.present),
  working: fromBit(r.working),
  count: r.count,
  ...optional('note', r.note),
});

const toDrug = (r: DrugRow): DrugStock => ({
  id: r.id,
  ...optional('catalogCode', r.catalog_code),
  genericName: r.generic_name,
  inStock: fromBit(r.in_stock),
  ...optional('quantity', r.quantity),
  ...optional('nearestExpiry', r.nearest_expiry),
});

/** Insert-or-update keyed by row id; the audit id is part of the match so a row never changes audit. */
function upsertSql(table: string, columns: readonly string[]): string {
  const all = ['id', 'audit_id', ...columns, 'created_at', 'updated_at'];
  return `INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map((c) => `@${c}`).join(', ')})
          ON CONFLICT (id) DO UPDATE SET ${[...columns, 'updated_at'].map((c) => `${c} = excluded.${c}`).join(', ')}
          WHERE ${table}.audit_id = excluded.audit_id`;
}

export function createRostersRepository(db: Db) {
  const upsertStaff = db.prepare(
    upsertSql('staff_member', ['name', 'qualification', 'license_no', 'practice_site', 'department', 'verified']),
  );
  const upsertEquipment = db.prepare(
    upsertSql('equipment_item', ['catalog_code', 'present', 'working', 'count', 'note']),
  );
  const upsertDrug = db.prepare(
    upsertSql('drug_stock', ['catalog_code', 'generic_name', 'in_stock', 'quantity', 'nearest_expiry']),
  );
  const staffOf = db.prepare<[string], StaffRow>('SELECT * FROM staff_member WHERE audit_id = ? ORDER BY rowid');
  const equipmentOf = db.prepare<[string], EquipmentRow>(
    'SELECT * FROM equipment_item WHERE audit_id = ? ORDER BY rowid',
  );
  const drugsOf = db.prepare<[string], DrugRow>('SELECT * FROM drug_stock WHERE audit_id = ? ORDER BY rowid');
  const perRoster = <T>(make: (table: string) => T): Record<RosterName, T> => ({
    staff: make(TABLES.staff),
    equipment: make(TABLES.equipment),
    drugs: make(TABLES.drugs),
  });
  const remove = perRoster((table) =>
    db.prepare<[string, string]>(`DELETE FROM ${table} WHERE audit_id = ? AND id = ?`),
  );
  const owner = perRoster((table) =>
    db.prepare<[string], { audit_id: string }>(`SELECT audit_id FROM ${table} WHERE id = ?`),
  );

  /**
   * Fills in the key and timestamp columns `upsertSql` adds to every roster. Returns false when
   * the id already belongs to another audit (nothing is written then).
   */
  const run = (
    auditId: string,
    statement: Database.Statement,
    id: string,
    at: string,
    fields: Record<string, unknown>,
  ) =>
    guardLocked(
      auditId,
      () => statement.run({ id, audit_id: auditId, ...fields, created_at: at, updated_at: at }).changes > 0,
    );

  return {
    saveStaff(auditId: string, row: StaffMember, at: string): boolean {
      return run(auditId, upsertStaff, row.id, at, {
        name: row.name,
        qualification: row.qualification,
        license_no: row.licenseNo ?? null,
        practice_site: row.practiceSite ?? null,
        department: row.department ?? null,
        verified: toBit(row.verified),
      });
    },
    saveEquipment(auditId: string, row: EquipmentItem, at: string): boolean {
      return run(auditId, upsertEquipment, row.id, at, {
        catalog_code: row.catalogCode,
        present: toBit(row.present),
        working: toBit(row.working),
        count: row.count,
        note: row.note ?? null,
      });
    },
    saveDrug(auditId: string, row: DrugStock, at: string): boolean {
      return run(auditId, upsertDrug, row.id, at, {
        catalog_code: row.catalogCode ?? null,
        generic_name: row.genericName,
        in_stock: toBit(row.inStock),
        quantity: row.quantity ?? null,
        nearest_expiry: row.nearestExpiry ?? null,
      });
    },
    remove(auditId: string, roster: RosterName, id: string): boolean {
      return guardLocked(auditId, () => remove[roster].run(auditId, id).changes > 0);
    },
    /** The audit a row belongs to, if the row exists. */
    ownerOf(roster: RosterName, id: string): string | undefined {
      return owner[roster].get(id)?.audit_id;
    },
    list(auditId: string): Rosters {
      return {
        staff: staffOf.all(auditId).map(toStaff),
        equipment: equipmentOf.all(auditId).map(toEquipment),
        drugs: drugsOf.all(auditId).map(toDrug),
      };
    },
  };
}

export type RostersRepository = ReturnType<typeof createRostersRepository>;
