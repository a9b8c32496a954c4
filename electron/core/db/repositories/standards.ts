import type { FacilityLevel } from '../../../../shared/domain/common';
import { fromBit, toBit, type Db } from '../sql';

/** A stored standard: the resolved JSON exactly as audits will read it, plus its digest. */
export interface StandardRecord {
  key: string;
  standardId: string;
  version: string;
  variantId: string | null;
  level: FacilityLevel;
  builtin: boolean;
  json: string;
  sha256: string;
  createdAt: string;
}

export interface VariantRecord {
  standardId: string;
  id: string;
  builtin: boolean;
  json: string;
  sha256: string;
  createdAt: string;
}

interface StandardRow {
  key: string;
  standard_id: string;
  version: string;
  variant_id: string | null;
  level: FacilityLevel;
  builtin: number;
  json: string;
  sha256: string;
  created_at: string;
}

interface VariantRow {
  standard_id: string;
  id: string;
  builtin: number;
  json: string;
  sha256: string;
  created_at: string;
}

const toStandard = (r: StandardRow): StandardRecord => ({
  key: r.key,
  standardId: r.standard_id,
  version: r.version,
  variantId: r.variant_id,
  level: r.level,
  builtin: fromBit(r.builtin),
  json: r.json,
  sha256: r.sha256,
  createdAt: r.created_at,
});

const toVariant = (r: VariantRow): VariantRecord => ({
  standardId: r.standard_id,
  id: r.id,
  builtin: fromBit(r.builtin),
  json: r.json,
  sha256: r.sha256,
  createdAt: r.created_at,
});

export function createStandardsRepository(db: Db) {
  const insertStandard = db.prepare(
    `INSERT INTO standard (key, standard_id, version, variant_id, level, builtin, json, sha256, created_at)
     VALUES (@key, @standardId, @version, @variantId, @level, @builtin, @json, @sha256, @createdAt)`,
  );
  const getStandard = db.prepare<[string], StandardRow>('SELECT * FROM standard WHERE key = ?');
  const listAll = db.prepare<[], StandardRow>('SELECT * FROM standard ORDER BY level, standard_id, version, key');
  const listByLevel = db.prepare<[string], StandardRow>(
    'SELECT * FROM standard WHERE level = ? ORDER BY standard_id, version, key',
  );
  const deleteStandard = db.prepare('DELETE FROM standard WHERE key = ?');
  const referenced = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM audit WHERE standard_key = ?');
  const countStandards = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM standard');

  const insertVariant = db.prepare(
    `INSERT INTO variant (standard_id, id, builtin, json, sha256, created_at)
     VALUES (@standardId, @id, @builtin, @json, @sha256, @createdAt)`,
  );
  const getVariant = db.prepare<[string, string], VariantRow>('SELECT * FROM variant WHERE standard_id = ? AND id = ?');
  const listVariants = db.prepare<[], VariantRow>('SELECT * FROM variant ORDER BY standard_id, id');
  const listVariantsOf = db.prepare<[string], VariantRow>('SELECT * FROM variant WHERE standard_id = ? ORDER BY id');
  const deleteVariant = db.prepare('DELETE FROM variant WHERE standard_id = ? AND id = ?');

  return {
    insert(record: StandardRecord): void {
      insertStandard.run({ ...record, builtin: toBit(record.builtin) });
    },
    get(key: string): StandardRecord | undefined {
      const row = getStandard.get(key);
      return row && toStandard(row);
    },
    list(level?: FacilityLevel): StandardRecord[] {
      return (level ? listByLevel.all(level) : listAll.all()).map(toStandard);
    },
    /** Only ever for a record no audit points to (the foreign key refuses the others). */
    remove(key: string): void {
      deleteStandard.run(key);
    },
    isReferenced(key: string): boolean {
      return (referenced.get(key)?.n ?? 0) > 0;
    },
    count(): number {
      return countStandards.get()?.n ?? 0;
    },
    insertVariant(record: VariantRecord): void {
      insertVariant.run({ ...record, builtin: toBit(record.builtin) });
    },
    getVariant(standardId: string, id: string): VariantRecord | undefined {
      const row = getVariant.get(standardId, id);
      return row && toVariant(row);
    },
    listVariants(standardId?: string): VariantRecord[] {
      return (standardId ? listVariantsOf.all(standardId) : listVariants.all()).map(toVariant);
    },
    removeVariant(standardId: string, id: string): void {
      deleteVariant.run(standardId, id);
    },
  };
}

export type StandardsRepository = ReturnType<typeof createStandardsRepository>;
