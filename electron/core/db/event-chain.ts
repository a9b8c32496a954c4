import { createHash } from 'node:crypto';

/** prev_hash of the first event: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

export interface EventRowContent {
  seq: number;
  at: string;
  actor: string;
  type: string;
  entity: string;
  entityId: string;
  payloadJson: string;
}

/**
 * sha256(prev_hash + canonical row). The row is a JSON array in fixed column order with the
 * payload as the exact stored text, so the hash depends on nothing but what is in the table.
 */
export function eventHash(prevHash: string, row: EventRowContent): string {
  const canonical = JSON.stringify([row.seq, row.at, row.actor, row.type, row.entity, row.entityId, row.payloadJson]);
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}
