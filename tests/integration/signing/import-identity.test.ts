import { describe, expect, it } from 'vitest';
import { call, dispatch } from '../../../electron/core/dispatch';
import { createHandlers, type HandlerPlatform } from '../../../electron/core/handlers';
import { noSaveDialog } from '../../../electron/core/reports/report-file';
import { createIdentityService } from '../../../electron/core/signing/identity-service';
import { createPassphraseProtector } from '../../../electron/core/signing/key-protector';
import { PKCS12_MAX_BYTES } from '../../../shared/ipc/contracts/signing';
import { rejection } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import { dbFingerprint, openTestCore } from '../../helpers/test-core';
import { forgePkcs12 } from './signing-fixtures';

const tempDir = useTempDirs('dabiao-import-identity-');
const FAST = { log2N: 10, r: 8, p: 1 };
const KEYCHAIN_STAND_IN = 'keychain stand-in';

/** The app's shell as far as keys go: its key store, played by a passphrase protector. */
const platform: HandlerPlatform = {
  ...noSaveDialog,
  keyProtector: () => createPassphraseProtector(KEYCHAIN_STAND_IN, FAST),
};

/** On the real clock: the PKCS#12 certificates are dated now. */
function setup(shell: HandlerPlatform = platform) {
  const tc = openTestCore(tempDir(), { now: () => new Date() });
  return { ...tc, handlers: createHandlers(tc.core, shell) };
}

const fingerprint = (tc: ReturnType<typeof setup>) => ({
  ...dbFingerprint(tc.core),
  identities: (tc.core.db.prepare('SELECT count(*) AS n FROM identity').get() as { n: number }).n,
  head: tc.core.db.prepare('SELECT seq, hash FROM event_log ORDER BY seq DESC LIMIT 1').get(),
});

describe('signing:import-identity', () => {
  it('imports the organisation’s PKCS#12 and keeps its key under the shell’s key store', async () => {
    const tc = setup();
    const { bytes } = forgePkcs12('机构证书口令');
    const identity = await call(tc.handlers, 'importIdentity', {
      fileName: 'org.p12',
      contentBase64: bytes.toString('base64'),
      passphrase: '机构证书口令',
    });
    expect(identity).toMatchObject({
      name: '赵敏',
      organisation: '西双版纳州卫生健康委员会',
      source: 'imported',
      keyProtection: 'passphrase',
    });
    expect(await call(tc.handlers, 'listIdentities', {})).toEqual([identity]);
    // The stored key opens with the key store's secret, not with the file's password.
    const identities = createIdentityService(tc.core.context);
    expect(identities.unlock(identity.id, createPassphraseProtector(KEYCHAIN_STAND_IN, FAST)).identity).toEqual(
      identity,
    );
    expect(() => identities.unlock(identity.id, createPassphraseProtector('机构证书口令', FAST))).toThrow();
    tc.core.close();
  });

  it('refuses a wrong password with its own bilingual error and saves nothing', async () => {
    const tc = setup();
    const { bytes } = forgePkcs12('p12-secret');
    const before = fingerprint(tc);
    const wrong = await rejection(
      call(tc.handlers, 'importIdentity', {
        fileName: 'org.p12',
        contentBase64: bytes.toString('base64'),
        passphrase: 'p12-wrong',
      }),
    );
    expect(wrong.code).toBe('validation');
    expect(wrong.localized['zh-CN']).toBe('PKCS#12 文件的口令不正确');
    expect(wrong.localized['en-US']).toContain('PKCS#12');
    expect(wrong.localized['en-US']).toMatch(/password|passphrase/i);
    expect(fingerprint(tc)).toEqual(before);
    expect(await call(tc.handlers, 'listIdentities', {})).toEqual([]);
    tc.core.close();
  });

  it('refuses a damaged file, a shell without a key store and an oversized upload, saving nothing', async () => {
    const tc = setup();
    const { bytes } = forgePkcs12('p12-secret');
    const before = fingerprint(tc);
    const damaged = await rejection(
      call(tc.handlers, 'importIdentity', {
        fileName: 'org.pfx',
        contentBase64: bytes.subarray(0, 300).toString('base64'),
        passphrase: 'p12-secret',
      }),
    );
    expect(damaged.code).toBe('bad_file');

    const bare = createHandlers(tc.core, noSaveDialog);
    const input = { fileName: 'org.p12', contentBase64: bytes.toString('base64'), passphrase: 'p12-secret' };
    const noKeychain = await rejection(call(bare, 'importIdentity', input));
    expect(noKeychain.code).toBe('validation');
    expect(noKeychain.localized['zh-CN']).toContain('钥匙串');

    const huge = Buffer.alloc(PKCS12_MAX_BYTES + 3, 1).toString('base64');
    const envelope = await dispatch(tc.handlers, 'signing:import-identity', { ...input, contentBase64: huge });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(fingerprint(tc)).toEqual(before);
    tc.core.close();
  });
});
