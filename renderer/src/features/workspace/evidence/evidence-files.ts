import type { LocalizedText } from '../../../../../shared/domain/common';
import { bilingual } from '../../../../../shared/i18n/format';
import {
  EVIDENCE_MAX_BYTES,
  EvidenceMimeTypeSchema,
  type EvidenceMimeType,
} from '../../../../../shared/ipc/contracts/evidence';

/** What can be attached: a File from the picker or a drop, or a captured photo. */
export interface AttachableFile {
  name: string;
  type: string;
  size: number;
}

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/**
 * Refuses before reading: a 200 MB video or a Word file would only be read, sent and refused by
 * main. Main checks again, against the bytes themselves.
 */
export function checkFile(
  file: AttachableFile,
): { ok: true; mimeType: EvidenceMimeType } | { ok: false; message: LocalizedText } {
  const parsed = EvidenceMimeTypeSchema.safeParse(file.type);
  if (!parsed.success)
    return { ok: false, message: bilingual({ key: 'ui.evidence.bad_type', params: { name: file.name } }) };
  if (file.size > EVIDENCE_MAX_BYTES) {
    return {
      ok: false,
      message: bilingual({
        key: 'ui.evidence.too_large',
        params: { name: file.name, size: megabytes(file.size), max: megabytes(EVIDENCE_MAX_BYTES) },
      }),
    };
  }
  return { ok: true, mimeType: parsed.data };
}

/** The file's bytes as base64, read by the browser (no path ever leaves the renderer). */
export function readBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(blob);
  });
}

export function base64ToBlob(base64: string, mimeType: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mimeType });
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${megabytes(bytes)} MB`;
}

/** 20240501-103000: sortable, and the same in every language. */
export function photoStamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-` +
    `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  );
}
