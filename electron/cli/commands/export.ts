import type { Command } from 'commander';
import type { Locale } from '../../../shared/domain/common';
import { markExported, prepareAuditFile } from '../../core/packages/package-export';
import { writeFileAtomically } from '../../core/reports/report-file';
import { createPassphraseProtector } from '../../core/signing/key-protector';
import { printJson, printLines, t } from '../output';
import { addCommon, outputOf, withSession, type CommonOptions } from '../session';
import { readPassphrase } from './identity';
import { resolveIdentity } from './report';

type ExportOptions = CommonOptions & { out: string; identity: string; passphraseFile: string };

/** `dabiao export AUDIT_ID --out FILE.dabiao --identity ID --passphrase-file F`: a signed audit as an audit file. */
export function registerExport(program: Command, locale: Locale): void {
  addCommon(
    program.command('export').argument('<audit>', t(locale, 'cli.arg.audit')).description(t(locale, 'cli.desc.export')),
    locale,
    true,
  )
    .requiredOption('--out <file>', t(locale, 'cli.opt.export_out'))
    .requiredOption('--identity <identity>', t(locale, 'cli.opt.identity'))
    .requiredOption('--passphrase-file <file>', t(locale, 'cli.opt.passphrase_file'))
    .action(async (auditId: string, opts: ExportOptions) => {
      const out = outputOf(opts);
      const unlock = createPassphraseProtector(await readPassphrase(opts.passphraseFile));
      const file = await withSession(opts, async (s) => {
        const identity = await resolveIdentity(s, opts.identity);
        const prepared = await prepareAuditFile(s.core, auditId, { identityId: identity.id, unlock });
        // The file first: the audit is marked exported only once its file exists.
        writeFileAtomically(opts.out, prepared.bytes);
        markExported(s.core, prepared);
        return prepared;
      });
      if (out.json) {
        return printJson({
          path: opts.out,
          bytes: file.bytes.length,
          sha256: file.sha256,
          manifestSha256: file.manifestSha256,
          documentSha256: file.documentSha256,
          manifest: file.manifest,
        });
      }
      return printLines(
        t(out.locale, 'cli.export_written', {
          file: opts.out,
          bytes: file.bytes.length,
          sha256: file.sha256,
          id: auditId,
        }),
      );
    });
}
