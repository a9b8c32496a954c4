import { Option, type Command } from 'commander';
import type { Locale } from '../../../shared/domain/common';
import { AppError } from '../../../shared/errors';
import { REPORT_LANGS, type ReportLang } from '../../../shared/ipc/contracts/reports';
import type { Identity } from '../../../shared/ipc/contracts/signing';
import { renderReport } from '../../core/reports/render-report';
import { writeFileAtomically } from '../../core/reports/report-file';
import { createPassphraseProtector } from '../../core/signing/key-protector';
import { sha256Hex } from '../../core/signing/report-store';
import { createSigning } from '../../core/signing/signing-core';
import { printJson, printLines, t, UsageError } from '../output';
import { outputOf, withSession, type Session } from '../session';
import { readPassphrase } from './identity';

interface ReportOptions {
  dataDir?: string;
  json?: boolean;
  lang: ReportLang;
  out: string;
  sign: string[];
  passphraseFile?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** An identity named by its id, its certificate fingerprint, or its name when only one has it. */
export async function resolveIdentity(session: Session, query: string): Promise<Identity> {
  const all = await session.call('listIdentities', {});
  const exact = all.find((i) => i.id === query || i.fingerprint === query.toLowerCase());
  if (exact) return exact;
  const named = all.filter((i) => i.name === query);
  if (named.length === 1 && named[0]) return named[0];
  if (named.length > 1) {
    throw new AppError('validation', {
      key: 'cli.identity_ambiguous',
      params: { query, ids: named.map((i) => i.id).join(', ') },
    });
  }
  throw new AppError('not_found', { key: 'cli.identity_unknown', params: { query } });
}

export function registerReport(program: Command, locale: Locale): void {
  program
    .command('report')
    .argument('<audit>', t(locale, 'cli.arg.audit'))
    .description(t(locale, 'cli.desc.report'))
    .requiredOption('--out <file>', t(locale, 'cli.opt.report_out'))
    .option('--sign <identity>', t(locale, 'cli.opt.sign'), collect, [])
    .option('--passphrase-file <file>', t(locale, 'cli.opt.passphrase_file'))
    // The report's language, which may be both; messages then follow the environment.
    .addOption(new Option('--lang <lang>', t(locale, 'cli.opt.report_lang')).choices(REPORT_LANGS).default('zh-CN'))
    .option('--data-dir <dir>', t(locale, 'cli.opt.data_dir'))
    .option('--json', t(locale, 'cli.opt.json'))
    .action(async (auditId: string, opts: ReportOptions) => {
      const out = outputOf({ ...opts, ...(opts.lang === 'both' ? { lang: undefined } : { lang: opts.lang }) });
      const signing = opts.sign.length > 0;
      if (signing && !opts.passphraseFile) throw new UsageError({ key: 'cli.sign_needs_passphrase' });
      const unlock =
        signing && opts.passphraseFile ? createPassphraseProtector(await readPassphrase(opts.passphraseFile)) : null;

      const written = await withSession({ dataDir: opts.dataDir }, async (s) => {
        const services = createSigning(s.core);
        if (unlock) {
          const identityIds: string[] = [];
          for (const query of opts.sign) identityIds.push((await resolveIdentity(s, query)).id);
          const signed = await services.signing.signAudit(auditId, { identityIds, unlock, lang: opts.lang });
          writeFileAtomically(opts.out, signed.pdf);
          return signed;
        }
        const report = await renderReport(s.core, auditId, {
          lang: opts.lang,
          handwritten: services.handwritten.list(auditId),
        });
        writeFileAtomically(opts.out, report.pdf);
        return { pdf: report.pdf, pages: report.pages, sha256: sha256Hex(report.pdf), documentSha256: report.sha256 };
      });

      const signatures = 'signatures' in written ? written.signatures : [];
      if (out.json) {
        return printJson({
          path: opts.out,
          pages: written.pages,
          sha256: written.sha256,
          documentSha256: written.documentSha256,
          signatures,
        });
      }
      const l = out.locale;
      printLines(t(l, 'cli.report_written', { file: opts.out, pages: written.pages, sha256: written.sha256 }));
      if (signatures.length > 0)
        printLines(
          t(l, 'cli.report_signed', {
            names: signatures.map((sig) => sig.name).join(t(l, 'list.separator')),
            id: auditId,
          }),
        );
      return undefined;
    });
}
