import type { Command } from 'commander';
import type { Locale } from '../../../shared/domain/common';
import { AppError } from '../../../shared/errors';
import type { ImportBatch } from '../../../shared/ipc/contracts/packages';
import { expandImportPaths } from '../../core/packages/import-paths';
import { importReport, reportFormatOf } from '../../core/packages/import-report';
import { importAuditFiles, type ImportSource } from '../../core/packages/package-import';
import { standardSnapshot } from '../../core/packages/standard-lookup';
import { writeFileAtomically } from '../../core/reports/report-file';
import { createVerifyPool } from '../../workers/verify-pool';
import { printJson, printLines, printTable, t, type OutputOptions } from '../output';
import { addCommon, outputOf, withSession, type CommonOptions } from '../session';

type ImportOptions = CommonOptions & { report?: string };

/** Below this many files, starting worker threads costs more than it saves. */
const WORKERS_FROM = 64;

function printBatch(out: OutputOptions, batch: ImportBatch): void {
  if (out.json) return printJson(batch);
  const l = out.locale;
  printTable(
    [
      t(l, 'cli.col.file'),
      t(l, 'cli.col.result'),
      t(l, 'cli.col.check'),
      t(l, 'cli.col.trust'),
      t(l, 'cli.col.message'),
    ],
    batch.results.map((r) => [
      r.file,
      t(l, `packages.status.${r.status}`),
      r.check ? t(l, `packages.check.${r.check}`) : '',
      r.trust ? t(l, `packages.trust.${r.trust}`) : '',
      r.notice ? `${r.message[l]} ${r.notice[l]}` : r.message[l],
    ]),
  );
  return printLines(t(l, 'cli.import_totals', { ...batch.totals }));
}

/**
 * `dabiao import FILES|DIR [--json] [--report FILE]`: one line per file and the totals; the exit
 * code is 1 when any file was refused. Many files are verified in worker threads.
 */
export function registerImport(program: Command, locale: Locale): void {
  addCommon(
    program
      .command('import')
      .argument('<paths...>', t(locale, 'cli.arg.audit_files'))
      .description(t(locale, 'cli.desc.import')),
    locale,
    true,
  )
    .option('--report <file>', t(locale, 'cli.opt.import_report'))
    .action(async (paths: string[], opts: ImportOptions) => {
      const out = outputOf(opts);
      const sources: ImportSource[] = await expandImportPaths(paths);
      if (sources.length === 0)
        throw new AppError('not_found', { key: 'cli.import_nothing', params: { path: paths.join(', ') } });
      const batch = await withSession(opts, async (s) => {
        const pool = sources.length >= WORKERS_FROM ? createVerifyPool(standardSnapshot(s.core)) : undefined;
        try {
          return await importAuditFiles(s.core, sources, pool ? { verifier: pool.verify } : {});
        } finally {
          await pool?.close();
        }
      });
      printBatch(out, batch);
      if (opts.report) {
        writeFileAtomically(opts.report, importReport(batch, reportFormatOf(opts.report), out.locale));
        if (!out.json) printLines(t(out.locale, 'cli.import_report_written', { file: opts.report }));
      }
      if (batch.totals.refused > 0)
        throw new AppError('validation', { key: 'cli.import_refused', params: { count: batch.totals.refused } });
    });
}
