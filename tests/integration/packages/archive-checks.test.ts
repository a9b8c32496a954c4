import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { prepareAuditFile, type PreparedAuditFile } from '../../../electron/core/packages/package-export';
import { ARCHIVE_LIMITS } from '../../../electron/core/packages/package-format';
import { importAuditFiles } from '../../../electron/core/packages/package-import';
import { openDirectory, storedBytes, storedEntry, writeArchive } from '../../../electron/core/packages/zip-archive';
import { importFingerprint, reviewerCore, signedAudit, unlock } from './package-fixtures';

/** Info-ZIP's unzip, where installed: an independent reader of the archives we write. */
const HAS_UNZIP = spawnSync('unzip', ['-v']).status === 0;

let file: PreparedAuditFile;
let reviewer: Core;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dabiao-archive-checks-'));
  const source = await signedAudit(dir);
  file = await prepareAuditFile(source.core, source.auditId, { identityId: source.identity.id, unlock: unlock() });
  reviewer = reviewerCore(dir).core;
});

afterAll(() => {
  reviewer.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The real file's entries, in order, as (name, content, deflated). */
async function realEntries(): Promise<{ name: string; content: Buffer; deflate: boolean }[]> {
  const directory = await openDirectory(file.bytes);
  const entries: { name: string; content: Buffer; deflate: boolean }[] = [];
  for await (const e of directory.entries()) {
    const stored = storedBytes(file.bytes, e);
    const deflate = e.method === 8;
    entries.push({
      name: e.nameBytes.toString('utf8'),
      content: deflate ? inflateRawSync(stored) : stored,
      deflate,
    });
  }
  return entries;
}

/** Imports `bytes` into the reviewer's database: it must be refused with `check`, nothing written. */
async function expectRefused(bytes: Buffer, check: string): Promise<string> {
  const before = importFingerprint(reviewer);
  const [result] = (await importAuditFiles(reviewer, [{ name: 'crafted.dabiao', bytes }])).results;
  expect(result, JSON.stringify(result)).toMatchObject({ status: 'refused', check });
  expect(result?.message['zh-CN']).toBeTruthy();
  expect(result?.message['en-US']).toBeTruthy();
  expect(importFingerprint(reviewer)).toEqual(before);
  return result?.message['en-US'] ?? '';
}

const archive = (entries: { name: string; content: Uint8Array; deflate?: boolean }[]) =>
  writeArchive(entries.map((e) => storedEntry(e.name, e.content, e.deflate ?? false)));

describe('archive limits', () => {
  it('refuses what is not a zip archive', async () => {
    await expectRefused(Buffer.from('%PDF-1.7 this is not an audit file'.repeat(10)), 'archive');
  });

  it.each([
    '../../etc/cron.d/evil',
    '/etc/passwd',
    'evidence/../../../x',
    'C:\\Windows\\evil.dll',
    'evidence\\aa',
    'Evidence/' + 'a'.repeat(64),
    'audit.json/',
    'report.pdf\u0000.exe',
  ])('refuses the entry name %j before reading any entry (names are never paths)', async (name) => {
    const entries = await realEntries();
    const message = await expectRefused(archive([...entries, { name, content: Buffer.from('x') }]), 'entry_name');
    expect(message).toContain('never used as paths');
  });

  it('refuses too many entries, counted from the directory before any is read', async () => {
    const many = Array.from({ length: ARCHIVE_LIMITS.maxEntries + 1 }, (_, i) => ({
      name: `evidence/${i.toString(16).padStart(64, '0')}`,
      content: Buffer.from([i & 0xff]),
    }));
    await expectRefused(archive(many), 'entry_count');
  });

  it('refuses a zip bomb by its compression ratio', async () => {
    const entries = await realEntries();
    const bomb = entries.map((e) =>
      e.name === 'audit.json' ? { ...e, content: Buffer.alloc(40 * 1024 * 1024, 0x20), deflate: true } : e,
    );
    const message = await expectRefused(archive(bomb), 'compression_ratio');
    expect(message).toMatch(/zip bomb/);
  });

  it('refuses an entry name that occurs twice', async () => {
    const entries = await realEntries();
    await expectRefused(archive([...entries, entries[2] ?? entries[0]!]), 'duplicate_entry');
  });

  it('refuses the same entries zipped again by another tool (the layout is part of the format)', async () => {
    const rezipped = await yazlArchive(await realEntries(), { forceDosTimestamp: false });
    await expectRefused(rezipped, 'archive');
  });
});

async function yazlArchive(
  entries: { name: string; content: Buffer; deflate: boolean }[],
  opts: { forceDosTimestamp: boolean },
): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries)
    zip.addBuffer(e.content, e.name, {
      mtime: new Date(1980, 0, 1),
      forceDosTimestamp: opts.forceDosTimestamp,
      mode: 0o100644,
      compressionLevel: e.deflate ? 6 : 0,
    });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('the canonical layout', () => {
  it('is byte for byte what yazl writes for the same entries with DOS timestamps', async () => {
    const fromYazl = await yazlArchive(await realEntries(), { forceDosTimestamp: true });
    expect(fromYazl.equals(file.bytes)).toBe(true);
  });

  it.skipIf(!HAS_UNZIP)('is a zip that Info-ZIP unzip tests clean', () => {
    const path = join(dir, 'exported.dabiao');
    writeFileSync(path, file.bytes);
    const tested = spawnSync('unzip', ['-t', path], { encoding: 'utf8' });
    expect(tested.stdout).toContain('No errors detected');
    expect(tested.status).toBe(0);
  });
});
