import type { LocalizedText } from './domain/common';
import { bilingual, type Message } from './i18n/format';

export const ERROR_CODES = [
  'validation',
  'not_found',
  'conflict',
  'locked',
  'db_newer',
  'db_corrupt',
  'bad_file',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorData {
  code: ErrorCode;
  /** Both languages always: the CLI prints both, the UI picks one. */
  message: LocalizedText;
  details?: unknown;
}

/** The one error type the core throws on purpose; anything else is reported as `internal`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly localized: LocalizedText;
  readonly details: unknown;

  constructor(code: ErrorCode, message: Message | LocalizedText, details?: unknown) {
    const localized = 'key' in message ? bilingual(message) : message;
    super(localized['en-US']);
    this.name = 'AppError';
    this.code = code;
    this.localized = localized;
    this.details = details;
  }

  toData(): AppErrorData {
    return {
      code: this.code,
      message: this.localized,
      ...(this.details === undefined ? {} : { details: this.details }),
    };
  }
}

export function isAppErrorData(value: unknown): value is AppErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    'message' in value &&
    typeof (value as { message: unknown }).message === 'object'
  );
}
