import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSelfSigned } from '../../../electron/core/signing/certificate';
import { dabiao, expectBilingualFailure, json, snapshot } from '../cli/cli-harness';
import { expectValidSignatures, pdfsig, runTool } from './signing-fixtures';

interface ListedIdentity {
  id: string;
  name: string;
  fingerprint: string;
  notBefore: string;
  notAfter: string;
}

interface ListedAudit {
  id: string;
  facility: string;
  level: string;
  status: string;
}

let dir: string;
let dataDir: string;
let dbFile: string;
let zhang: ListedIdentity;
const file = (name: string) => join(dir, name);
/** Each step spawns the real CLI (a second or more); never a timing assertion. */
const SPAWNS = { timeout: 300_000 };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dabiao-cli-signing-'));
  dataDir = join(dir, 'data');
  dbFile = join(dataDir, 'dabiao.sqlite');
  writeFileSync(file('pass.txt'), 'correct horse battery\n');
  writeFileSync(file('wrong.txt'), 'not the right passphrase\n');
  writeFileSync(file('short.txt'), 'short\n');
  const demo = dabiao('demo', '--data-dir', dataDir);
  expect(demo.stderr).toBe('');
  expect(demo.code).toBe(0);
  zhang = json<ListedIdentity>(
    dabiao(
      'identity',
      'create',
      '--name',
      '张伟',
      '--organisation',
      '石门县卫生健康局',
      '--role',
      '组长',
      '--passphrase-file',
      file('pass.txt'),
      '--data-dir',
      dataDir,
      '--json',
    ),
  );
  json(
    dabiao(
      'identity',
      'create',
      '--name',
      '李娜',
      '--passphrase-file',
      file('pass.txt'),
      '--data-dir',
      dataDir,
      '--json',
    ),
  );
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const completedAudits = () =>
  json<ListedAudit[]>(dabiao('audit', 'list', '--data-dir', dataDir, '--json', '--status', 'completed'));

describe('dabiao identity and report', SPAWNS, () => {
  it("lists the identities made, and signs a demo audit's report that pdfsig validates and pdftotext reads", () => {
    const listed = json<ListedIdentity[]>(dabiao('identity', 'list', '--json', '--data-dir', dataDir));
    expect(listed.map((i) => i.name)).toEqual(['张伟', '李娜']);
    for (const identity of listed) {
      expect(identity.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(identity.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(Date.parse(identity.notAfter)).toBeGreaterThan(Date.parse(identity.notBefore));
    }
    const human = dabiao('identity', 'list', '--data-dir', dataDir, '--lang', 'en-US');
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Certificate fingerprint (SHA-256)');
    expect(human.stdout).toContain(zhang.fingerprint);

    const audit = completedAudits().find((a) => a.level === 'county_hospital');
    if (!audit) throw new Error('the demo has a completed county hospital audit');

    const unsigned = dabiao('report', audit.id, '--out', file('unsigned.pdf'), '--data-dir', dataDir);
    expect(unsigned.code, unsigned.stderr).toBe(0);
    expect(unsigned.stdout).toContain('unsigned.pdf');
    expect(pdfsig(file('unsigned.pdf')).signatures).toEqual([]);

    const result = json<{ path: string; pages: number; signatures: { name: string }[] }>(
      dabiao(
        'report',
        audit.id,
        '--out',
        file('signed.pdf'),
        '--sign',
        zhang.id,
        '--sign',
        '李娜',
        '--passphrase-file',
        file('pass.txt'),
        '--lang',
        'both',
        '--data-dir',
        dataDir,
        '--json',
      ),
    );
    expect(result.path).toBe(file('signed.pdf'));
    expect(result.signatures.map((s) => s.name)).toEqual(['张伟', '李娜']);
    const signatures = expectValidSignatures(file('signed.pdf'), ['张伟', '李娜']);
    expect(signatures[1]?.totalDocument).toBe(true);
    const check = runTool('qpdf', ['--check', file('signed.pdf')]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const text = runTool('pdftotext', ['-enc', 'UTF-8', file('signed.pdf'), '-']).stdout;
    expect(text).toContain(audit.facility);
    expect(text).toContain('核查结论');
    expect(text).toContain('Compliance audit report');

    const after = completedAudits().map((a) => a.id);
    expect(after).not.toContain(audit.id);
    const shown = json<{ audit: { status: string } }>(
      dabiao('audit', 'show', audit.id, '--data-dir', dataDir, '--json'),
    );
    expect(shown.audit.status).toBe('signed');

    // Signed once: a second signing is refused, and nothing changes.
    const before = snapshot(dbFile);
    const again = dabiao(
      'report',
      audit.id,
      '--out',
      file('again.pdf'),
      '--sign',
      '张伟',
      '--passphrase-file',
      file('pass.txt'),
      '--data-dir',
      dataDir,
    );
    expectBilingualFailure(again, 1);
    expect(again.stderr).toContain('已签名');
    expect(snapshot(dbFile)).toEqual(before);
  });

  it('refuses a wrong passphrase, a missing one and a short one, writing nothing', () => {
    const audit = completedAudits()[0];
    if (!audit) throw new Error('the demo has completed audits');
    const before = snapshot(dbFile);
    const wrong = dabiao(
      'report',
      audit.id,
      '--out',
      file('wrong.pdf'),
      '--sign',
      '张伟',
      '--passphrase-file',
      file('wrong.txt'),
      '--data-dir',
      dataDir,
    );
    expectBilingualFailure(wrong, 1);
    expect(wrong.stderr).toContain('口令不正确');
    expect(wrong.stderr).toContain('Wrong passphrase');
    expectBilingualFailure(
      dabiao('report', audit.id, '--out', file('x.pdf'), '--sign', '张伟', '--data-dir', dataDir),
      2,
    );
    expectBilingualFailure(
      dabiao('identity', 'create', '--name', '王芳', '--passphrase-file', file('short.txt'), '--data-dir', dataDir),
      1,
    );
    expectBilingualFailure(
      dabiao('identity', 'create', '--name', '王芳', '--passphrase-file', file('missing.txt'), '--data-dir', dataDir),
      1,
    );
    expect(snapshot(dbFile)).toEqual(before);
    expect(existsSync(file('wrong.pdf'))).toBe(false);
  });

  it('imports an organisation PKCS#12 with its own passphrase and refuses a wrong one', () => {
    const made = createSelfSigned({ name: '赵敏', organisation: '东山市卫生健康委员会' }, new Date());
    const key = forge.pki.privateKeyFromAsn1(forge.asn1.fromDer(made.privateKeyPkcs8.toString('binary')));
    const cert = forge.pki.certificateFromPem(made.certificatePem);
    const p12 = forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(key, [cert], 'org-p12-secret')).getBytes();
    writeFileSync(file('org.p12'), Buffer.from(p12, 'binary'));
    writeFileSync(file('p12pass.txt'), 'org-p12-secret\n');

    const before = snapshot(dbFile);
    const wrong = dabiao(
      'identity',
      'import',
      file('org.p12'),
      '--passphrase-file',
      file('pass.txt'),
      '--data-dir',
      dataDir,
    );
    expectBilingualFailure(wrong, 1);
    expect(wrong.stderr).toContain('PKCS#12');
    expect(snapshot(dbFile)).toEqual(before);

    const imported = json<ListedIdentity>(
      dabiao(
        'identity',
        'import',
        file('org.p12'),
        '--passphrase-file',
        file('pass.txt'),
        '--p12-passphrase-file',
        file('p12pass.txt'),
        '--data-dir',
        dataDir,
        '--json',
      ),
    );
    expect(imported.name).toBe('赵敏');
    const list = json<ListedIdentity[]>(dabiao('identity', 'list', '--json', '--data-dir', dataDir));
    expect(list.map((i) => i.id)).toContain(imported.id);
  });
});
