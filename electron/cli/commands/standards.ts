import { Option, type Command } from 'commander';
import { FACILITY_LEVELS, type FacilityLevel, type Locale } from '../../../shared/domain/common';
import type { Standard } from '../../../shared/domain/standard';
import { AppError } from '../../../shared/errors';
import type { StandardSummary } from '../../../shared/ipc/contracts/standards';
import { notFound } from '../../core/service-context';
import { defaultResourcesDir, loadBuiltinResources } from '../../core/standards/builtin';
import { validateStandardFile } from '../../core/standards/validate-file';
import { printJson, printLines, printTable, t, type OutputOptions } from '../output';
import { addCommon, outputOf, withSession, type CommonOptions, type Session } from '../session';

/** Accepts a full key (`id@version+variant`) or a bare standard id, meaning its newest base version. */
export async function resolveStandardKey(session: Session, idOrKey: string): Promise<string> {
  const all = await session.call('listStandards', {});
  if (all.some((s) => s.key === idOrKey)) return idOrKey;
  const [newest] = all
    .filter((s) => s.id === idOrKey && s.variant === null)
    .sort((a, b) => b.version.localeCompare(a.version, 'en', { numeric: true }));
  if (!newest) throw notFound('entity.standard', idOrKey);
  return newest.key;
}

function summaryRows(list: StandardSummary[], locale: Locale): string[][] {
  return list.map((s) => [
    s.key,
    t(locale, `level.${s.level}`),
    s.title[locale],
    String(s.criteria),
    String(s.blocking),
    t(locale, s.builtin ? 'bool.true' : 'bool.false'),
  ]);
}

function criteriaOf(standard: Standard) {
  return standard.sections.flatMap((section) =>
    section.criteria.map((c) => ({
      id: c.id,
      kind: c.kind,
      section: section.id,
      title: c.title,
      blocking: c.blocking,
      weight: c.weight,
    })),
  );
}

function showHuman(summary: StandardSummary, standard: Standard, out: OutputOptions): void {
  const { locale } = out;
  printLines(`${standard.title[locale]} (${summary.key})`, standard.summary[locale], '');
  for (const section of standard.sections) {
    printLines(`${section.id} ${section.title[locale]}`);
    printTable(
      [
        t(locale, 'form.col.criterion_id'),
        t(locale, 'form.col.kind'),
        t(locale, 'form.col.blocking'),
        t(locale, 'form.col.title'),
      ],
      section.criteria.map((c) => [c.id, c.kind, c.blocking ? '★' : '', c.title[locale]]),
    );
    printLines('');
  }
}

export function registerStandards(program: Command, locale: Locale): void {
  const group = program.command('standards').description(t(locale, 'cli.desc.standards'));

  addCommon(group.command('list').description(t(locale, 'cli.desc.standards_list')), locale, true)
    .addOption(new Option('--level <level>', t(locale, 'cli.opt.level')).choices(FACILITY_LEVELS))
    .action(async (opts: CommonOptions & { level?: FacilityLevel }) => {
      const out = outputOf(opts);
      const list = await withSession(opts, (s) => s.call('listStandards', opts.level ? { level: opts.level } : {}));
      if (out.json) return printJson(list);
      const l = out.locale;
      return printTable(
        [
          t(l, 'cli.col.key'),
          t(l, 'cli.col.level'),
          t(l, 'cli.col.title'),
          t(l, 'cli.col.criteria'),
          t(l, 'cli.col.blocking'),
          t(l, 'cli.col.builtin'),
        ],
        summaryRows(list, l),
      );
    });

  addCommon(
    group
      .command('show')
      .argument('<id>', t(locale, 'cli.arg.standard'))
      .description(t(locale, 'cli.desc.standards_show')),
    locale,
    true,
  ).action(async (id: string, opts: CommonOptions) => {
    const out = outputOf(opts);
    const { summary, standard } = await withSession(opts, async (s) =>
      s.call('getStandard', { key: await resolveStandardKey(s, id) }),
    );
    if (out.json) return printJson({ ...summary, criteria: criteriaOf(standard), standard });
    return showHuman(summary, standard, out);
  });

  addCommon(
    group
      .command('validate')
      .argument('<file>', t(locale, 'cli.arg.file'))
      .description(t(locale, 'cli.desc.standards_validate')),
    locale,
    true,
  ).action((file: string, opts: CommonOptions) => {
    const out = outputOf(opts);
    const result = validateStandardFile(file, loadBuiltinResources(defaultResourcesDir()));
    const valid = result.issues.length === 0;
    if (out.json) printJson({ file, valid, ...result });
    else if (valid) printLines(t(out.locale, 'cli.standard_valid', { file, kind: result.kind, id: result.id }));
    else
      printTable(
        [t(out.locale, 'cli.col.field'), t(out.locale, 'cli.col.message')],
        result.issues.map((i) => [i.path, i.message]),
      );
    if (!valid) {
      throw new AppError(
        'validation',
        { key: 'cli.standard_invalid', params: { file, count: result.issues.length } },
        { issues: result.issues },
      );
    }
  });
}
