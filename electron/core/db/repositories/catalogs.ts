import { fromBit, toBit, type Db } from '../sql';

export type CatalogKind = 'drug' | 'equipment';

export interface CatalogRecord {
  kind: CatalogKind;
  id: string;
  version: string;
  builtin: boolean;
  json: string;
  sha256: string;
  createdAt: string;
}

interface CatalogRow {
  kind: CatalogKind;
  id: string;
  version: string;
  builtin: number;
  json: string;
  sha256: string;
  created_at: string;
}

const toRecord = (r: CatalogRow): CatalogRecord => ({
  kind: r.kind,
  id: r.id,
  version: r.version,
  builtin: fromBit(r.builtin),
  json: r.json,
  sha256: r.sha256,
  createdAt: r.created_at,
});

export function createCatalogsRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO catalog (kind, id, version, builtin, json, sha256, created_at)
     VALUES (@kind, @id, @version, @builtin, @json, @sha256, @createdAt)`,
  );
  const getVersion = db.prepare<[CatalogKind, string, string], CatalogRow>(
    'SELECT * FROM catalog WHERE kind = ? AND id = ? AND version = ?',
  );
  // Versions are opaque codes: the most recently stored one is the current one.
  const latest = db.prepare<[CatalogKind, string], CatalogRow>(
    'SELECT * FROM catalog WHERE kind = ? AND id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
  );
  const list = db.prepare<[CatalogKind], CatalogRow>('SELECT * FROM catalog WHERE kind = ? ORDER BY id, created_at');
  const remove = db.prepare('DELETE FROM catalog WHERE kind = ? AND id = ? AND version = ?');

  return {
    insert(record: CatalogRecord): void {
      insert.run({ ...record, builtin: toBit(record.builtin) });
    },
    get(kind: CatalogKind, id: string, version?: string): CatalogRecord | undefined {
      const row = version === undefined ? latest.get(kind, id) : getVersion.get(kind, id, version);
      return row && toRecord(row);
    },
    list(kind: CatalogKind): CatalogRecord[] {
      return list.all(kind).map(toRecord);
    },
    remove(kind: CatalogKind, id: string, version: string): void {
      remove.run(kind, id, version);
    },
  };
}

export type CatalogsRepository = ReturnType<typeof createCatalogsRepository>;
