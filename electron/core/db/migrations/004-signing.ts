import type { Migration } from './types';

const LOCKED = `('signed', 'exported')`;
const lockedAudit = (ref: 'NEW' | 'OLD') => `(SELECT status FROM audit WHERE id = ${ref}.audit_id) IN ${LOCKED}`;

/**
 * Signer identities, the cryptographic signatures of reports and the handwritten ones.
 * - An identity's certificate and key never change: a new certificate is a new identity.
 * - A report signature is only recorded while its audit is `completed` (the signing transaction
 *   moves it to `signed` right after) and is never changed or removed.
 * - Handwritten signatures are part of the signed content: frozen with the audit, like answers.
 */
export const migration004: Migration = {
  version: 4,
  name: 'signing',
  up(db) {
    db.exec(`
CREATE TABLE identity (
  id                TEXT PRIMARY KEY,
  name              TEXT NOT NULL,
  organisation      TEXT,
  role              TEXT,
  certificate_pem   TEXT NOT NULL,
  chain_json        TEXT NOT NULL CHECK (json_valid(chain_json)),
  fingerprint       TEXT NOT NULL UNIQUE CHECK (length(fingerprint) = 64),
  not_before        TEXT NOT NULL,
  not_after         TEXT NOT NULL,
  source            TEXT NOT NULL CHECK (source IN ('created', 'imported')),
  key_protection    TEXT NOT NULL CHECK (key_protection IN ('passphrase', 'os_keychain')),
  private_key_blob  BLOB NOT NULL,
  created_at        TEXT NOT NULL
) STRICT;
CREATE TRIGGER identity_immutable BEFORE UPDATE ON identity
BEGIN SELECT RAISE(ABORT, 'identity_immutable'); END;

CREATE TABLE report_signature (
  id               TEXT PRIMARY KEY,
  audit_id         TEXT NOT NULL REFERENCES audit (id),
  identity_id      TEXT NOT NULL REFERENCES identity (id),
  position         INTEGER NOT NULL CHECK (position >= 1),
  fingerprint      TEXT NOT NULL CHECK (length(fingerprint) = 64),
  document_sha256  TEXT NOT NULL CHECK (length(document_sha256) = 64),
  pdf_sha256       TEXT NOT NULL CHECK (length(pdf_sha256) = 64),
  pages            INTEGER NOT NULL CHECK (pages >= 1),
  signed_at        TEXT NOT NULL,
  UNIQUE (audit_id, position)
) STRICT;
CREATE INDEX report_signature_identity ON report_signature (identity_id);
CREATE TRIGGER report_signature_completed_only BEFORE INSERT ON report_signature
WHEN (SELECT status FROM audit WHERE id = NEW.audit_id) IS NOT 'completed'
BEGIN SELECT RAISE(ABORT, 'audit_not_completed'); END;
CREATE TRIGGER report_signature_no_update BEFORE UPDATE ON report_signature
BEGIN SELECT RAISE(ABORT, 'report_signature_immutable'); END;
CREATE TRIGGER report_signature_no_delete BEFORE DELETE ON report_signature
BEGIN SELECT RAISE(ABORT, 'report_signature_immutable'); END;

CREATE TABLE handwritten_signature (
  id           TEXT PRIMARY KEY,
  audit_id     TEXT NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
  signer_name  TEXT NOT NULL,
  role         TEXT NOT NULL,
  png          BLOB NOT NULL,
  png_sha256   TEXT NOT NULL CHECK (length(png_sha256) = 64),
  signed_at    TEXT NOT NULL,
  UNIQUE (audit_id, signer_name, role)
) STRICT;
CREATE TRIGGER handwritten_signature_locked_insert BEFORE INSERT ON handwritten_signature
WHEN ${lockedAudit('NEW')}
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
CREATE TRIGGER handwritten_signature_locked_update BEFORE UPDATE ON handwritten_signature
WHEN ${lockedAudit('OLD')} OR ${lockedAudit('NEW')}
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
CREATE TRIGGER handwritten_signature_locked_delete BEFORE DELETE ON handwritten_signature
WHEN ${lockedAudit('OLD')}
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
`);
  },
};
