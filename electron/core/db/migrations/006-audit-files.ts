import type { Migration } from './types';

const HASH = (column: string) => `${column} TEXT NOT NULL CHECK (length(${column}) = 64)`;
const frozen = (table: string) => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, '${table}_immutable'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, '${table}_immutable'); END;`;

/**
 * Audit files (.dabiao, issue 5).
 * - `signer_certificate`: every certificate that signed a file imported here (or that a reviewer
 *   chose to trust), by the SHA-256 of its DER. A certificate never changes.
 * - `trusted_certificate`: the reviewer's list of trusted signers. Trust is looked up when an
 *   imported audit is shown, not copied into it, so trusting a signer later verifies the audits
 *   it already signed and untrusting it makes them unverified again.
 * - `imported_audit`: where an imported audit came from. (lineage_id, revision) names a file:
 *   lineage_id is the id of revision 1. `previous_id` is the revision the file says it corrects;
 *   `audit.previous_id` holds it only when that revision is here too (it is a foreign key).
 *   Written once by the import transaction, never changed.
 * - `audit_superseded`: an older revision replaced by a newer one that was imported. The older
 *   audit stays (history is kept); roll-ups skip it.
 */
export const migration006: Migration = {
  version: 6,
  name: 'audit-files',
  up(db) {
    db.exec(`
CREATE TABLE signer_certificate (
  ${HASH('fingerprint')} PRIMARY KEY,
  common_name      TEXT NOT NULL,
  organisation     TEXT,
  certificate_pem  TEXT NOT NULL,
  first_seen_at    TEXT NOT NULL
) STRICT;
${frozen('signer_certificate')}

CREATE TABLE trusted_certificate (
  fingerprint  TEXT PRIMARY KEY REFERENCES signer_certificate (fingerprint),
  added_at     TEXT NOT NULL
) STRICT;

CREATE TABLE imported_audit (
  audit_id            TEXT PRIMARY KEY REFERENCES audit (id),
  lineage_id          TEXT NOT NULL,
  revision            INTEGER NOT NULL CHECK (revision >= 1),
  previous_id         TEXT,
  signer_fingerprint  TEXT NOT NULL REFERENCES signer_certificate (fingerprint),
  ${HASH('manifest_sha256')},
  ${HASH('document_sha256')},
  ${HASH('file_sha256')},
  file_name           TEXT NOT NULL,
  report_sha256       TEXT CHECK (report_sha256 IS NULL OR length(report_sha256) = 64),
  app_version         TEXT NOT NULL,
  exported_at         TEXT NOT NULL,
  imported_at         TEXT NOT NULL,
  UNIQUE (lineage_id, revision)
) STRICT;
CREATE INDEX imported_audit_signer ON imported_audit (signer_fingerprint);
${frozen('imported_audit')}

CREATE TABLE audit_superseded (
  audit_id       TEXT PRIMARY KEY REFERENCES audit (id),
  superseded_by  TEXT NOT NULL REFERENCES audit (id) CHECK (superseded_by <> audit_id),
  superseded_at  TEXT NOT NULL
) STRICT;
CREATE INDEX audit_superseded_by ON audit_superseded (superseded_by);
${frozen('audit_superseded')}
`);
  },
};
