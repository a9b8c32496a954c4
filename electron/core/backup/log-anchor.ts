import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { LogHead } from './event-log-check';
import { writePrivateFile } from './private-files';

export const ANCHOR_FILE = 'event-log.anchor';

/**
 * The event-log head outside the database, rewritten after every verified backup and after a
 * restore: rows can be deleted from the end of a chain without breaking it, but not without
 * falling short of the head recorded here. Someone who can also rewrite this file can hide that;
 * SECURITY.md says what the anchor does and does not prove.
 */
const AnchorSchema = z
  .object({
    format: z.literal('dabiao.event-anchor/1'),
    seq: z.number().int().positive(),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    /** The backup whose head this is (or that was restored). */
    backup: z.string(),
    event: z.enum(['backup', 'restore']),
    at: z.string(),
  })
  .strict();
export type Anchor = z.infer<typeof AnchorSchema>;

export type AnchorRead = { state: 'none' } | { state: 'unreadable' } | { state: 'ok'; anchor: Anchor };

export const anchorPath = (dataDir: string): string => join(dataDir, ANCHOR_FILE);

export function writeAnchor(dataDir: string, head: LogHead, backup: string, event: Anchor['event'], at: Date): void {
  const anchor: Anchor = { format: 'dabiao.event-anchor/1', ...head, backup, event, at: at.toISOString() };
  writePrivateFile(anchorPath(dataDir), JSON.stringify(anchor));
}

export function readAnchor(dataDir: string): AnchorRead {
  const file = anchorPath(dataDir);
  if (!existsSync(file)) return { state: 'none' };
  try {
    const parsed = AnchorSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? { state: 'ok', anchor: parsed.data } : { state: 'unreadable' };
  } catch {
    return { state: 'unreadable' };
  }
}
