import type { EvidenceMimeType } from '../../../shared/ipc/contracts/evidence';
import { EXTENSION_OF } from './file-kind';

const MAX_NAME_CHARS = 120;

const EXTENSIONS: Record<EvidenceMimeType, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
};

// Control characters, bidirectional overrides (which make "gpj.exe" read as "exe.jpg") and
// characters that no file system accepts in a name.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const RESERVED = /[<>:"|?*]/g;

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

/**
 * The name shown for an attachment. It is only ever metadata (the bytes are stored under their
 * hash), but it is shown in lists, written into reports and may become a file name when an
 * audit is exported, so it is reduced to one plain, short segment with the right extension.
 */
export function sanitizeFileName(raw: string, mimeType: EvidenceMimeType): string {
  const lastSegment = raw.split(/[/\\]/).pop() ?? '';
  let name = lastSegment
    .normalize('NFC')
    .replace(UNSAFE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const known = EXTENSIONS[mimeType].includes(ext);
  let stem = known ? name.slice(0, dot) : name;
  const suffix = `.${known ? ext : EXTENSION_OF[mimeType]}`;
  stem = truncate(stem, MAX_NAME_CHARS - suffix.length).replace(/[\s.]+$/, '');
  name = `${stem || 'evidence'}${suffix}`;
  return name;
}
