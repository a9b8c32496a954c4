import type { Command } from 'commander';
import type { Locale } from '../../../shared/domain/common';
import { AppError } from '../../../shared/errors';
import { IdentityInputSchema, type Identity } from '../../../shared/ipc/contracts/signing';
import { parseOrThrow } from '../../../shared/validation';
import { createPassphraseProtector } from '../../core/signing/key-protector';
import { PKCS12_MAX_BYTES } from '../../core/signing/pkcs12';
import { createSigning } from '../../core/signing/signing-core';
import { readInputFile } from '../input-file';
import { printJson, printLines, printTable, t, type OutputOptions } from '../output';
import { addCommon, outputOf, withSession, type CommonOptions } from '../session';

/** A passphrase file is one line; anything near a kilobyte is the wrong file. */
const PASSPHRASE_FILE_MAX_BYTES = 4096;

/**
 * The first line of a passphrase file, without its line ending or a UTF-8 byte-order mark:
 * `echo secret > file` and Notepad's "UTF-8 with BOM" both give the passphrase itself.
 */
export async function readPassphrase(file: string, { allowEmpty = false } = {}): Promise<string> {
  const text = new TextDecoder('utf-8').decode(await readInputFile(file, PASSPHRASE_FILE_MAX_BYTES));
  const passphrase = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  if (!passphrase && !allowEmpty) throw new AppError('validation', { key: 'cli.passphrase_empty', params: { file } });
  return passphrase;
}

function printIdentity(out: OutputOptions, identity: Identity): void {
  if (out.json) return printJson(identity);
  return printLines(
    t(out.locale, 'cli.identity_saved', {
      id: identity.id,
      name: identity.name,
      fingerprint: identity.fingerprint,
      until: identity.notAfter.slice(0, 10),
    }),
  );
}

type CreateOptions = CommonOptions & {
  name: string;
  passphraseFile: string;
  organisation?: string;
  role?: string;
};

type ImportOptions = CommonOptions & { passphraseFile: string; p12PassphraseFile?: string };

export function registerIdentity(program: Command, locale: Locale): void {
  const group = program.command('identity').description(t(locale, 'cli.desc.identity'));

  addCommon(group.command('create').description(t(locale, 'cli.desc.identity_create')), locale, true)
    .requiredOption('--name <name>', t(locale, 'cli.opt.signer_name'))
    .requiredOption('--passphrase-file <file>', t(locale, 'cli.opt.passphrase_file'))
    .option('--organisation <org>', t(locale, 'cli.opt.organisation'))
    .option('--role <role>', t(locale, 'cli.opt.signer_role'))
    .action(async (opts: CreateOptions) => {
      const out = outputOf(opts);
      const protector = createPassphraseProtector(await readPassphrase(opts.passphraseFile));
      const identity = await withSession(opts, async (s) => {
        const { identities } = createSigning(s.core);
        // Checked by the contract's own schema, like the app's create-identity call.
        const input = parseOrThrow(
          IdentityInputSchema,
          {
            name: opts.name,
            ...(opts.organisation === undefined ? {} : { organisation: opts.organisation }),
            ...(opts.role === undefined ? {} : { role: opts.role }),
          },
          'identity create',
        );
        return identities.create(input, protector);
      });
      printIdentity(out, identity);
    });

  addCommon(
    group
      .command('import')
      .argument('<p12>', t(locale, 'cli.arg.p12'))
      .description(t(locale, 'cli.desc.identity_import')),
    locale,
    true,
  )
    .requiredOption('--passphrase-file <file>', t(locale, 'cli.opt.passphrase_file'))
    .option('--p12-passphrase-file <file>', t(locale, 'cli.opt.p12_passphrase_file'))
    .action(async (p12: string, opts: ImportOptions) => {
      const out = outputOf(opts);
      const passphrase = await readPassphrase(opts.passphraseFile);
      const p12Passphrase = opts.p12PassphraseFile
        ? await readPassphrase(opts.p12PassphraseFile, { allowEmpty: true })
        : passphrase;
      const protector = createPassphraseProtector(passphrase);
      const bytes = Buffer.from(await readInputFile(p12, PKCS12_MAX_BYTES));
      const identity = await withSession(opts, async (s) =>
        createSigning(s.core).identities.importPkcs12(bytes, p12Passphrase, protector),
      );
      printIdentity(out, identity);
    });

  addCommon(group.command('list').description(t(locale, 'cli.desc.identity_list')), locale, true).action(
    async (opts: CommonOptions) => {
      const out = outputOf(opts);
      const list = await withSession(opts, (s) => s.call('listIdentities', {}));
      if (out.json) return printJson(list);
      const l = out.locale;
      return printTable(
        [
          t(l, 'cli.col.id'),
          t(l, 'cli.col.name'),
          t(l, 'cli.col.organisation'),
          t(l, 'cli.col.valid_until'),
          t(l, 'cli.col.protection'),
          t(l, 'cli.col.fingerprint'),
        ],
        list.map((i) => [
          i.id,
          i.name,
          i.organisation ?? '',
          i.notAfter.slice(0, 10),
          t(l, `signing.protection.${i.keyProtection}`),
          i.fingerprint,
        ]),
      );
    },
  );
}
