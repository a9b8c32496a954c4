import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportBatch, TrustedCertificate } from '../../../shared/ipc/contracts/packages';
import { dabiao, expectBilingualFailure, json, snapshot } from '../cli/cli-harness';

let dir: string;
const file = (name: string) => join(dir, name);
const sender = () => file('sender');
const reviewer = () => file('reviewer');
let auditId: string;
/** Each step spawns the real CLI; never a timing assertion. */
const SPAWNS = { timeout: 300_000 };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dabiao-cli-packages-'));
  writeFileSync(file('pass.txt'), 'correct horse battery\n');
  expect(dabiao('demo', '--data-dir', sender()).code).toBe(0);
  json(
    dabiao(
      'identity',
      'create',
      '--name',
      '张伟',
      '--passphrase-file',
      file('pass.txt'),
      '--data-dir',
      sender(),
      '--json',
    ),
  );
  const audits = json<{ id: string; level: string }[]>(
    dabiao('audit', 'list', '--data-dir', sender(), '--json', '--status', 'completed'),
  );
  const audit = audits.find((a) => a.level === 'village_clinic');
  if (!audit) throw new Error('the demo has a completed village clinic audit');
  auditId = audit.id;
}, 300_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('dabiao export, import and trust', SPAWNS, () => {
  it('exports only a signed audit, then imports it elsewhere once, refusing a changed copy', () => {
    const exportArgs = ['--identity', '张伟', '--passphrase-file', file('pass.txt'), '--data-dir', sender()];
    const early = dabiao('export', auditId, '--out', file('early.dabiao'), ...exportArgs);
    expectBilingualFailure(early, 1);
    expect(early.stderr).toContain('只有已签名的审核才能导出');

    const signed = dabiao(
      'report',
      auditId,
      '--out',
      file('r.pdf'),
      '--sign',
      '张伟',
      '--passphrase-file',
      file('pass.txt'),
      '--data-dir',
      sender(),
    );
    expect(signed.code, signed.stderr).toBe(0);
    const exported = json<{ path: string; sha256: string; manifest: { audit: { id: string; lineageId: string } } }>(
      dabiao('export', auditId, '--out', file('a.dabiao'), ...exportArgs, '--json'),
    );
    expect(exported.manifest.audit).toMatchObject({ id: auditId, lineageId: auditId });
    const shown = json<{ audit: { status: string } }>(
      dabiao('audit', 'show', auditId, '--data-dir', sender(), '--json'),
    );
    expect(shown.audit.status).toBe('exported');

    const first = json<ImportBatch>(dabiao('import', file('a.dabiao'), '--data-dir', reviewer(), '--json'));
    expect(first.results).toEqual([expect.objectContaining({ status: 'imported', auditId, trust: 'unverified' })]);
    const again = dabiao('import', file('a.dabiao'), '--data-dir', reviewer());
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('重复');
    expect(again.stdout).toMatch(/共 1 个文件：导入 0，取代旧版 0，重复 1，拒绝 0/);

    const bytes = readFileSync(file('a.dabiao'));
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
    writeFileSync(file('changed.dabiao'), bytes);
    const before = snapshot(join(reviewer(), 'dabiao.sqlite'));
    const refused = dabiao('import', file('changed.dabiao'), '--data-dir', reviewer(), '--lang', 'en-US');
    expectBilingualFailure(refused, 1);
    expect(refused.stdout).toContain('refused');
    expect(refused.stdout).toMatch(/1 files: 0 imported, 0 superseding older revisions, 0 duplicates, 1 refused/);
    expect(snapshot(join(reviewer(), 'dabiao.sqlite'))).toEqual(before);
  });

  it('trusts the signer of a file, lists it, and imports a folder with a CSV report', () => {
    const added = json<TrustedCertificate>(
      dabiao('trust', 'add', '--from', file('a.dabiao'), '--data-dir', file('third'), '--json'),
    );
    expect(added.name).toBe('张伟');
    const listed = json<TrustedCertificate[]>(dabiao('trust', 'list', '--data-dir', file('third'), '--json'));
    expect(listed.map((c) => c.fingerprint)).toEqual([added.fingerprint]);
    const neither = dabiao('trust', 'add', '--data-dir', file('third'));
    expectBilingualFailure(neither, 2);

    mkdirSync(file('inbox'));
    copyFileSync(file('a.dabiao'), file('inbox/a.dabiao'));
    copyFileSync(file('changed.dabiao'), file('inbox/b.dabiao'));
    writeFileSync(file('inbox/notes.txt'), 'not an audit file');
    const result = dabiao('import', file('inbox'), '--data-dir', file('third'), '--report', file('batch.csv'));
    expectBilingualFailure(result, 1);
    expect(result.stdout).toContain('已验证');
    const csv = readFileSync(file('batch.csv'), 'utf8').split('\r\n').filter(Boolean);
    expect(csv).toHaveLength(3);
    expect(csv[1]).toContain('已导入');
    expect(csv[2]).toContain('已拒绝');
    expect(csv[2]).toContain('entry_hash');

    const removed = dabiao('trust', 'remove', added.fingerprint, '--data-dir', file('third'));
    expect(removed.code, removed.stderr).toBe(0);
    expect(json<TrustedCertificate[]>(dabiao('trust', 'list', '--data-dir', file('third'), '--json'))).toEqual([]);
  });
});
