import { CommanderError } from 'commander';
import type { LocalizedText, Locale } from '../../shared/domain/common';
import { AppError } from '../../shared/errors';
import { bilingual, formatMessage, type Message, type MessageKey, type MessageParams } from '../../shared/i18n/format';

export const EXIT = { ok: 0, error: 1, usage: 2 } as const;

export interface OutputOptions {
  locale: Locale;
  json: boolean;
}

/** Bad use of the command line itself (exit 2), as opposed to bad data (exit 1). */
export class UsageError extends Error {
  readonly localized: LocalizedText;
  constructor(message: Message) {
    const localized = bilingual(message);
    super(localized['en-US']);
    this.localized = localized;
  }
}

export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return formatMessage(locale, key, params);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLines(...lines: string[]): void {
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const all = [header, ...rows].map((r) => r.map((c) => String(c).replace(/\s*\n\s*/g, ' ')));
  const widths = header.map((_, i) => Math.max(...all.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - displayWidth(c))))
      .join('  ')
      .trimEnd();
  const [head, ...body] = all;
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function printTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): void {
  process.stdout.write(`${formatTable(header, rows)}\n`);
}

/** The rejected rows of an imported file, one line each: row number, column, what is wrong. */
export function printRowErrors(
  locale: Locale,
  errors: readonly { row: number; field: string; message: LocalizedText }[],
): void {
  printTable(
    [t(locale, 'cli.col.row'), t(locale, 'cli.col.field'), t(locale, 'cli.col.message')],
    errors.map((e) => [e.row, e.field, e.message[locale]]),
  );
}

const COMMANDER_USAGE: Record<string, MessageKey> = {
  'commander.unknownOption': 'cli.usage.unknown_option',
  'commander.unknownCommand': 'cli.usage.unknown_command',
  'commander.missingArgument': 'cli.usage.missing_argument',
  'commander.optionMissingArgument': 'cli.usage.option_missing_argument',
  'commander.missingMandatoryOptionValue': 'cli.usage.missing_option',
  'commander.invalidArgument': 'cli.usage.invalid_argument',
  'commander.excessArguments': 'cli.usage.excess_arguments',
};

function printBilingual(message: LocalizedText): void {
  process.stderr.write(
    `${formatMessage('zh-CN', 'cli.error_label')}：${message['zh-CN']}\n${formatMessage('en-US', 'cli.error_label')}: ${message['en-US']}\n`,
  );
}

/**
 * Prints any failure as `错误：<zh>` then `Error: <en>` on stderr and returns the exit code:
 * 2 for bad usage, 1 for everything else. Help and version output exit 0.
 */
export function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
    if (error.code === 'commander.help') {
      if (error.exitCode === 0) return EXIT.ok;
      // A command group called without a subcommand: its help is already on stderr.
      printBilingual(bilingual({ key: 'cli.usage.missing_command' }));
      return EXIT.usage;
    }
    const detail = error.message.replace(/^error:\s*/i, '');
    printBilingual(bilingual({ key: COMMANDER_USAGE[error.code] ?? 'cli.usage.other', params: { detail } }));
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    printBilingual(error.localized);
    return EXIT.usage;
  }
  if (error instanceof AppError) {
    printBilingual(error.localized);
    return EXIT.error;
  }
  const details = error instanceof Error ? error.message : String(error);
  printBilingual(bilingual({ key: 'error.internal', params: { details } }));
  return EXIT.error;
}
