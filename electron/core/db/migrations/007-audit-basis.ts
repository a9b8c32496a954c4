import type { Migration } from './types';

/**
 * Self-assessment first, on-site verification of it second: an inspection started from a
 * self-assessment names it here. A separate table, not an `audit` column, so audit rows keep their
 * shape; no foreign key, because a reviewer may import the inspection before (or without) the
 * self-assessment it verified. Set once, when the inspection is created, and never changed.
 */
export const migration007: Migration = {
  version: 7,
  name: 'audit-basis',
  up(db) {
    db.exec(`
CREATE TABLE audit_basis (
  audit_id  TEXT PRIMARY KEY REFERENCES audit (id) ON DELETE CASCADE,
  basis_id  TEXT NOT NULL CHECK (basis_id <> audit_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX audit_basis_basis ON audit_basis (basis_id);
CREATE TRIGGER audit_basis_frozen BEFORE UPDATE ON audit_basis
BEGIN
  SELECT RAISE(ABORT, 'audit_basis is set once');
END;
`);
  },
};
