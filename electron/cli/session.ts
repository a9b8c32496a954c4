import { Option, type Command } from 'commander';
import { LOCALES, type Locale } from '../../shared/domain/common';
import type { ContractInput, ContractName, ContractOutput, Contracts } from '../../shared/ipc';
import { openCore, type Core } from '../core/core';
import { call } from '../core/dispatch';
import { createHandlers, type HandlerTable } from '../core/handlers';
import { defaultDataDir } from '../core/paths';
import { t, type OutputOptions } from './output';

export interface CommonOptions {
  dataDir?: string;
  json?: boolean;
  lang?: Locale;
}

/** Language of help texts and human output when --lang is not given. */
export function envLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const wanted = env.DABIAO_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return wanted.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

export function addCommon(cmd: Command, locale: Locale, withJson: boolean): Command {
  cmd.option('--data-dir <dir>', t(locale, 'cli.opt.data_dir'));
  cmd.addOption(new Option('--lang <locale>', t(locale, 'cli.opt.lang')).choices(LOCALES));
  if (withJson) cmd.option('--json', t(locale, 'cli.opt.json'));
  return cmd;
}

export function outputOf(opts: CommonOptions): OutputOptions {
  return { locale: opts.lang ?? envLocale(), json: opts.json === true };
}

export interface Session {
  core: Core;
  handlers: HandlerTable;
  call<K extends ContractName>(name: K, input: ContractInput<Contracts[K]>): Promise<ContractOutput<Contracts[K]>>;
}

/** Opens the data folder, runs the command over the handler table and always closes the database. */
export async function withSession<T>(opts: CommonOptions, fn: (session: Session) => Promise<T>): Promise<T> {
  const core = openCore({ dataDir: opts.dataDir ?? defaultDataDir() });
  try {
    const handlers = createHandlers(core);
    return await fn({ core, handlers, call: (name, input) => call(handlers, name, input) });
  } finally {
    core.close();
  }
}
