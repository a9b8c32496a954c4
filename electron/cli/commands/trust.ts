import type { Command } from 'commander';
import type { Locale } from '../../../shared/domain/common';
import { AppError } from '../../../shared/errors';
import { bilingual } from '../../../shared/i18n/format';
import type { TrustedCertificate } from '../../../shared/ipc/contracts/packages';
import { MAX_FILE_BYTES } from '../../core/packages/package-format';
import { checkArchive } from '../../core/packages/verify-archive';
import { readInputFile } from '../input-file';
import { UsageError, printJson, printLines, printTable, t, type OutputOptions } from '../output';
import { addCommon, outputOf, withSession, type CommonOptions } from '../session';

type AddOptions = CommonOptions & { from?: string };

/** A certificate is a few kilobytes; anything bigger is the wrong file. */
const CERTIFICATE_MAX_BYTES = 64 * 1024;

/** The signer of an audit file: only once its manifest signature is valid (the audit itself need not be importable here). */
async function signerOf(file: string): Promise<string> {
  const checked = await checkArchive(Buffer.from(await readInputFile(file, MAX_FILE_BYTES)));
  if (!checked.ok) {
    throw new AppError('bad_file', {
      key: 'cli.trust_from_refused',
      params: { file, check: `@packages.check.${checked.check}`, message: bilingual(checked.message) },
    });
  }
  return checked.signer.pem;
}

function printTrusted(out: OutputOptions, list: readonly TrustedCertificate[]): void {
  if (out.json) return printJson(list);
  const l = out.locale;
  return printTable(
    [t(l, 'cli.col.name'), t(l, 'cli.col.organisation'), t(l, 'cli.col.added_at'), t(l, 'cli.col.fingerprint')],
    list.map((c) => [c.name, c.organisation ?? '', c.addedAt.slice(0, 10), c.fingerprint]),
  );
}

/** `dabiao trust add CERT.pem | --from FILE.dabiao`, `trust list`, `trust remove FINGERPRINT`. */
export function registerTrust(program: Command, locale: Locale): void {
  const group = program.command('trust').description(t(locale, 'cli.desc.trust'));

  addCommon(
    group
      .command('add')
      .argument('[certificate]', t(locale, 'cli.arg.certificate'))
      .description(t(locale, 'cli.desc.trust_add')),
    locale,
    true,
  )
    .option('--from <file>', t(locale, 'cli.opt.trust_from'))
    .action(async (certificate: string | undefined, opts: AddOptions) => {
      const out = outputOf(opts);
      if ((certificate === undefined) === (opts.from === undefined))
        throw new UsageError({ key: 'cli.trust_needs_source' });
      const pem = opts.from
        ? await signerOf(opts.from)
        : new TextDecoder('utf-8').decode(await readInputFile(certificate ?? '', CERTIFICATE_MAX_BYTES));
      const trusted = await withSession(opts, (s) => s.call('trustCertificate', { certificatePem: pem }));
      if (out.json) return printJson(trusted);
      return printLines(t(out.locale, 'cli.trust_added', { name: trusted.name, fingerprint: trusted.fingerprint }));
    });

  addCommon(group.command('list').description(t(locale, 'cli.desc.trust_list')), locale, true).action(
    async (opts: CommonOptions) =>
      printTrusted(outputOf(opts), await withSession(opts, (s) => s.call('listTrusted', {}))),
  );

  addCommon(
    group
      .command('remove')
      .argument('<fingerprint>', t(locale, 'cli.arg.fingerprint'))
      .description(t(locale, 'cli.desc.trust_remove')),
    locale,
    true,
  ).action(async (fingerprint: string, opts: CommonOptions) => {
    const out = outputOf(opts);
    const { removed } = await withSession(opts, (s) =>
      s.call('untrustCertificate', { fingerprint: fingerprint.toLowerCase() }),
    );
    if (out.json) return printJson({ fingerprint, removed });
    if (!removed) throw new AppError('not_found', { key: 'cli.trust_not_listed', params: { fingerprint } });
    return printLines(t(out.locale, 'cli.trust_removed', { fingerprint }));
  });
}
