import { canonicalJson } from '../../../../shared/logic/canonical-json';
import { eventHash, GENESIS_HASH, type EventRowContent } from '../event-chain';
import type { Db } from '../sql';

export interface EventInput {
  at: string;
  actor: string;
  /** What happened, e.g. `answer.saved`, `audit.status_changed`. */
  type: string;
  entity: string;
  entityId: string;
  payload: unknown;
}

export interface EventRecord extends EventRowContent {
  prevHash: string;
  hash: string;
}

/** One row of event_log as SQLite returns it. */
export interface EventRow {
  seq: number;
  at: string;
  actor: string;
  type: string;
  entity: string;
  entity_id: string;
  payload_json: string;
  prev_hash: string;
  hash: string;
}

export type ChainVerdict =
  { ok: true; count: number } | { ok: false; count: number; brokenAt: number; reason: 'prev_hash' | 'hash' | 'seq' };

const toRecord = (r: EventRow): EventRecord => ({
  seq: r.seq,
  at: r.at,
  actor: r.actor,
  type: r.type,
  entity: r.entity,
  entityId: r.entity_id,
  payloadJson: r.payload_json,
  prevHash: r.prev_hash,
  hash: r.hash,
});

export function createEventLogRepository(db: Db) {
  const last = db.prepare<[], { seq: number; hash: string }>(
    'SELECT seq, hash FROM event_log ORDER BY seq DESC LIMIT 1',
  );
  const insert = db.prepare(
    `INSERT INTO event_log (seq, at, actor, type, entity, entity_id, payload_json, prev_hash, hash)
     VALUES (@seq, @at, @actor, @type, @entity, @entityId, @payloadJson, @prevHash, @hash)`,
  );
  const byEntity = db.prepare<[string, string], EventRow>(
    'SELECT * FROM event_log WHERE entity = ? AND entity_id = ? ORDER BY seq',
  );
  const all = db.prepare<[], EventRow>('SELECT * FROM event_log ORDER BY seq');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM event_log');

  return {
    /** Call inside the transaction of the write it records: both commit or neither does. */
    append(event: EventInput): EventRecord {
      if (!db.inTransaction) throw new Error('event_log.append outside a transaction');
      const previous = last.get();
      const content = {
        seq: (previous?.seq ?? 0) + 1,
        at: event.at,
        actor: event.actor,
        type: event.type,
        entity: event.entity,
        entityId: event.entityId,
        payloadJson: canonicalJson(event.payload ?? null),
      };
      const prevHash = previous?.hash ?? GENESIS_HASH;
      const record = { ...content, prevHash, hash: eventHash(prevHash, content) };
      insert.run(record);
      return record;
    },

    listFor(entity: string, entityId: string): EventRecord[] {
      return byEntity.all(entity, entityId).map(toRecord);
    },

    count(): number {
      return count.get()?.n ?? 0;
    },

    /** Walks the whole chain: every row must follow its predecessor and hash to what it says. */
    verify(): ChainVerdict {
      let prevHash = GENESIS_HASH;
      let expectedSeq = 1;
      let n = 0;
      for (const row of all.iterate()) {
        const r = toRecord(row);
        n += 1;
        if (r.seq !== expectedSeq) return { ok: false, count: n, brokenAt: r.seq, reason: 'seq' };
        if (r.prevHash !== prevHash) return { ok: false, count: n, brokenAt: r.seq, reason: 'prev_hash' };
        if (eventHash(r.prevHash, r) !== r.hash) return { ok: false, count: n, brokenAt: r.seq, reason: 'hash' };
        prevHash = r.hash;
        expectedSeq += 1;
      }
      return { ok: true, count: n };
    },
  };
}

export type EventLogRepository = ReturnType<typeof createEventLogRepository>;
