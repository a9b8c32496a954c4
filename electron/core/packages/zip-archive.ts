import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';

/**
 * The zip layer of audit files: one canonical layout, written here and required on reading.
 *
 * Every header field is fixed or follows from the entry (UTF-8 names, no extra fields, no
 * comments, the 1980-01-01 timestamp, mode 0644, no data descriptors, no zip64), so an archive is
 * accepted only if rebuilding its headers from its entries gives back exactly its bytes: a change
 * to any header byte is caught, and the data bytes are pinned by the signed manifest. The layout
 * is the one yazl writes with `forceDosTimestamp` (a test checks they agree byte for byte); it is
 * written here because the manifest must name the exact deflated bytes before the archive is
 * assembled, and yazl deflates internally. Reading goes through yauzl.
 */

export const METHOD_STORE = 0;
export const METHOD_DEFLATE = 8;
const DEFLATE_LEVEL = 6;

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const VERSION_NEEDED = 20;
/** Unix, spec 6.3: what yazl writes. */
const VERSION_MADE_BY = (3 << 8) | 63;
const FLAG_UTF8 = 1 << 11;
/** 1980-01-01 00:00 in MS-DOS form: no clock reading ends up in a file. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;
export const LOCAL_HEADER_BYTES = 30;
const CENTRAL_HEADER_BYTES = 46;
const END_BYTES = 22;

/** One entry as it sits in the archive. */
export interface StoredEntry {
  name: string;
  method: typeof METHOD_STORE | typeof METHOD_DEFLATE;
  crc32: number;
  /** Uncompressed size. */
  size: number;
  /** The bytes in the archive: the content itself, or its raw deflate stream. */
  stored: Uint8Array;
}

/** An entry ready to be written: stored as is, or deflated (what compresses: JSON). */
export function storedEntry(name: string, content: Uint8Array, deflate: boolean): StoredEntry {
  return {
    name,
    method: deflate ? METHOD_DEFLATE : METHOD_STORE,
    crc32: crc32(content),
    size: content.length,
    stored: deflate ? deflateRawSync(content, { level: DEFLATE_LEVEL }) : content,
  };
}

function localHeader(entry: StoredEntry, name: Buffer): Buffer {
  const b = Buffer.alloc(LOCAL_HEADER_BYTES);
  b.writeUInt32LE(LOCAL_SIGNATURE, 0);
  b.writeUInt16LE(VERSION_NEEDED, 4);
  b.writeUInt16LE(FLAG_UTF8, 6);
  b.writeUInt16LE(entry.method, 8);
  b.writeUInt16LE(DOS_TIME, 10);
  b.writeUInt16LE(DOS_DATE, 12);
  b.writeUInt32LE(entry.crc32 >>> 0, 14);
  b.writeUInt32LE(entry.stored.length, 18);
  b.writeUInt32LE(entry.size, 22);
  b.writeUInt16LE(name.length, 26);
  b.writeUInt16LE(0, 28);
  return Buffer.concat([b, name]);
}

function centralHeader(entry: StoredEntry, name: Buffer, offset: number): Buffer {
  const b = Buffer.alloc(CENTRAL_HEADER_BYTES);
  b.writeUInt32LE(CENTRAL_SIGNATURE, 0);
  b.writeUInt16LE(VERSION_MADE_BY, 4);
  b.writeUInt16LE(VERSION_NEEDED, 6);
  b.writeUInt16LE(FLAG_UTF8, 8);
  b.writeUInt16LE(entry.method, 10);
  b.writeUInt16LE(DOS_TIME, 12);
  b.writeUInt16LE(DOS_DATE, 14);
  b.writeUInt32LE(entry.crc32 >>> 0, 16);
  b.writeUInt32LE(entry.stored.length, 20);
  b.writeUInt32LE(entry.size, 24);
  b.writeUInt16LE(name.length, 28);
  // Extra field, comment, disk number and internal attributes: all 0 (bytes 30..37).
  b.writeUInt32LE(FILE_ATTRIBUTES, 38);
  b.writeUInt32LE(offset, 42);
  return Buffer.concat([b, name]);
}

function endRecord(count: number, centralSize: number, centralOffset: number): Buffer {
  const b = Buffer.alloc(END_BYTES);
  b.writeUInt32LE(END_SIGNATURE, 0);
  b.writeUInt16LE(count, 8);
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(centralSize, 12);
  b.writeUInt32LE(centralOffset, 16);
  return b;
}

/** The archive as consecutive pieces: local headers and data, central directory, end record. */
function layout(entries: readonly StoredEntry[]): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const header = localHeader(entry, name);
    central.push(centralHeader(entry, name, offset));
    pieces.push(header, entry.stored);
    offset += header.length + entry.stored.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  pieces.push(...central, endRecord(entries.length, centralSize, offset));
  return pieces;
}

export function writeArchive(entries: readonly StoredEntry[]): Buffer {
  return Buffer.concat(layout(entries));
}

/** Whether `bytes` is exactly the canonical archive of `entries` (compared piece by piece, no copy). */
export function isCanonicalArchive(bytes: Uint8Array, entries: readonly StoredEntry[]): boolean {
  let at = 0;
  for (const piece of layout(entries)) {
    if (at + piece.length > bytes.length) return false;
    if (Buffer.compare(piece, bytes.subarray(at, at + piece.length)) !== 0) return false;
    at += piece.length;
  }
  return at === bytes.length;
}

/** A central-directory entry as yauzl read it; the name is raw bytes, never decoded by yauzl. */
export interface DirectoryEntry {
  nameBytes: Buffer;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export interface ArchiveDirectory {
  entryCount: number;
  /** Reads the entries one by one, so a caller can stop at the first that breaks a limit. */
  entries(): AsyncIterable<DirectoryEntry>;
}

/**
 * Opens the archive's central directory with yauzl. Names stay raw bytes (decodeStrings off):
 * they are checked against the fixed list of allowed names, never used as paths.
 */
export async function openDirectory(bytes: Buffer): Promise<ArchiveDirectory> {
  const zip = await yauzl.fromBufferPromise(bytes, {
    lazyEntries: true,
    decodeStrings: false,
    validateEntrySizes: false,
  });
  return {
    entryCount: zip.entryCount,
    async *entries() {
      for await (const e of zip.eachEntry()) {
        yield {
          nameBytes: e.fileNameRaw,
          method: e.compressionMethod,
          crc32: e.crc32,
          compressedSize: e.compressedSize,
          size: e.uncompressedSize,
          localHeaderOffset: e.relativeOffsetOfLocalHeader,
        };
      }
    },
  };
}

/** The stored bytes of an entry, where the canonical layout puts them after its local header. */
export function storedBytes(bytes: Buffer, entry: DirectoryEntry): Buffer {
  const start = entry.localHeaderOffset + LOCAL_HEADER_BYTES + entry.nameBytes.length;
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Inflates at most `size` bytes: a stream that would give more throws instead of filling memory. */
export function inflateEntry(stored: Uint8Array, size: number): Buffer {
  return inflateRawSync(stored, { maxOutputLength: Math.max(size, 1) });
}
