import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { BackupInfo } from '../../../shared/ipc/contracts/backups';
import { BACKUPS_FOLDER, backupsToKeep, parseBackupName, type BackupName } from './backup-names';
import type { VerifiedCopy } from './backup-verify';
import { writePrivateFile } from './private-files';

export const backupsDir = (dataDir: string): string => join(dataDir, BACKUPS_FOLDER);

const HeadSchema = z.object({ seq: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/) }).strict();

/**
 * `<name>.json` beside each copy, written only after the copy passed verification: the record
 * that makes a file in the folder a verified backup. It also keeps the event-log head the copy
 * ends at, for verify-log and for skipping a scheduled copy when nothing changed.
 */
const RecordSchema = z
  .object({
    format: z.literal('dabiao.backup/1'),
    sizeBytes: z.number().int().nonnegative(),
    schemaVersion: z.number().int().positive(),
    events: z.number().int().nonnegative(),
    head: HeadSchema.nullable(),
    verifiedAt: z.string(),
  })
  .strict();
type BackupRecord = z.infer<typeof RecordSchema>;

const recordPath = (dataDir: string, name: string) => join(backupsDir(dataDir), `${name}.json`);

export function writeRecord(dataDir: string, name: string, copy: VerifiedCopy, sizeBytes: number, at: Date): void {
  const record: BackupRecord = {
    format: 'dabiao.backup/1',
    sizeBytes,
    schemaVersion: copy.schemaVersion,
    events: copy.events,
    head: copy.head,
    verifiedAt: at.toISOString(),
  };
  writePrivateFile(recordPath(dataDir, name), JSON.stringify(record));
}

/** The record if it is readable and still describes the file beside it (same size); else null. */
function readRecord(dataDir: string, name: string, sizeBytes: number): BackupRecord | null {
  try {
    const parsed = RecordSchema.safeParse(JSON.parse(readFileSync(recordPath(dataDir, name), 'utf8')));
    return parsed.success && parsed.data.sizeBytes === sizeBytes ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface ListedBackup extends BackupInfo {
  head: z.infer<typeof HeadSchema> | null;
}

/** Every copy in the backups folder, newest first; `verified` only where its record matches it. */
export function listBackupFiles(dataDir: string): ListedBackup[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  const found: ListedBackup[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const parsed = entry.isFile() ? parseBackupName(entry.name) : null;
    if (!parsed) continue;
    const sizeBytes = statSync(join(dir, entry.name)).size;
    const record = readRecord(dataDir, entry.name, sizeBytes);
    found.push({
      ...parsed,
      sizeBytes,
      verified: record !== null && record.schemaVersion === parsed.schemaVersion,
      events: record?.events ?? null,
      head: record?.head ?? null,
    });
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

export const backupPath = (dataDir: string, name: string): string => join(backupsDir(dataDir), name);

/** Copies left by a backup that died midway; only old ones, so a copy being written now is spared. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * Applies the retention policy after a new backup, and clears leftovers of interrupted ones.
 * The backup just made is kept whatever the clock says (a clock set back would rank it oldest).
 */
export function pruneBackups(dataDir: string, now: Date, justMade: string): void {
  const dir = backupsDir(dataDir);
  const backups: BackupName[] = listBackupFiles(dataDir);
  const keep = backupsToKeep(backups, now).add(justMade);
  for (const backup of backups) {
    if (keep.has(backup.name)) continue;
    rmSync(backupPath(dataDir, backup.name), { force: true });
    rmSync(recordPath(dataDir, backup.name), { force: true });
  }
  for (const entry of readdirSync(dir)) {
    const orphanRecord = entry.endsWith('.sqlite.json') && !existsSync(join(dir, entry.slice(0, -'.json'.length)));
    const staleTemp = entry.endsWith('.tmp') && now.getTime() - statSync(join(dir, entry)).mtimeMs > STALE_TEMP_MS;
    if (orphanRecord || staleTemp) rmSync(join(dir, entry), { force: true });
  }
}
