import type { Command } from 'commander';
import type { Locale } from '../../../shared/domain/common';
import { AppError } from '../../../shared/errors';
import { verifyEventLog } from '../../core/backup/verify-log';
import { defaultDataDir } from '../../core/paths';
import { printJson, printLines, printTable, t } from '../output';
import { addCommon, outputOf, type CommonOptions } from '../session';

/**
 * `dabiao verify-log [--json]`: exit 0 when the log is intact, 1 with every problem listed
 * (row, how it is wrong) otherwise. Read-only: the database is opened without migrating.
 */
export function registerVerifyLog(program: Command, locale: Locale): void {
  addCommon(program.command('verify-log').description(t(locale, 'cli.desc.verify_log')), locale, true).action(
    (opts: CommonOptions) => {
      const out = outputOf(opts);
      const l = out.locale;
      const result = verifyEventLog(opts.dataDir ?? defaultDataDir());
      const failure = () =>
        new AppError(
          'conflict',
          { key: 'cli.verify_log_failed', params: { count: result.problems.length + result.unlisted } },
          { problems: result.problems.length + result.unlisted },
        );
      if (out.json) {
        printJson(result);
        if (!result.ok) throw failure();
        return;
      }
      if (result.head) printLines(t(l, 'cli.verify_log_head', { seq: result.head.seq, hash: result.head.hash }));
      for (const anchor of result.anchors)
        printLines(t(l, 'cli.verify_log_anchor', { source: anchor.source, seq: anchor.seq }));
      if (result.anchors.length === 0) printLines(t(l, 'cli.verify_log_no_anchor'));
      if (result.ok) return printLines(t(l, 'cli.verify_log_ok', { events: result.events }));
      printTable(
        [t(l, 'cli.col.event'), t(l, 'cli.col.kind'), t(l, 'cli.col.message')],
        result.problems.map((p) => [p.seq ?? '—', t(l, `log.kind.${p.kind}`), p.message[l]]),
      );
      if (result.unlisted > 0) printLines(t(l, 'cli.verify_log_more', { count: result.unlisted }));
      throw failure();
    },
  );
}
