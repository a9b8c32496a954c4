import { InvalidArgumentError, type Command } from 'commander';
import type { Locale } from '../../../shared/domain/common';
import { createDemo } from '../../core/demo/create-demo';
import { auditCells, auditHeadings } from '../audit-columns';
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
        auditHeadings(l),
        report.audits.map((a) => auditCells(l, a)),
      );
    });
}
