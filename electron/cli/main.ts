import { Command } from 'commander';
import { APP_VERSION } from '../core/app-version';
import { registerAudit } from './commands/audit';
import { printRestoreHint, registerBackup } from './commands/backup';
import { registerCatalogs } from './commands/catalogs';
import { registerDemo } from './commands/demo';
import { registerFacilities } from './commands/facilities';
import { registerIdentity } from './commands/identity';
import { registerReport } from './commands/report';
import { registerExport } from './commands/export';
import { registerImport } from './commands/import';
import { registerTrust } from './commands/trust';
import { registerReview } from './commands/review';
import { registerStandards } from './commands/standards';
import { registerVerifyLog } from './commands/verify-log';
import { reportError, t } from './output';
import { envLocale } from './session';

/** The help language: --lang when given anywhere on the line, else the environment's. */
function helpLocale(argv: readonly string[]) {
  const at = argv.indexOf('--lang');
  const given = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return given === 'en-US' || given === 'zh-CN' ? given : envLocale();
}

export function buildProgram(argv: readonly string[]): Command {
  const locale = helpLocale(argv);
  const program = new Command('dabiao');
  // Settings first: subcommands copy them when created. Errors are printed once, bilingually, by reportError.
  program
    .description(t(locale, 'cli.desc.program'))
    .version(APP_VERSION, '-V, --version', t(locale, 'cli.opt.version'))
    .helpOption('-h, --help', t(locale, 'cli.opt.help'))
    .helpCommand('help [command]', t(locale, 'cli.desc.help'))
    .enablePositionalOptions()
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
  registerDemo(program, locale);
  registerStandards(program, locale);
  registerFacilities(program, locale);
  registerAudit(program, locale);
  registerCatalogs(program, locale);
  registerIdentity(program, locale);
  registerReport(program, locale);
  registerExport(program, locale);
  registerImport(program, locale);
  registerTrust(program, locale);
  registerReview(program, locale);
  registerBackup(program, locale);
  registerVerifyLog(program, locale);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram(argv).parseAsync([...argv]);
    return 0;
  } catch (error) {
    const code = reportError(error);
    printRestoreHint(error);
    return code;
  }
}

process.exitCode = await main(process.argv);
