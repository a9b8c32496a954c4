import type { LocalizedText, Locale } from '../domain/common';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

export type MessageKey = keyof typeof zhCN;
/**
 * A param is a literal, text already in both languages (e.g. a criterion's item labels), or
 * `@key` / `@key1|@key2` naming catalogue entries, rendered in the target language and joined
 * with "or" (e.g. qualifications: `@qualification.village_doctor|@qualification.licensed_physician`).
 */
export type MessageParam = string | number | LocalizedText;
export type MessageParams = Record<string, MessageParam>;
/** A message not yet put into words: logic returns these, shells render them in the user's language. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export const catalogs: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** Same `{{name}}` interpolation as i18next, so renderer and core share one catalogue. */
export function formatMessage(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[locale][key];
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = params[name];
    return value === undefined ? `{{${name}}}` : renderParam(locale, value);
  });
}

function renderParam(locale: Locale, value: MessageParam): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return value[locale];
  if (!value.startsWith('@')) return value;
  const table = catalogs[locale];
  return value
    .split('|')
    .map((ref) => {
      const key = ref.slice(1);
      return key in table ? table[key as MessageKey] : ref;
    })
    .join(table['list.or']);
}

export function renderMessage(locale: Locale, message: Message): string {
  return formatMessage(locale, message.key, message.params);
}

export function bilingual(message: Message): { 'zh-CN': string; 'en-US': string } {
  return { 'zh-CN': renderMessage('zh-CN', message), 'en-US': renderMessage('en-US', message) };
}
