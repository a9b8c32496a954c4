import type { LocalizedText } from '../../../shared/domain/common';
import { bilingual, type Message } from '../../../shared/i18n/format';
import { eventHash, GENESIS_HASH } from '../db/event-chain';
import { schemaVersion } from '../db/migrations';
import type { Db } from '../db/sql';
import type { EventRow } from '../db/repositories/event-log';

/**
 * How a row is wrong. `edited`: its content no longer gives its hash (or a later anchor saw
 * another row there); `deleted`: sequence numbers are missing, in the middle or at the end;
 * `inserted`: a row with a valid hash that does not chain to the row before it; `unprotected`:
 * the append-only triggers were dropped; `anchor`: the head kept outside the database is gone
 * (these two name no row).
 */
export type LogProblemKind = 'edited' | 'deleted' | 'inserted' | 'unprotected' | 'anchor';

export interface LogProblem {
  kind: LogProblemKind;
  /** The first row concerned; null when no row is. */
  seq: number | null;
  message: LocalizedText;
}

export interface LogHead {
  seq: number;
  hash: string;
}

/** A head seen earlier and kept outside the database: the rows up to it must still be there, unchanged. */
export interface LogAnchor extends LogHead {
  /** Where it was kept, for the message ("the anchor file", "backup X"). */
  source: LocalizedText;
}

export interface LogCheck {
  ok: boolean;
  events: number;
  head: LogHead | null;
  problems: LogProblem[];
  /** Problems found beyond the listed ones. */
  unlisted: number;
}

/** The triggers migration 002 puts on the log; from schema version 2 on they must be there. */
const APPEND_ONLY_TRIGGERS = ['event_log_chain', 'event_log_no_delete', 'event_log_no_update'];

function missingTriggers(db: Db): string[] {
  if (schemaVersion(db) < 2) return [];
  const present = new Set(
    db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'trigger'")
      .all()
      .map((r) => r.name),
  );
  return APPEND_ONLY_TRIGGERS.filter((name) => !present.has(name));
}

/**
 * Walks the whole log once and names every row that is wrong and how, instead of stopping at
 * the first break: after a problem the walk goes on from the row as it is, so one edited row
 * is one problem, not a cascade. Read-only: works on the live file opened read-only and on backups.
 */
export function checkEventLog(db: Db, anchors: readonly LogAnchor[] = [], limit = 100): LogCheck {
  const problems: LogProblem[] = [];
  let found = 0;
  const report = (kind: LogProblemKind, seq: number | null, message: Message) => {
    found += 1;
    if (problems.length < limit) problems.push({ kind, seq, message: bilingual(message) });
  };

  const triggers = missingTriggers(db);
  if (triggers.length > 0)
    report('unprotected', null, { key: 'log.unprotected', params: { names: triggers.join(', ') } });

  const anchorsAt = new Map<number, LogAnchor[]>();
  for (const anchor of anchors) anchorsAt.set(anchor.seq, [...(anchorsAt.get(anchor.seq) ?? []), anchor]);

  let expected = 1;
  let prevHash = GENESIS_HASH;
  let events = 0;
  let head: LogHead | null = null;
  const rows = db.prepare<[], EventRow>('SELECT * FROM event_log ORDER BY seq');
  for (const row of rows.iterate()) {
    events += 1;
    const gap = row.seq > expected;
    if (gap)
      report(
        'deleted',
        expected,
        row.seq - 1 === expected
          ? { key: 'log.deleted_one', params: { seq: expected } }
          : { key: 'log.deleted', params: { from: expected, to: row.seq - 1 } },
      );
    const content = { ...row, entityId: row.entity_id, payloadJson: row.payload_json };
    if (eventHash(row.prev_hash, content) !== row.hash)
      report('edited', row.seq, { key: 'log.edited', params: { seq: row.seq } });
    // After a gap the link cannot be judged: the row it pointed at is the one deleted.
    else if (!gap && row.prev_hash !== prevHash)
      report('inserted', row.seq, { key: 'log.inserted', params: { seq: row.seq } });
    for (const anchor of anchorsAt.get(row.seq) ?? []) {
      if (anchor.hash !== row.hash)
        report('edited', row.seq, { key: 'log.rewritten', params: { seq: row.seq, source: anchor.source } });
    }
    prevHash = row.hash;
    expected = row.seq + 1;
    head = { seq: row.seq, hash: row.hash };
  }

  const last = head?.seq ?? 0;
  for (const anchor of anchors) {
    if (anchor.seq <= last) continue;
    report('deleted', last + 1, {
      key: 'log.deleted_tail',
      params: { head: last, seq: anchor.seq, count: anchor.seq - last, source: anchor.source },
    });
  }
  return { ok: found === 0, events, head, problems, unlisted: found - problems.length };
}
