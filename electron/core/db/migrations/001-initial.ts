import { APPLICATION_ID } from '../schema-id';
import type { Migration } from './types';

const LEVELS = `('county_hospital', 'township_health_center', 'village_clinic')`;
const LOCKED = `('signed', 'exported')`;

const TABLES = `
CREATE TABLE standard (
  key          TEXT PRIMARY KEY,
  standard_id  TEXT NOT NULL,
  version      TEXT NOT NULL,
  variant_id   TEXT,
  level        TEXT NOT NULL CHECK (level IN ${LEVELS}),
  builtin      INTEGER NOT NULL CHECK (builtin IN (0, 1)),
  json         TEXT NOT NULL CHECK (json_valid(json)),
  sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
  created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX standard_level ON standard (level, standard_id, version);

CREATE TABLE variant (
  standard_id  TEXT NOT NULL,
  id           TEXT NOT NULL,
  builtin      INTEGER NOT NULL CHECK (builtin IN (0, 1)),
  json         TEXT NOT NULL CHECK (json_valid(json)),
  sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
  created_at   TEXT NOT NULL,
  PRIMARY KEY (standard_id, id)
) STRICT;

CREATE TABLE catalog (
  kind         TEXT NOT NULL CHECK (kind IN ('drug', 'equipment')),
  id           TEXT NOT NULL,
  version      TEXT NOT NULL,
  builtin      INTEGER NOT NULL CHECK (builtin IN (0, 1)),
  json         TEXT NOT NULL CHECK (json_valid(json)),
  sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
  created_at   TEXT NOT NULL,
  PRIMARY KEY (kind, id, version)
) STRICT;

CREATE TABLE facility (
  id                   TEXT PRIMARY KEY,
  code                 TEXT NOT NULL UNIQUE,
  name                 TEXT NOT NULL,
  level                TEXT NOT NULL CHECK (level IN ${LEVELS}),
  province             TEXT NOT NULL,
  prefecture           TEXT NOT NULL,
  county               TEXT NOT NULL,
  township             TEXT,
  village              TEXT,
  service_population   INTEGER CHECK (service_population >= 0),
  resident_population  INTEGER CHECK (resident_population >= 0),
  beds                 INTEGER CHECK (beds >= 0),
  variant              TEXT,
  iv_service_approved  INTEGER NOT NULL CHECK (iv_service_approved IN (0, 1)),
  township_seat        INTEGER NOT NULL CHECK (township_seat IN (0, 1)),
  shared_clinic        INTEGER NOT NULL CHECK (shared_clinic IN (0, 1)),
  poor_county          INTEGER NOT NULL CHECK (poor_county IN (0, 1)),
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL
) STRICT;
CREATE INDEX facility_admin ON facility (province, prefecture, county, township, village);
CREATE INDEX facility_level_name ON facility (level, name);
CREATE INDEX facility_name ON facility (name);

CREATE TABLE audit (
  id            TEXT PRIMARY KEY,
  revision      INTEGER NOT NULL CHECK (revision >= 1),
  previous_id   TEXT REFERENCES audit (id),
  facility_id   TEXT NOT NULL REFERENCES facility (id),
  standard_key  TEXT NOT NULL REFERENCES standard (key),
  kind          TEXT NOT NULL CHECK (kind IN ('self_assessment', 'on_site_inspection', 'follow_up', 'spot_check')),
  announced     INTEGER NOT NULL CHECK (announced IN (0, 1)),
  status        TEXT NOT NULL CHECK (status IN ('draft', 'in_progress', 'completed', 'signed', 'exported')),
  team_json     TEXT NOT NULL CHECK (json_valid(team_json)),
  facts_json    TEXT NOT NULL CHECK (json_valid(facts_json)),
  audit_date    TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  completed_at  TEXT
) STRICT;
CREATE INDEX audit_facility ON audit (facility_id, audit_date);
CREATE INDEX audit_status ON audit (status, audit_date);
CREATE INDEX audit_previous ON audit (previous_id);
CREATE INDEX audit_standard ON audit (standard_key);
CREATE INDEX audit_date ON audit (audit_date);

CREATE TABLE answer (
  audit_id               TEXT NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
  criterion_id           TEXT NOT NULL,
  value_json             TEXT CHECK (value_json IS NULL OR json_valid(value_json)),
  not_applicable_reason  TEXT,
  note                   TEXT,
  answered_by            TEXT,
  answered_at            TEXT NOT NULL,
  PRIMARY KEY (audit_id, criterion_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE staff_member (
  id             TEXT PRIMARY KEY,
  audit_id       TEXT NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
  name           TEXT NOT NULL,
  qualification  TEXT NOT NULL,
  license_no     TEXT,
  practice_site  TEXT,
  department     TEXT,
  verified       INTEGER NOT NULL CHECK (verified IN (0, 1)),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX staff_member_audit ON staff_member (audit_id);

CREATE TABLE equipment_item (
  id            TEXT PRIMARY KEY,
  audit_id      TEXT NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
  catalog_code  TEXT NOT NULL,
  present       INTEGER NOT NULL CHECK (present IN (0, 1)),
  working       INTEGER NOT NULL CHECK (working IN (0, 1)),
  count         INTEGER NOT NULL CHECK (count >= 0),
  note          TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX equipment_item_audit ON equipment_item (audit_id);

CREATE TABLE drug_stock (
  id              TEXT PRIMARY KEY,
  audit_id        TEXT NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
  catalog_code    TEXT,
  generic_name    TEXT NOT NULL,
  in_stock        INTEGER NOT NULL CHECK (in_stock IN (0, 1)),
  quantity        INTEGER CHECK (quantity >= 0),
  nearest_expiry  TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX drug_stock_audit ON drug_stock (audit_id);

CREATE TABLE finding (
  id                  TEXT PRIMARY KEY,
  audit_id            TEXT NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
  criterion_id        TEXT NOT NULL,
  description         TEXT NOT NULL,
  corrective_action   TEXT,
  responsible         TEXT,
  deadline            TEXT,
  status              TEXT NOT NULL CHECK (status IN ('open', 'rectifying', 'verified', 'closed')),
  closed_by_audit_id  TEXT REFERENCES audit (id),
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
) STRICT;
CREATE INDEX finding_audit ON finding (audit_id, criterion_id);
CREATE INDEX finding_status ON finding (status, deadline);
CREATE INDEX finding_closed_by ON finding (closed_by_audit_id);

CREATE TABLE evidence (
  id            TEXT PRIMARY KEY,
  audit_id      TEXT NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
  sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
  filename      TEXT NOT NULL,
  mime          TEXT NOT NULL,
  size          INTEGER NOT NULL CHECK (size >= 0),
  criterion_id  TEXT,
  finding_id    TEXT REFERENCES finding (id) ON DELETE SET NULL,
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX evidence_audit ON evidence (audit_id, criterion_id);
CREATE INDEX evidence_sha256 ON evidence (sha256);
CREATE INDEX evidence_finding ON evidence (finding_id);

CREATE TABLE event_log (
  seq           INTEGER PRIMARY KEY,
  at            TEXT NOT NULL,
  actor         TEXT NOT NULL,
  type          TEXT NOT NULL,
  entity        TEXT NOT NULL,
  entity_id     TEXT NOT NULL,
  payload_json  TEXT NOT NULL CHECK (json_valid(payload_json)),
  prev_hash     TEXT NOT NULL CHECK (length(prev_hash) = 64),
  hash          TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
) STRICT;
CREATE INDEX event_log_entity ON event_log (entity, entity_id, seq);
`;

/** A standard or catalogue an audit may have used is never rewritten: a new version is a new row. */
const IMMUTABLE_RECORDS = ['standard', 'variant', 'catalog']
  .map(
    (table) => `
CREATE TRIGGER ${table}_immutable BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, '${table}_immutable'); END;`,
  )
  .join('\n');

/**
 * Signed content is frozen in the database itself (DESIGN §1.6), whatever code path writes.
 * Findings keep their follow-up columns (status, closed_by_audit_id) writable: rectification is
 * tracked after signing and closed by a later audit.
 */
function lockTriggers(table: string, frozenColumns?: readonly string[]): string {
  const lockedAudit = (ref: 'NEW' | 'OLD') => `(SELECT status FROM audit WHERE id = ${ref}.audit_id) IN ${LOCKED}`;
  const changed = frozenColumns
    ? ` AND (${['audit_id', ...frozenColumns].map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR ')})`
    : '';
  return `
CREATE TRIGGER ${table}_locked_insert BEFORE INSERT ON ${table} WHEN ${lockedAudit('NEW')}
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
CREATE TRIGGER ${table}_locked_update BEFORE UPDATE ON ${table}
WHEN (${lockedAudit('OLD')} OR ${lockedAudit('NEW')})${changed}
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
CREATE TRIGGER ${table}_locked_delete BEFORE DELETE ON ${table} WHEN ${lockedAudit('OLD')}
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;`;
}

const AUDIT_CONTENT = [
  'revision',
  'previous_id',
  'facility_id',
  'standard_key',
  'kind',
  'announced',
  'team_json',
  'facts_json',
  'audit_date',
];

const AUDIT_LOCK = `
CREATE TRIGGER audit_locked_update BEFORE UPDATE ON audit
WHEN OLD.status IN ${LOCKED}
  AND (NEW.status NOT IN ${LOCKED} OR ${AUDIT_CONTENT.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR ')})
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;
CREATE TRIGGER audit_locked_delete BEFORE DELETE ON audit WHEN OLD.status IN ${LOCKED}
BEGIN SELECT RAISE(ABORT, 'audit_locked'); END;`;

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.exec(TABLES);
    db.exec(IMMUTABLE_RECORDS);
    db.exec(AUDIT_LOCK);
    for (const table of ['answer', 'staff_member', 'equipment_item', 'drug_stock', 'evidence'])
      db.exec(lockTriggers(table));
    db.exec(lockTriggers('finding', ['criterion_id', 'description', 'corrective_action', 'responsible', 'deadline']));
  },
};
