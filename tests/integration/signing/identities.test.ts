import { readFileSync } from 'node:fs';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { createIdentityService } from '../../../electron/core/signing/identity-service';
import { createPassphraseProtector } from '../../../electron/core/signing/key-protector';
import { signPdf } from '../../../electron/core/signing/pdf-sign';
import { expectAppError } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import { openTestCore } from '../../helpers/test-core';
import {
  expectValidSignatures,
  forgePkcs12,
  HAS_OPENSSL,
  pdfsig,
  runTool,
  signingFingerprint,
  tinyPdf,
  writeTemp,
} from './signing-fixtures';

const tempDir = useTempDirs('dabiao-identity-');
const PASS = 'correct horse battery';
/** Cheap scrypt for tests that make many protectors; the parameters travel with each blob. */
const FAST = { log2N: 10, r: 8, p: 1 };
const protector = (passphrase = PASS) => createPassphraseProtector(passphrase, FAST);

/** On the real clock: certificates made by openssl and forge are dated now. */
function setup() {
  const tc = openTestCore(tempDir(), { now: () => new Date() });
  return { ...tc, identities: createIdentityService(tc.core.context) };
}

describe('passphrase key protector', () => {
  it('round-trips a key and refuses a wrong passphrase or a changed blob', () => {
    const secret = Buffer.from('PKCS#8 bytes of a private key');
    const blob = protector().protect(secret);
    expect(blob.includes(secret)).toBe(false);
    expect(protector().unprotect(blob).equals(secret)).toBe(true);
    const wrong = expectAppError(() => protector('correct horse battery!').unprotect(blob), 'validation');
    expect(wrong.localized['zh-CN']).toContain('口令不正确');
    expect(wrong.localized['en-US']).toContain('Wrong passphrase');
    // The cost parameters are authenticated too: lowering them breaks the tag.
    const tampered = Buffer.from(blob);
    tampered[4] = 11;
    expectAppError(() => protector().unprotect(tampered), 'validation');
    expectAppError(() => protector().unprotect(Buffer.from('not a blob at all')), 'validation');
    expectAppError(() => createPassphraseProtector('short'), 'validation');
  });
});

describe('identities', () => {
  it('creates a self-signed identity whose key is stored only encrypted', () => {
    const { core, identities } = setup();
    const identity = identities.create({ name: '张伟', organisation: '勐腊县卫生健康局', role: '组长' }, protector());
    expect(identity).toMatchObject({
      name: '张伟',
      organisation: '勐腊县卫生健康局',
      role: '组长',
      source: 'created',
      keyProtection: 'passphrase',
    });
    expect(identity.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(identity.notAfter)).toBeGreaterThan(Date.parse(identity.notBefore));
    expect(identities.list()).toEqual([identity]);
    expect(JSON.stringify(identities.list())).not.toMatch(/PRIVATE KEY|privateKey/);

    const unlocked = identities.unlock(identity.id, protector());
    const keyDer = Buffer.from(forge.pem.decode(unlocked.signer.privateKeyPem)[0]?.body ?? '', 'binary');
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    // Neither the PEM nor the DER of the key is anywhere in the database file.
    expect(readFileSync(core.dbFile).includes(keyDer)).toBe(false);
    expect(readFileSync(core.dbFile).includes(Buffer.from(unlocked.signer.privateKeyPem))).toBe(false);
    const cert = forge.pki.certificateFromPem(unlocked.signer.certificatePem);
    expect(forge.util.decodeUtf8(String(cert.subject.getField('CN')?.value))).toBe('张伟');
    core.close();
  });

  it('refuses a wrong passphrase with a bilingual error and writes nothing', () => {
    const { core, identities } = setup();
    const identity = identities.create({ name: '张伟' }, protector());
    const before = signingFingerprint(core, '');
    const err = expectAppError(() => identities.unlock(identity.id, protector('not the passphrase')), 'validation');
    expect(err.localized['zh-CN']).toMatch(/口令不正确/);
    expect(err.localized['en-US']).toMatch(/Wrong passphrase/);
    expectAppError(() => identities.create({ name: '李娜' }, createPassphraseProtector('1234567')), 'validation');
    expect(signingFingerprint(core, '')).toEqual(before);
    core.close();
  });

  it.each([
    ['AES-256 (forge default)', undefined],
    ['3DES', '3des'],
  ] as const)('imports a node-forge PKCS#12 (%s) and signs with its key', async (_label, algorithm) => {
    const { core, identities } = setup();
    const { made, bytes } = forgePkcs12('p12-secret', algorithm);
    const identity = identities.importPkcs12(bytes, 'p12-secret', protector());
    expect(identity).toMatchObject({ name: '赵敏', organisation: '西双版纳州卫生健康委员会', source: 'imported' });
    const { signer } = identities.unlock(identity.id, protector());
    expect(signer.certificatePem.replace(/\r/g, '')).toBe(made.certificatePem.replace(/\r/g, ''));
    const signed = await signPdf(await tinyPdf(), signer, { name: '赵敏', reason: '测试', location: '景洪市' });
    expectValidSignatures(writeTemp(tempDir(), 'p12.pdf', signed), ['赵敏']);
    core.close();
  });

  it('refuses a wrong PKCS#12 passphrase, a damaged file and a second import, writing nothing', () => {
    const { core, identities } = setup();
    const { bytes } = forgePkcs12('p12-secret');
    const before = signingFingerprint(core, '');
    const wrong = expectAppError(() => identities.importPkcs12(bytes, 'p12-wrong', protector()), 'validation');
    expect(wrong.localized['zh-CN']).toContain('PKCS#12');
    expect(wrong.localized['en-US']).toContain('Wrong passphrase');
    expectAppError(() => identities.importPkcs12(bytes.subarray(0, 200), 'p12-secret', protector()), 'bad_file');
    expectAppError(() => identities.importPkcs12(Buffer.from('hello'), 'p12-secret', protector()), 'bad_file');
    expect(signingFingerprint(core, '')).toEqual(before);
    identities.importPkcs12(bytes, 'p12-secret', protector());
    expectAppError(() => identities.importPkcs12(bytes, 'p12-secret', protector()), 'conflict');
    expect(identities.list()).toHaveLength(1);
    core.close();
  });

  it.skipIf(!HAS_OPENSSL)(
    'imports what `openssl pkcs12 -export` writes: OpenSSL 3 defaults, legacy 3DES, a Chinese passphrase, an empty one',
    async () => {
      const dir = tempDir();
      const key = writeTemp(dir, 'key.pem', Buffer.alloc(0));
      const cert = writeTemp(dir, 'cert.pem', Buffer.alloc(0));
      const made = runTool('openssl', [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '30',
        '-utf8',
        '-subj',
        '/CN=王芳/O=西双版纳州卫生健康委员会',
      ]);
      expect(made.code, made.stderr).toBe(0);
      const variants: [string, string, string[]][] = [
        ['default.p12', 'p12-secret', []],
        ['legacy.p12', 'p12-secret', ['-certpbe', 'PBE-SHA1-3DES', '-keypbe', 'PBE-SHA1-3DES', '-macalg', 'sha1']],
        ['chinese.p12', '机构证书口令', []],
        ['empty.p12', '', []],
      ];
      const { core, identities } = setup();
      for (const [name, password, extra] of variants) {
        const out = `${dir}/${name}`;
        const exported = runTool('openssl', [
          'pkcs12',
          '-export',
          '-inkey',
          key,
          '-in',
          cert,
          '-passout',
          `pass:${password}`,
          '-out',
          out,
          ...extra,
        ]);
        expect(exported.code, exported.stderr).toBe(0);
        const bytes = readFileSync(out);
        expectAppError(() => identities.importPkcs12(bytes, `${password}x`, protector()), 'validation');
        const identity = identities.importPkcs12(bytes, password, protector());
        expect(identity, name).toMatchObject({ name: '王芳', organisation: '西双版纳州卫生健康委员会' });
        const { signer } = identities.unlock(identity.id, protector());
        const signed = await signPdf(await tinyPdf(), signer, { name: '王芳', reason: '测试', location: '景洪市' });
        expect(pdfsig(writeTemp(dir, `${name}.pdf`, signed)).signatures.map((s) => s.validation)).toEqual([
          'Signature is Valid.',
        ]);
        // The same certificate each time: take it out again so the next variant imports.
        core.db.prepare('DELETE FROM identity WHERE id = ?').run(identity.id);
      }
      core.close();
    },
  );

  it('refuses a key whose protector is of another kind, and an expired certificate', () => {
    const { core, identities } = setup();
    const identity = identities.create({ name: '张伟' }, protector());
    const keychain = { kind: 'os_keychain' as const, protect: (b: Buffer) => b, unprotect: (b: Buffer) => b };
    const err = expectAppError(() => identities.unlock(identity.id, keychain), 'validation');
    expect(err.localized['zh-CN']).toContain('口令');
    expect(err.localized['en-US']).toContain('a passphrase');
    // Made now for five years: long expired by 2040.
    const later = createIdentityService({ ...core.context, now: () => new Date('2040-01-01T00:00:00Z') });
    expectAppError(() => later.unlock(identity.id, protector()), 'validation');
    expectAppError(() => identities.unlock('no-such-identity', protector()), 'not_found');
    core.close();
  });
});
