import type { LocalizedText, Locale } from '../../../shared/domain/common';
import { catalogs, formatMessage, type MessageKey, type MessageParams } from '../../../shared/i18n/format';
import type { ReportLang } from '../../../shared/ipc/contracts/reports';

export type { ReportLang };

/**
 * Every word of the report comes from the shared catalogues. In a bilingual report a short label
 * reads "中文 / English" and a longer text puts each language on its own line, Chinese first.
 */
export interface ReportText {
  lang: ReportLang;
  /** The locale for things said once (numbers, list separators): Chinese unless English only. */
  primary: Locale;
  label(key: MessageKey, params?: MessageParams): string;
  block(key: MessageKey, params?: MessageParams): string;
  /** A stored message (its key a plain string): an unknown key is shown as it is. */
  message(message: { key: string; params?: MessageParams | undefined }): string;
  data(text: LocalizedText): string;
  dataLabel(text: LocalizedText): string;
  /** Between a label and its value: full-width in Chinese. */
  colon: string;
  /** Joins items with the primary language's list separator. */
  list(items: readonly string[]): string;
  /** The label of a catalogue entry named by data (a department code...), or the code itself. */
  codeLabel(prefix: string, code: string): string;
  /** Text composed per language (e.g. a list of item labels), one line per language. */
  each(render: (locale: Locale) => string): string;
}

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(catalogs['zh-CN'], key);

export function reportText(lang: ReportLang): ReportText {
  const locales: Locale[] = lang === 'both' ? ['zh-CN', 'en-US'] : [lang];
  const primary: Locale = lang === 'en-US' ? 'en-US' : 'zh-CN';
  const join = (parts: string[], separator: string) => [...new Set(parts)].join(separator);
  const per = (render: (locale: Locale) => string, separator: string) =>
    join(
      locales.map((l) => render(l)),
      separator,
    );
  return {
    lang,
    primary,
    label: (key, params) => per((l) => formatMessage(l, key, params), ' / '),
    block: (key, params) => per((l) => formatMessage(l, key, params), '\n'),
    message: (m) => {
      const key = m.key;
      return isMessageKey(key) ? per((l) => formatMessage(l, key, m.params), '\n') : key;
    },
    data: (text) => per((l) => text[l], '\n'),
    dataLabel: (text) => per((l) => text[l], ' / '),
    colon: primary === 'zh-CN' ? '：' : ': ',
    list: (items) => items.join(formatMessage(primary, 'list.separator')),
    each: (render) => per(render, '\n'),
    codeLabel: (prefix, code) => {
      const key = `${prefix}.${code}`;
      return isMessageKey(key) ? per((l) => formatMessage(l, key), ' / ') : code;
    },
  };
}
