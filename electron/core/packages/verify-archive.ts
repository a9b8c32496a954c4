import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { PackageCheck } from '../../../shared/ipc/contracts/packages';
import type { Message, MessageKey, MessageParams } from '../../../shared/i18n/format';
import { canonicalJson } from '../../../shared/logic/canonical-json';
import {
  ARCHIVE_LIMITS,
  MANIFEST_ENTRY,
  ManifestSchema,
  SIGNATURE_ENTRY,
  SignatureFileSchema,
  isAllowedEntryName,
  type Manifest,
} from './package-format';
import { checkSignature, type CertificateInfo } from './package-signature';
import {
  METHOD_DEFLATE,
  METHOD_STORE,
  inflateEntry,
  isCanonicalArchive,
  openDirectory,
  storedBytes,
  type DirectoryEntry,
  type StoredEntry,
} from './zip-archive';

export type Refusal = { ok: false; check: PackageCheck; message: Message };

export const refuse = (check: PackageCheck, key: MessageKey, params?: MessageParams): Refusal => ({
  ok: false,
  check,
  message: params ? { key, params } : { key },
});

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const utf8 = new TextDecoder('utf-8', { fatal: true });
const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err)).slice(0, 200);

/** The archive after its container, manifest, entries and signature have been checked. */
export interface CheckedArchive {
  ok: true;
  manifest: Manifest;
  manifestSha256: string;
  /** Content of every listed entry, by name. */
  contents: Map<string, Buffer>;
  signer: CertificateInfo;
}

interface NamedEntry extends DirectoryEntry {
  name: string;
}

/** Step 1: the central directory within the limits, before any entry is read. */
async function readDirectory(bytes: Buffer): Promise<NamedEntry[] | Refusal> {
  let directory;
  try {
    directory = await openDirectory(bytes);
  } catch (err) {
    return refuse('archive', 'packages.refused.archive', { details: errorText(err) });
  }
  if (directory.entryCount > ARCHIVE_LIMITS.maxEntries)
    return refuse('entry_count', 'packages.refused.entry_count', {
      count: directory.entryCount,
      max: ARCHIVE_LIMITS.maxEntries,
    });
  const entries: NamedEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  try {
    for await (const entry of directory.entries()) {
      let name: string;
      try {
        name = utf8.decode(entry.nameBytes);
      } catch {
        return refuse('entry_name', 'packages.refused.entry_name', { name: entry.nameBytes.toString('hex') });
      }
      if (!isAllowedEntryName(name))
        return refuse('entry_name', 'packages.refused.entry_name', { name: JSON.stringify(name.slice(0, 120)) });
      if (seen.has(name)) return refuse('duplicate_entry', 'packages.refused.duplicate_entry', { name });
      seen.add(name);
      const max = ARCHIVE_LIMITS.maxEntryBytes(name);
      if (entry.size > max) return refuse('entry_size', 'packages.refused.entry_size', { name, size: entry.size, max });
      total += entry.size;
      if (total > ARCHIVE_LIMITS.maxTotalBytes)
        return refuse('total_size', 'packages.refused.total_size', { max: ARCHIVE_LIMITS.maxTotalBytes });
      if (entry.method === METHOD_DEFLATE && entry.size > ARCHIVE_LIMITS.maxCompressionRatio * entry.compressedSize)
        return refuse('compression_ratio', 'packages.refused.compression_ratio', {
          name,
          ratio: Math.round(entry.size / Math.max(entry.compressedSize, 1)),
          max: ARCHIVE_LIMITS.maxCompressionRatio,
        });
      entries.push({ ...entry, name });
    }
  } catch (err) {
    return refuse('archive', 'packages.refused.archive', { details: errorText(err) });
  }
  return entries;
}

/** Step 2: exactly the canonical layout (see zip-archive.ts), manifest first, signature second. */
function checkLayout(bytes: Buffer, entries: readonly NamedEntry[]): Map<string, NamedEntry> | Refusal {
  const stored: StoredEntry[] = [];
  for (const e of entries) {
    if (e.method !== METHOD_STORE && e.method !== METHOD_DEFLATE)
      return refuse('archive', 'packages.refused.method', { name: e.name, method: e.method });
    stored.push({ name: e.name, method: e.method, crc32: e.crc32, size: e.size, stored: storedBytes(bytes, e) });
  }
  if (entries[0]?.name !== MANIFEST_ENTRY || entries[1]?.name !== SIGNATURE_ENTRY)
    return refuse('archive', 'packages.refused.order');
  if (!isCanonicalArchive(bytes, stored)) return refuse('archive', 'packages.refused.layout');
  return new Map(entries.map((e) => [e.name, e]));
}

/** A small JSON entry that must be stored as is and spelled in canonical JSON. */
function canonicalEntry(bytes: Buffer, entry: NamedEntry | undefined): { value: unknown; raw: Buffer } | string {
  if (!entry) return 'missing';
  if (entry.method !== METHOD_STORE) return 'compressed';
  const raw = storedBytes(bytes, entry);
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(raw));
  } catch (err) {
    return errorText(err);
  }
  return { value, raw };
}

function readManifest(bytes: Buffer, entry: NamedEntry | undefined): { manifest: Manifest; raw: Buffer } | Refusal {
  const read = canonicalEntry(bytes, entry);
  if (typeof read === 'string') return refuse('manifest', 'packages.refused.manifest', { details: read });
  const parsed = ManifestSchema.safeParse(read.value);
  if (!parsed.success)
    return refuse('manifest', 'packages.refused.manifest', { details: parsed.error.issues[0]?.message ?? '' });
  if (canonicalJson(parsed.data) !== read.raw.toString('utf8'))
    return refuse('manifest', 'packages.refused.manifest', { details: 'not canonical JSON' });
  const names = new Set<string>();
  for (const { name } of parsed.data.entries) {
    if (!isAllowedEntryName(name) || name === MANIFEST_ENTRY || name === SIGNATURE_ENTRY || names.has(name))
      return refuse('manifest', 'packages.refused.manifest', { details: `entry ${name}` });
    names.add(name);
  }
  return { manifest: parsed.data, raw: read.raw };
}

/** Step 4: every listed entry present, its stored bytes and content exactly as listed. */
function readListed(
  bytes: Buffer,
  manifest: Manifest,
  byName: ReadonlyMap<string, NamedEntry>,
): Map<string, Buffer> | Refusal {
  const contents = new Map<string, Buffer>();
  for (const listed of manifest.entries) {
    const entry = byName.get(listed.name);
    if (!entry) return refuse('entry_hash', 'packages.refused.entry_missing', { name: listed.name });
    const stored = storedBytes(bytes, entry);
    const mismatch = () => refuse('entry_hash', 'packages.refused.entry_hash', { name: listed.name });
    let content: Buffer;
    if (listed.deflated) {
      const pinned = listed.deflated;
      if (entry.method !== METHOD_DEFLATE || stored.length !== pinned.size || sha256Hex(stored) !== pinned.sha256)
        return mismatch();
      try {
        content = inflateEntry(stored, entry.size);
      } catch (err) {
        return refuse('archive', 'packages.refused.archive', { details: errorText(err) });
      }
    } else {
      if (entry.method !== METHOD_STORE) return mismatch();
      content = stored;
    }
    if (content.length !== listed.size || content.length !== entry.size || sha256Hex(content) !== listed.sha256)
      return mismatch();
    if (crc32(content) >>> 0 !== entry.crc32 >>> 0)
      return refuse('archive', 'packages.refused.crc', { name: listed.name });
    contents.set(listed.name, content);
  }
  return contents;
}

function checkSignatureEntry(
  bytes: Buffer,
  entry: NamedEntry | undefined,
  manifest: Manifest,
  manifestRaw: Buffer,
): CertificateInfo | Refusal {
  const read = canonicalEntry(bytes, entry);
  if (typeof read === 'string') return refuse('signature', 'packages.refused.signature_file', { details: read });
  const parsed = SignatureFileSchema.safeParse(read.value);
  if (!parsed.success || canonicalJson(parsed.data) !== read.raw.toString('utf8'))
    return refuse('signature', 'packages.refused.signature_file', { details: 'schema' });
  const checked = checkSignature(parsed.data, manifestRaw);
  if (!checked.ok) return refuse('signature', `packages.refused.signature_${checked.problem}`);
  if (checked.certificate.fingerprint !== manifest.signer.fingerprint)
    return refuse('signature', 'packages.refused.signer_mismatch', { fingerprint: checked.certificate.fingerprint });
  return checked.certificate;
}

/**
 * Everything about the file that is not the audit itself, in the order an import reports:
 * archive limits and layout, manifest, entry hashes, no unlisted entries, signature.
 */
export async function checkArchive(bytes: Buffer): Promise<CheckedArchive | Refusal> {
  const entries = await readDirectory(bytes);
  if (!Array.isArray(entries)) return entries;
  const byName = checkLayout(bytes, entries);
  if (!(byName instanceof Map)) return byName;
  const manifest = readManifest(bytes, byName.get(MANIFEST_ENTRY));
  if ('ok' in manifest) return manifest;
  const contents = readListed(bytes, manifest.manifest, byName);
  if (!(contents instanceof Map)) return contents;
  for (const name of byName.keys()) {
    if (name !== MANIFEST_ENTRY && name !== SIGNATURE_ENTRY && !contents.has(name))
      return refuse('unlisted_entry', 'packages.refused.unlisted_entry', { name });
  }
  const signer = checkSignatureEntry(bytes, byName.get(SIGNATURE_ENTRY), manifest.manifest, manifest.raw);
  if ('ok' in signer) return signer;
  return {
    ok: true,
    manifest: manifest.manifest,
    manifestSha256: sha256Hex(manifest.raw),
    contents,
    signer,
  };
}
