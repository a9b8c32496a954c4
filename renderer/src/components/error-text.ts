import type { Locale } from '../../../shared/domain/common';
import { formatMessage } from '../../../shared/i18n/format';
import { ClientError } from '../api/client';

/** An error as the user reads it: their language first, the other one beside it. */
export interface ErrorText {
  text: string;
  /** The same message in the other interface language (for a colleague or a bug report). */
  other: string;
  code: string;
}

export const otherLocale = (locale: Locale): Locale => (locale === 'zh-CN' ? 'en-US' : 'zh-CN');

/**
 * ClientErrors arrive in both languages from main; anything else is a bug in the renderer and is
 * shown as an internal error with its own message as the details.
 */
export function errorText(error: unknown, locale: Locale): ErrorText {
  const other = otherLocale(locale);
  if (error instanceof ClientError) {
    return { text: error.messageIn(locale), other: error.messageIn(other), code: error.code };
  }
  const details = error instanceof Error ? error.message : String(error);
  return {
    text: formatMessage(locale, 'error.internal', { details }),
    other: formatMessage(other, 'error.internal', { details }),
    code: 'internal',
  };
}
