import type { Locale } from '../../../../shared/domain/common';
import { catalogs, renderMessage, type MessageKey, type MessageParams } from '../../../../shared/i18n/format';

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogs['zh-CN'], key);
}

/** Score results carry their message keys as plain strings; an unknown key is shown as it is. */
export function renderReason(locale: Locale, message: { key: string; params?: MessageParams | undefined }): string {
  if (!isMessageKey(message.key)) return message.key;
  return renderMessage(locale, { key: message.key, ...(message.params ? { params: message.params } : {}) });
}
