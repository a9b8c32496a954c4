import { dirname } from 'node:path';
import type { Command } from 'commander';
import type { Locale } from '../../../shared/domain/common';
import { AppError } from '../../../shared/errors';
import { formatMessage } from '../../../shared/i18n/format';
import { createBackup } from '../../core/backup/backup-service';
import { listBackupFiles } from '../../core/backup/backup-store';
import { backupOfferFor, restoreBackup } from '../../core/backup/restore';
import { osUser } from '../../core/core';
import { defaultDataDir } from '../../core/paths';
import { printJson, printLines, printTable, t } from '../output';
import { addCommon, outputOf, withSession, type CommonOptions } from '../session';

const kib = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** `dabiao backup list|create|restore NAME`. List and restore open no core: they work on a damaged database. */
export function registerBackup(program: Command, locale: Locale): void {
  const group = program.command('backup').description(t(locale, 'cli.desc.backup'));

  addCommon(group.command('list').description(t(locale, 'cli.desc.backup_list')), locale, true).action(
    (opts: CommonOptions) => {
      const out = outputOf(opts);
      const backups = listBackupFiles(opts.dataDir ?? defaultDataDir());
      if (out.json) return printJson(backups);
      const l = out.locale;
      if (backups.length === 0) return printLines(t(l, 'cli.backup_none'));
      return printTable(
        [
          t(l, 'cli.col.name'),
          t(l, 'cli.col.time'),
          t(l, 'cli.col.size'),
          t(l, 'cli.col.schema'),
          t(l, 'cli.col.kind'),
          t(l, 'cli.col.verified'),
        ],
        backups.map((b) => [
          b.name,
          b.createdAt,
          kib(b.sizeBytes),
          b.schemaVersion,
          t(l, `backup.kind.${b.kind}`),
          t(l, b.verified ? 'bool.true' : 'bool.false'),
        ]),
      );
    },
  );

  addCommon(group.command('create').description(t(locale, 'cli.desc.backup_create')), locale, true).action(
    async (opts: CommonOptions) => {
      const out = outputOf(opts);
      const backup = await withSession(opts, (s) => createBackup(s.core, 'manual'));
      if (out.json) return printJson(backup);
      return printLines(
        t(out.locale, 'cli.backup_created', {
          name: backup.name,
          size: kib(backup.sizeBytes),
          version: backup.schemaVersion,
          events: backup.events ?? 0,
        }),
      );
    },
  );

  addCommon(
    group
      .command('restore')
      .argument('<name>', t(locale, 'cli.arg.backup_name'))
      .description(t(locale, 'cli.desc.backup_restore')),
    locale,
    true,
  ).action((name: string, opts: CommonOptions) => {
    const out = outputOf(opts);
    const restored = restoreBackup(opts.dataDir ?? defaultDataDir(), name, { actor: osUser() });
    if (out.json) return printJson(restored);
    return printLines(
      restored.movedAside
        ? t(out.locale, 'cli.backup_restored', { name, aside: restored.movedAside })
        : t(out.locale, 'cli.backup_restored_fresh', { name }),
    );
  });
}

/**
 * After a command failed on a damaged database: names the newest backup that still verifies,
 * as the command that restores it, in both languages on stderr. Nothing for other errors.
 */
export function printRestoreHint(error: unknown): void {
  if (!(error instanceof AppError) || error.code !== 'db_corrupt') return;
  const path = (error.details as { path?: unknown } | undefined)?.path;
  if (typeof path !== 'string') return;
  const offer = backupOfferFor(error);
  const dataDir = dirname(path);
  const dirOption = dataDir === defaultDataDir() ? '' : ` --data-dir ${JSON.stringify(dataDir)}`;
  const line = (l: Locale) =>
    offer
      ? formatMessage(l, 'cli.backup_hint', { time: offer.backup.createdAt, name: offer.backup.name, dirOption })
      : formatMessage(l, 'cli.backup_hint_none', { dir: dataDir });
  process.stderr.write(`${line('zh-CN')}\n${line('en-US')}\n`);
}
