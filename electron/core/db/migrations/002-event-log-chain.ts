import { GENESIS_HASH } from '../event-chain';
import type { Migration } from './types';

/**
 * The event log is append-only and chained: each row must name the hash of the row before it
 * and take the next sequence number, so a row cannot be slipped in, changed or removed without
 * the chain check (verifyEventChain) noticing. The hash itself is computed and verified in Node.
 */
export const migration002: Migration = {
  version: 2,
  name: 'event-log-chain',
  up(db) {
    db.exec(`
CREATE TRIGGER event_log_no_update BEFORE UPDATE ON event_log
BEGIN SELECT RAISE(ABORT, 'event_log_append_only'); END;
CREATE TRIGGER event_log_no_delete BEFORE DELETE ON event_log
BEGIN SELECT RAISE(ABORT, 'event_log_append_only'); END;
CREATE TRIGGER event_log_chain BEFORE INSERT ON event_log
WHEN NEW.prev_hash IS NOT coalesce((SELECT hash FROM event_log ORDER BY seq DESC LIMIT 1), '${GENESIS_HASH}')
  OR NEW.seq IS NOT coalesce((SELECT max(seq) FROM event_log), 0) + 1
BEGIN SELECT RAISE(ABORT, 'event_log_chain'); END;
`);
  },
};
