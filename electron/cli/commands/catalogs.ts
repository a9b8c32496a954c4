import { InvalidArgumentError, type Command } from 'commander';
import type { Locale } from '../../../shared/domain/common';
import { AppError } from '../../../shared/errors';
import {
  DRUG_CATALOG_FILE_LIMITS,
  parseDrugCatalogFile,
  storeDrugCatalog,
} from '../../core/standards/drug-catalog-file';
import { readTableInputFile } from '../input-file';
import { printJson, printLines, printRowErrors, t } from '../output';
import { addCommon, outputOf, withSession, type CommonOptions } from '../session';

type ImportOptions = CommonOptions & { id: string; version: string; officialCount?: number };

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(value);
  return n;
}

export function registerCatalogs(program: Command, locale: Locale): void {
  const group = program.command('catalogs').description(t(locale, 'cli.desc.catalogs'));

  addCommon(
    group
      .command('import')
      .argument('<file>', t(locale, 'cli.arg.catalog_file'))
      .description(t(locale, 'cli.desc.catalogs_import')),
    locale,
    true,
  )
    .requiredOption('--id <id>', t(locale, 'cli.opt.catalog_id'))
    .requiredOption('--version <version>', t(locale, 'cli.opt.catalog_version'))
    .option('--official-count <n>', t(locale, 'cli.opt.official_count'), positiveInt)
    .action(async (file: string, opts: ImportOptions) => {
      const out = outputOf(opts);
      const l = out.locale;
      const { fileName, bytes } = await readTableInputFile(file, DRUG_CATALOG_FILE_LIMITS.maxBytes);
      const result = await parseDrugCatalogFile(fileName, bytes, {
        id: opts.id,
        version: opts.version,
        ...(opts.officialCount === undefined ? {} : { itemsInOfficialList: opts.officialCount }),
      });
      const { catalog } = result;
      if (!catalog) {
        if (out.json) printJson({ errors: result.errors });
        else printRowErrors(l, result.errors);
        throw new AppError(
          'validation',
          { key: 'cli.catalog_invalid', params: { count: result.errors.length } },
          { errors: result.errors },
        );
      }
      await withSession(opts, async (s) => {
        storeDrugCatalog(s.core.context, catalog);
        s.core.standards.refresh();
      });
      if (out.json) return printJson({ id: catalog.id, version: catalog.version, items: catalog.items.length });
      return printLines(
        t(l, 'cli.catalog_done', { id: catalog.id, version: catalog.version, count: catalog.items.length }),
      );
    });
}
