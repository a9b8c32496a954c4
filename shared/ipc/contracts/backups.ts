import { z } from 'zod';
import { defineContract } from '../contract';

/** Why a backup was made: the timer, the user, or the safety copy before a schema upgrade. */
export const BACKUP_KINDS = ['scheduled', 'manual', 'migration'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/**
 * A backup is named, never located: `dabiao-<UTC time>-v<schema>-<kind>[-n].sqlite` in the data
 * folder's backups/. The pattern refuses separators and `..`, so no accepted name is a path.
 */
export const BACKUP_NAME_PATTERN =
  /^dabiao-(\d{8}T\d{9}Z)-v(\d{1,4})-(scheduled|manual|migration)(?:-(\d{1,3}))?\.sqlite$/;

export const BackupNameSchema = z.string().max(80).regex(BACKUP_NAME_PATTERN);

export const BackupInfoSchema = z
  .object({
    name: BackupNameSchema,
    /** When the copy was taken (UTC, ISO 8601). */
    createdAt: z.string(),
    /** The schema version the copy is at; an older one is upgraded when restored. */
    schemaVersion: z.number().int().nonnegative(),
    kind: z.enum(BACKUP_KINDS),
    sizeBytes: z.number().int().nonnegative(),
    /** Checked when written (integrity_check and the event-log chain) and still the same size. */
    verified: z.boolean(),
    /** Rows of the event log in the copy, when verified. */
    events: z.number().int().nonnegative().nullable(),
  })
  .strict();
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

export const RestoredBackupSchema = z
  .object({
    restored: BackupNameSchema,
    /** The file name (in the data folder) the replaced database was moved to, kept; null if there was none. */
    movedAside: z.string().nullable(),
  })
  .strict();
export type RestoredBackup = z.infer<typeof RestoredBackupSchema>;

export const backupsContracts = {
  listBackups: defineContract('backups:list', z.object({}).strict().default({}), z.array(BackupInfoSchema)),
  /** A verified copy of the database now (the online backup API: the app keeps working meanwhile). */
  createBackup: defineContract('backups:create', z.object({}).strict().default({}), BackupInfoSchema),
  /**
   * Replaces the database with a listed backup. The shell closes the core, the current file is
   * moved aside (kept), the copy is put in place and the core is opened again on it.
   */
  restoreBackup: defineContract('backups:restore', z.object({ name: BackupNameSchema }).strict(), RestoredBackupSchema),
};
