import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, dispatch } from '../../../electron/core/dispatch';
import { createHandlers, type HandlerPlatform } from '../../../electron/core/handlers';
import { createPassphraseProtector } from '../../../electron/core/signing/key-protector';
import { HANDWRITTEN_PNG_MAX_BYTES } from '../../../shared/ipc/contracts/signing';
import { contracts } from '../../../shared/ipc';
import { rejection } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import { dbFingerprint } from '../../helpers/test-core';
import { completedAudit, pdfsig, runTool, signaturePng, signingFingerprint } from './signing-fixtures';

const tempDir = useTempDirs('dabiao-sign-contract-');
const FAST = { log2N: 10, r: 8, p: 1 };

/** The desktop shell's part, played by the test: a save dialog and a key protector. */
function testPlatform(savePath: string | null) {
  const asked: string[] = [];
  const platform: HandlerPlatform = {
    chooseSavePath: async (suggested) => {
      asked.push(suggested);
      return savePath;
    },
    keyProtector: () => createPassphraseProtector('keychain stand-in', FAST),
  };
  return { platform, asked };
}

describe('signing contracts', () => {
  it('create an identity, take handwritten signatures and sign the real report to the chosen file', async () => {
    const root = tempDir();
    const out = join(root, 'signed.pdf');
    const tc = await completedAudit(root);
    const { core, audit } = tc;
    const { platform, asked } = testPlatform(out);
    const handlers = createHandlers(core, platform);

    const identity = await call(handlers, 'createIdentity', { name: '张伟', organisation: '勐腊县卫生健康局' });
    expect(await call(handlers, 'listIdentities', {})).toEqual([identity]);
    const png = signaturePng().toString('base64');
    await call(handlers, 'saveHandwritten', { auditId: audit.id, name: '张伟', role: 'leader', pngBase64: png });
    await call(handlers, 'saveHandwritten', {
      auditId: audit.id,
      name: '刘强',
      role: 'facility_representative',
      pngBase64: png,
    });
    expect((await call(handlers, 'listHandwritten', { auditId: audit.id })).map((h) => h.name)).toEqual([
      '张伟',
      '刘强',
    ]);

    const signed = await call(handlers, 'signAudit', { auditId: audit.id, identityIds: [identity.id], lang: 'zh-CN' });
    if ('cancelled' in signed) throw new Error('not cancelled');
    expect(asked).toEqual([expect.stringMatching(/^勐仑镇卫生院-.*-signed\.pdf$/)]);
    expect(signed.path).toBe(out);
    expect(signed.signatures).toEqual([expect.objectContaining({ identityId: identity.id, name: '张伟' })]);
    const { output, signatures } = pdfsig(out);
    expect(
      signatures.map((s) => [s.commonName, s.validation, s.totalDocument]),
      output,
    ).toEqual([['张伟', 'Signature is Valid.', true]]);
    const check = runTool('qpdf', ['--check', out]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const text = runTool('pdftotext', ['-enc', 'UTF-8', out, '-']).stdout;
    expect(text).toContain('勐仑镇卫生院');
    expect(text).toContain(signed.documentSha256);
    expect(readFileSync(join(core.dataDir, 'reports', `${signed.sha256}.pdf`)).equals(readFileSync(out))).toBe(true);
    expect((await call(handlers, 'getAudit', { id: audit.id })).audit.status).toBe('signed');

    const locked = await rejection(
      call(handlers, 'saveHandwritten', { auditId: audit.id, name: '王芳', role: 'inspector', pngBase64: png }),
    );
    expect(locked.code).toBe('locked');
    core.close();
  });

  it('signs nothing when the save dialog is cancelled', async () => {
    const tc = await completedAudit(tempDir());
    const { core, audit } = tc;
    const { platform } = testPlatform(null);
    const handlers = createHandlers(core, platform);
    const identity = await call(handlers, 'createIdentity', { name: '张伟' });
    const before = { ...dbFingerprint(core), ...signingFingerprint(core, audit.id) };
    expect(await call(handlers, 'signAudit', { auditId: audit.id, identityIds: [identity.id], lang: 'both' })).toEqual({
      cancelled: true,
    });
    expect({ ...dbFingerprint(core), ...signingFingerprint(core, audit.id) }).toEqual(before);
    expect(existsSync(join(core.dataDir, 'reports'))).toBe(false);
    core.close();
  });

  it('refuses bad input before any work: not a PNG, too big, a signer twice, no keychain', async () => {
    const tc = await completedAudit(tempDir());
    const { core, audit } = tc;
    const { platform, asked } = testPlatform(join(core.dataDir, 'x.pdf'));
    const handlers = createHandlers(core, platform);
    const identity = await call(handlers, 'createIdentity', { name: '张伟' });
    const before = { ...dbFingerprint(core), ...signingFingerprint(core, audit.id) };

    const notPng = await rejection(
      call(handlers, 'saveHandwritten', {
        auditId: audit.id,
        name: '张伟',
        role: 'leader',
        pngBase64: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64'),
      }),
    );
    expect(notPng.code).toBe('bad_file');
    expect(notPng.localized['zh-CN']).toContain('PNG');
    const huge = Buffer.alloc(HANDWRITTEN_PNG_MAX_BYTES + 3, 1).toString('base64');
    const tooBig = await dispatch(handlers, contracts.saveHandwritten.channel, {
      auditId: audit.id,
      name: '张伟',
      role: 'leader',
      pngBase64: huge,
    });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'validation' } });
    const twice = await dispatch(handlers, contracts.signAudit.channel, {
      auditId: audit.id,
      identityIds: [identity.id, identity.id],
      lang: 'zh-CN',
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'validation' } });
    const unknown = await rejection(
      call(handlers, 'signAudit', { auditId: audit.id, identityIds: ['no-such-identity'], lang: 'zh-CN' }),
    );
    expect(unknown.code).toBe('not_found');

    const bare = createHandlers(core);
    const noKeychain = await rejection(call(bare, 'createIdentity', { name: '李娜' }));
    expect(noKeychain.code).toBe('validation');
    expect(noKeychain.localized['en-US']).toContain('keychain');
    expect({ ...dbFingerprint(core), ...signingFingerprint(core, audit.id) }).toEqual(before);
    // Every refusal came before the save dialog; nothing was signed or written.
    expect(asked).toEqual([]);
    expect(existsSync(join(core.dataDir, 'x.pdf'))).toBe(false);
    core.close();
  });
});
