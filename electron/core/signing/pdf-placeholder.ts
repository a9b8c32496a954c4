import { randomBytes } from 'node:crypto';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { AppError } from '../../../shared/errors';

export interface SignatureFields {
  name: string;
  reason: string;
  location: string;
  contactInfo?: string | undefined;
}

/** A PDF text string as UTF-16BE with its byte-order mark, written in hex: any script, no escaping. */
const utf16Hex = (text: string): string => `FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}`;

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Long enough that a random token cannot already occur in the document by chance. */
const MIN_TOKEN = 24;

function randomToken(length: number): string {
  return [...randomBytes(length)].map((b) => TOKEN_ALPHABET[b % TOKEN_ALPHABET.length]).join('');
}

interface TextSlot {
  token: string;
  hex: string;
}

/**
 * placeholder-plain writes the text of the signature dictionary (signer name, reason, location)
 * through Buffer.from(string), which turns UTF-16 bytes above 0x7F into UTF-8 pairs: Chinese
 * would come out garbled. So it is handed ASCII tokens of the right length, and each `(token)`
 * is then overwritten, byte for byte, by `<FEFF…>`: hex-string whitespace is insignificant,
 * so the padding keeps every offset in the new cross-reference table valid.
 */
function textSlot(text: string): TextSlot {
  const hex = utf16Hex(text);
  return { token: randomToken(Math.max(hex.length, MIN_TOKEN)), hex };
}

function fillTextSlot(pdf: Buffer, from: number, slot: TextSlot): void {
  const literal = `(${slot.token})`;
  const at = pdf.indexOf(literal, from, 'latin1');
  if (at < 0 || pdf.indexOf(literal, at + 1, 'latin1') >= 0) throw new Error('signature text slot not found once');
  pdf.write(`<${slot.hex.padEnd(slot.token.length, ' ')}>`, at, 'latin1');
}

interface TrailerFacts {
  size: number;
  root: string;
  info: string | undefined;
  id: string | undefined;
  startxref: number;
}

/** The facts of the newest classic trailer (what pdfkit and every update here write). */
function lastTrailer(pdf: Buffer): TrailerFacts {
  const at = pdf.lastIndexOf('trailer', undefined, 'latin1');
  const text = at < 0 ? '' : pdf.subarray(at).toString('latin1');
  const size = /\/Size\s+(\d+)/.exec(text)?.[1];
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(text)?.[1];
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1];
  if (size === undefined || root === undefined || startxref === undefined)
    throw new AppError('bad_file', { key: 'signing.pdf_unreadable' });
  return {
    size: Number(size),
    root,
    info: /\/Info\s+(\d+\s+\d+\s+R)/.exec(text)?.[1],
    id: /\/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]/.exec(text)?.[0],
    startxref: Number(startxref),
  };
}

/**
 * Rewrites the trailer placeholder-plain appends: its startxref points one byte before the
 * `xref` keyword, its /Size counts object numbers it skipped, and it drops the document /ID.
 * Everything rewritten lies after the last object, so no offset changes.
 */
function tidyTrailer(updated: Buffer, previous: TrailerFacts, from: number): Buffer {
  const xrefAt = updated.indexOf('\nxref\n', from, 'latin1') + 1;
  const trailerAt = updated.indexOf('trailer', xrefAt, 'latin1');
  if (xrefAt <= 0 || trailerAt < 0) throw new Error('placeholder-plain wrote no cross-reference table');
  const numbers = [
    ...updated
      .subarray(xrefAt, trailerAt)
      .toString('latin1')
      .matchAll(/^(\d+) 1$/gm),
  ].map((m) => Number(m[1]));
  const size = Math.max(previous.size, ...numbers.map((n) => n + 1));
  const trailer = [
    'trailer',
    '<<',
    `/Size ${size}`,
    `/Root ${previous.root}`,
    ...(previous.info ? [`/Info ${previous.info}`] : []),
    `/Prev ${previous.startxref}`,
    ...(previous.id ? [previous.id] : []),
    '>>',
    'startxref',
    String(xrefAt),
    // No newline after %%EOF: the next signer's update must not have to strip a signed byte.
    '%%EOF',
  ].join('\n');
  return Buffer.concat([updated.subarray(0, trailerAt), Buffer.from(trailer, 'latin1')]);
}

/**
 * Appends, as an incremental update, an empty signature field whose /Contents can hold
 * `signatureBytes` of CMS: the earlier bytes (and earlier signatures) stay untouched.
 */
export function addSignaturePlaceholder(
  pdf: Buffer,
  fields: SignatureFields,
  signingTime: Date,
  signatureBytes: number,
): Buffer {
  const previous = lastTrailer(pdf);
  const slots = {
    name: textSlot(fields.name),
    reason: textSlot(fields.reason),
    location: textSlot(fields.location),
    contactInfo: textSlot(fields.contactInfo ?? ''),
  };
  let updated: Buffer;
  try {
    updated = plainAddPlaceholder({
      pdfBuffer: pdf,
      name: slots.name.token,
      reason: slots.reason.token,
      location: slots.location.token,
      contactInfo: slots.contactInfo.token,
      signingTime,
      signatureLength: signatureBytes,
      appName: 'Dabiao',
    });
  } catch (err) {
    throw new AppError(
      'bad_file',
      { key: 'signing.pdf_unreadable' },
      { details: err instanceof Error ? err.message : String(err) },
    );
  }
  // placeholder-plain drops at most a trailing CR/LF of the input before appending.
  const from = Math.max(0, pdf.length - 2);
  for (const slot of Object.values(slots)) fillTextSlot(updated, from, slot);
  return tidyTrailer(updated, previous, from);
}
