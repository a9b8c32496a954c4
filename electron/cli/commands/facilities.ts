import { Option, type Command } from 'commander';
import { FACILITY_LEVELS, type FacilityLevel, type Locale } from '../../../shared/domain/common';
import type { Facility } from '../../../shared/domain/facility';
import { AppError } from '../../../shared/errors';
import { FACILITY_FILE_LIMITS } from '../../core/facilities/facility-file';
import { notFound } from '../../core/service-context';
import { printJson, printLines, printRowErrors, printTable, t } from '../output';
import { addCommon, outputOf, withSession, type CommonOptions, type Session } from '../session';
import { readTableInputFile } from '../input-file';

/** A facility named by its id or by its code, as people know it. */
export async function resolveFacility(session: Session, idOrCode: string): Promise<Facility> {
  const byId = await session.call('getFacility', { id: idOrCode }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return undefined;
    throw error;
  });
  if (byId) return byId;
  const matches = await session.call('listFacilities', { query: idOrCode });
  const byCode = matches.find((f) => f.code === idOrCode);
  if (!byCode) throw notFound('entity.facility', idOrCode);
  return byCode;
}

function region(f: Facility): string {
  const p = f.adminPath;
  return [p.province, p.prefecture, p.county, p.township, p.village].filter(Boolean).join(' > ');
}

export function registerFacilities(program: Command, locale: Locale): void {
  const group = program.command('facilities').description(t(locale, 'cli.desc.facilities'));

  addCommon(group.command('list').description(t(locale, 'cli.desc.facilities_list')), locale, true)
    .addOption(new Option('--level <level>', t(locale, 'cli.opt.level')).choices(FACILITY_LEVELS))
    .option('--query <text>', t(locale, 'cli.opt.query'))
    .action(async (opts: CommonOptions & { level?: FacilityLevel; query?: string }) => {
      const out = outputOf(opts);
      const list = await withSession(opts, (s) =>
        s.call('listFacilities', {
          ...(opts.level ? { level: opts.level } : {}),
          ...(opts.query ? { query: opts.query } : {}),
        }),
      );
      if (out.json) return printJson(list);
      const l = out.locale;
      return printTable(
        [
          t(l, 'cli.col.code'),
          t(l, 'cli.col.name'),
          t(l, 'cli.col.level'),
          t(l, 'cli.col.region'),
          t(l, 'cli.col.population'),
          t(l, 'cli.col.id'),
        ],
        list.map((f) => [f.code, f.name, t(l, `level.${f.level}`), region(f), f.servicePopulation ?? '', f.id]),
      );
    });

  addCommon(
    group
      .command('import')
      .argument('<file>', t(locale, 'cli.arg.facility_file'))
      .description(t(locale, 'cli.desc.facilities_import')),
    locale,
    true,
  ).action(async (file: string, opts: CommonOptions) => {
    const out = outputOf(opts);
    const { fileName, bytes } = await readTableInputFile(file, FACILITY_FILE_LIMITS.maxBytes);
    const report = await withSession(opts, (s) =>
      s.call('importFacilities', { fileName, contentBase64: Buffer.from(bytes).toString('base64') }),
    );
    const l = out.locale;
    if (out.json) printJson(report);
    else {
      printLines(
        t(l, 'cli.import_report', { created: report.created, updated: report.updated, rejected: report.rejected }),
      );
      if (report.errors.length > 0) {
        printRowErrors(l, report.errors);
      }
    }
    if (report.rejected > 0) {
      throw new AppError(
        'validation',
        { key: 'cli.import_rejected', params: { count: report.rejected } },
        { errors: report.errors },
      );
    }
  });
}
