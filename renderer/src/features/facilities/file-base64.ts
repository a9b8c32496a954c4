import type { Message } from '../../../../shared/i18n/format';

/** The IPC contract's limit (28,000,000 base64 characters) in bytes, rounded down to whole MiB. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Why a chosen file cannot be imported, before its bytes are read; null when it can. */
export function importFileProblem(file: { name: string; size: number }): Message | null {
  if (!/\.(csv|xlsx)$/i.test(file.name)) return { key: 'file.unsupported_type', params: { name: file.name } };
  if (file.size > MAX_IMPORT_BYTES) {
    const size = (file.size / 1024 / 1024).toFixed(1);
    return { key: 'file.too_large', params: { size, max: MAX_IMPORT_BYTES / 1024 / 1024 } };
  }
  return null;
}

/** btoa takes a binary string; building it in slices keeps the argument list short. */
export function bytesToBase64(bytes: Uint8Array): string {
  const slice = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += slice) {
    binary += String.fromCharCode(...bytes.subarray(start, start + slice));
  }
  return btoa(binary);
}
