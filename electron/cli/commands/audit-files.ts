import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import type { StaffMember } from '../../../shared/domain/audit';
import type { DrugCatalog } from '../../../shared/domain/catalog';
import type { Locale } from '../../../shared/domain/common';
import type { Standard } from '../../../shared/domain/standard';
import { AppError } from '../../../shared/errors';
import { readAuditJson, type AuditFill } from '../../core/audits/audit-fill';
import { applyAuditFill } from '../../core/audits/audit-fill-apply';
import { FORM_LIMITS, buildAuditTemplate, readAuditWorkbook } from '../../core/audits/audit-workbook';
import { readInputFile } from '../input-file';
import { UsageError, printJson, printLines, printTable, t } from '../output';
import { addCommon, outputOf, withSession, type CommonOptions, type Session } from '../session';

async function readFill(file: string, standard: Standard, knownStaff: readonly StaffMember[]): Promise<AuditFill> {
  const lower = file.toLowerCase();
  const isJson = lower.endsWith('.json');
  if (!isJson && !lower.endsWith('.xlsx'))
    throw new AppError('bad_file', { key: 'cli.fill_file_type', params: { name: basename(file) } });
  const bytes = await readInputFile(file, FORM_LIMITS.maxBytes);
  if (!isJson) return readAuditWorkbook(bytes, standard, basename(file), knownStaff);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new AppError('bad_file', { key: 'file.bad_json', params: { details: 'not UTF-8' } });
  }
  return readAuditJson(text, standard);
}

async function drugCatalogOf(session: Session, standard: Standard): Promise<DrugCatalog | undefined> {
  if (!standard.drugCatalog) return undefined;
  return session.call('getDrugCatalog', { id: standard.drugCatalog }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return undefined;
    throw error;
  });
}

/** Written next to the target and renamed into place: a failed run never leaves half a file. */
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new AppError('bad_file', {
      key: 'cli.write_failed',
      params: { file, details: error instanceof Error ? error.message : String(error) },
    });
  }
}

export function registerAuditFiles(group: Command, locale: Locale): void {
  addCommon(
    group
      .command('fill')
      .argument('<id>', t(locale, 'cli.arg.audit'))
      .argument('<file>', t(locale, 'cli.arg.fill_file'))
      .description(t(locale, 'cli.desc.audit_fill')),
    locale,
    true,
  ).action(async (id: string, file: string, opts: CommonOptions) => {
    const out = outputOf(opts);
    const l = out.locale;
    const result = await withSession(opts, async (s) => {
      const detail = await s.call('getAudit', { id });
      const { standard } = await s.call('getStandard', { key: detail.audit.standardKey });
      const fill = await readFill(file, standard, detail.rosters.staff);
      if (fill.errors.length > 0) return { fill, summary: undefined };
      const summary = await applyAuditFill(s.core.db, s.call, id, fill);
      const score = await s.call('getScore', { id });
      return { fill, summary, verdict: score.verdict, complete: score.complete };
    });
    const { fill, summary } = result;
    if (!summary) {
      if (out.json) printJson({ errors: fill.errors });
      else {
        printTable(
          [t(l, 'cli.col.sheet'), t(l, 'cli.col.row'), t(l, 'cli.col.column'), t(l, 'cli.col.message')],
          fill.errors.map((e) => [e.sheet, e.row, e.column, e.message[l]]),
        );
      }
      throw new AppError(
        'validation',
        { key: 'cli.fill_invalid', params: { count: fill.errors.length } },
        { errors: fill.errors },
      );
    }
    if (out.json) return printJson({ ...summary, verdict: result.verdict, complete: result.complete });
    return printLines(
      t(l, 'cli.fill_done', { ...summary }),
      t(l, 'cli.score_verdict', { verdict: `@verdict.${result.verdict ?? 'fail'}` }),
    );
  });

  addCommon(
    group
      .command('template')
      .argument('<id>', t(locale, 'cli.arg.audit'))
      .requiredOption('--out <file.xlsx>', t(locale, 'cli.opt.out'))
      .description(t(locale, 'cli.desc.audit_template')),
    locale,
    false,
  )
    .option('--include-ids', t(locale, 'cli.opt.include_ids'))
    .action(async (id: string, opts: CommonOptions & { out: string; includeIds?: boolean }) => {
      const { locale: l } = outputOf(opts);
      if (!opts.out.toLowerCase().endsWith('.xlsx'))
        throw new UsageError({ key: 'cli.out_must_be_xlsx', params: { file: opts.out } });
      const bytes = await withSession(opts, async (s) => {
        const detail = await s.call('getAudit', { id });
        const { standard } = await s.call('getStandard', { key: detail.audit.standardKey });
        const facility = await s.call('getFacility', { id: detail.audit.facilityId });
        const drugCatalog = await drugCatalogOf(s, standard);
        return buildAuditTemplate(standard, l, {
          standardKey: detail.audit.standardKey,
          auditId: detail.audit.id,
          facilityName: facility.name,
          answers: detail.answers,
          rosters: detail.rosters,
          includePersonalIds: opts.includeIds === true,
          ...(drugCatalog ? { drugCatalog } : {}),
        });
      });
      await writeAtomically(opts.out, bytes);
      printLines(t(l, 'cli.template_done', { file: opts.out }));
    });
}
