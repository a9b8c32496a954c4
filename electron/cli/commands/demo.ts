import { InvalidArgumentError, type Command } from 'commander';
import type { Locale } from '../../../shared/domain/common';
import { createDemo } from '../../core/demo/create-demo';
import { printJson, printLines, printTable, t } from '../output';
import { addCommon, outputOf, withSession, type CommonOptions } from '../session';

function seedOf(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new InvalidArgumentError(value);
  return n;
}

export function registerDemo(program: Command, locale: Locale): void {
  addCommon(program.command('demo').description(t(locale, 'cli.desc.demo')), locale, true)
    .option('--seed <n>', t(locale, 'cli.opt.seed'), seedOf, 1)
    .action(async (opts: CommonOptions & { seed: number }) => {
      const out = outputOf(opts);
      const { report, dataDir } = await withSession(opts, async (s) => ({
        report: await createDemo(s.core, { seed: opts.seed }),
        dataDir: s.core.dataDir,
      }));
      if (out.json) return printJson({ dataDir, ...report });
      const l = out.locale;
      printLines(t(l, 'cli.demo_done', { dir: dataDir, facilities: report.facilities, audits: report.audits.length }));
      return printTable(
        [
          'ID',
          t(l, 'cli.col.facility'),
          t(l, 'cli.col.level'),
          t(l, 'cli.col.kind'),
          t(l, 'cli.col.status'),
          t(l, 'cli.col.verdict'),
        ],
        report.audits.map((a) => [
          a.id,
          a.facility,
          t(l, `level.${a.level}`),
          t(l, `kind.${a.kind}`),
          t(l, `status.${a.status}`),
          t(l, `verdict.${a.verdict}`),
        ]),
      );
    });
}
