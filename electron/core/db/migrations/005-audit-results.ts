import type { Migration } from './types';

const FINISHED = `('completed', 'signed', 'exported')`;

/**
 * Provincial review (issue 5).
 * - `audit_result` caches the score of every finished (completed, signed, exported) audit, so a
 *   roll-up over 15,000 audits reads one compact row each instead of rescoring. It is derived
 *   data: written when an audit becomes completed or is imported, recomputed from the audit when
 *   missing, and removed by the database itself when the audit stops being finished.
 * - `sample_draw` keeps every random sample drawn for spot checks (明查暗访) with its seed and
 *   request, so a draw can be shown and repeated later. Draws are a record: never changed or removed.
 */
export const migration005: Migration = {
  version: 5,
  name: 'audit-results',
  up(db) {
    db.exec(`
CREATE TABLE audit_result (
  audit_id                TEXT PRIMARY KEY REFERENCES audit (id) ON DELETE CASCADE,
  -- Copied from the audit (fixed once it is finished), so a roll-up reads this table alone.
  facility_id             TEXT NOT NULL REFERENCES facility (id),
  audit_date              TEXT NOT NULL,
  revision                INTEGER NOT NULL CHECK (revision >= 1),
  completed_at            TEXT,
  standard_key            TEXT NOT NULL REFERENCES standard (key),
  verdict                 TEXT NOT NULL CHECK (verdict IN ('pass', 'basic', 'fail')),
  score                   REAL NOT NULL,
  complete                INTEGER NOT NULL CHECK (complete IN (0, 1)),
  blocking_failures_json  TEXT NOT NULL CHECK (json_valid(blocking_failures_json)),
  failed_criteria_json    TEXT NOT NULL CHECK (json_valid(failed_criteria_json)),
  -- Criteria not judged (not applicable, or an optional note left empty): usually none, so
  -- "how many audits assessed X" costs a few bytes per audit, not one per criterion.
  unassessed_json         TEXT NOT NULL CHECK (json_valid(unassessed_json)),
  gaps_json               TEXT NOT NULL CHECK (json_valid(gaps_json)),
  computed_at             TEXT NOT NULL
) STRICT;
CREATE INDEX audit_result_facility ON audit_result (facility_id);

-- Only finished audits have a result: one reopened (or whose copied columns change) loses it,
-- and is scored again when it is finished again.
CREATE TRIGGER audit_result_unfinished AFTER UPDATE OF status, facility_id, audit_date, revision ON audit
WHEN NEW.status NOT IN ${FINISHED} OR NEW.facility_id IS NOT OLD.facility_id OR NEW.audit_date IS NOT OLD.audit_date
  OR NEW.revision IS NOT OLD.revision
BEGIN DELETE FROM audit_result WHERE audit_id = NEW.id; END;

CREATE TABLE sample_draw (
  id            TEXT PRIMARY KEY,
  seed          TEXT NOT NULL,
  request_json  TEXT NOT NULL CHECK (json_valid(request_json)),
  result_json   TEXT NOT NULL CHECK (json_valid(result_json)),
  drawn_at      TEXT NOT NULL
) STRICT;
CREATE INDEX sample_draw_drawn_at ON sample_draw (drawn_at);
CREATE TRIGGER sample_draw_no_update BEFORE UPDATE ON sample_draw
BEGIN SELECT RAISE(ABORT, 'sample_draw_immutable'); END;
CREATE TRIGGER sample_draw_no_delete BEFORE DELETE ON sample_draw
BEGIN SELECT RAISE(ABORT, 'sample_draw_immutable'); END;
`);
  },
};
