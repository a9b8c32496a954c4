import type { Migration } from './types';

/**
 * Provincial review (issue 5).
 * - `audit_result` caches the score of every completed (or later) audit, so a roll-up over
 *   15,000 audits reads compact rows instead of rescoring each one. It is derived data: it can
 *   always be recomputed from the audit, and it is written when the audit becomes completed or
 *   is imported (the lock triggers do not apply to it).
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
  standard_key            TEXT NOT NULL REFERENCES standard (key),
  verdict                 TEXT NOT NULL CHECK (verdict IN ('pass', 'basic', 'fail')),
  score                   REAL NOT NULL,
  complete                INTEGER NOT NULL CHECK (complete IN (0, 1)),
  blocking_failures_json  TEXT NOT NULL CHECK (json_valid(blocking_failures_json)),
  failed_criteria_json    TEXT NOT NULL CHECK (json_valid(failed_criteria_json)),
  -- One letter per criterion in the standard's order (pass, fail, not applicable, unanswered):
  -- 300 criteria cost 300 bytes, and "how many audits assessed X" needs no JSON parsing.
  statuses                TEXT NOT NULL CHECK (statuses NOT GLOB '*[^pfnu]*'),
  gaps_json               TEXT NOT NULL CHECK (json_valid(gaps_json)),
  computed_at             TEXT NOT NULL
) STRICT;

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
