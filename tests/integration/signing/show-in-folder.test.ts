import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../../electron/core/dispatch';
import { createHandlers, type HandlerPlatform } from '../../../electron/core/handlers';
import { createPassphraseProtector } from '../../../electron/core/signing/key-protector';
import { rejection } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import { openAuditCore } from '../../helpers/test-core';
import { completedAudit } from './signing-fixtures';

const tempDir = useTempDirs('dabiao-reveal-');
const FAST = { log2N: 10, r: 8, p: 1 };

/** The desktop's part, played by the test: a save dialog naming `savePath` and a file manager that records. */
function revealingPlatform(savePath: string | null, withRevealer = true) {
  const shown: string[] = [];
  const platform: HandlerPlatform = {
    chooseSavePath: () => Promise.resolve(savePath),
    keyProtector: () => createPassphraseProtector('keychain stand-in', FAST),
    ...(withRevealer ? { showInFolder: (path: string) => void shown.push(path) } : {}),
  };
  return { platform, shown };
}

async function exported(handlers: ReturnType<typeof createHandlers>, auditId: string): Promise<string> {
  const result = await call(handlers, 'exportReport', { auditId, lang: 'zh-CN' });
  if ('cancelled' in result) throw new Error('the test dialog does not cancel');
  return result.path;
}

describe('reports:show-in-folder', () => {
  it('reveals a report this session exported, and refuses every other path with a specific error', async () => {
    const root = tempDir();
    const { core, audit } = await openAuditCore(root);
    const out = join(root, '报告.pdf');
    const { platform, shown } = revealingPlatform(out);
    const handlers = createHandlers(core, platform);
    const path = await exported(handlers, audit.id);
    expect(path).toBe(out);

    expect(await call(handlers, 'showInFolder', { path })).toEqual({ shown: true });
    expect(shown).toEqual([out]);

    // A real file main did not write, the database, a spelling of the report's path that is not
    // the one main returned, and a system file: none is revealed.
    const other = join(root, 'other.pdf');
    copyFileSync(out, other);
    const forged = [other, join(core.dataDir, 'dabiao.sqlite'), `${root}/./报告.pdf`, '/etc/passwd'];
    for (const candidate of forged) {
      const refused = await rejection(call(handlers, 'showInFolder', { path: candidate }));
      expect(refused.code, candidate).toBe('validation');
      expect(refused.localized['zh-CN'], candidate).toContain('不能打开其所在文件夹');
      expect(refused.localized['en-US'], candidate).toContain('did not write');
      expect(refused.localized['en-US'], candidate).toContain(candidate);
    }
    expect(shown).toEqual([out]);
    core.close();
  });

  it('reveals a signed copy, and forgets everything in a new session', async () => {
    const root = tempDir();
    const { core, audit } = await completedAudit(root);
    const out = join(root, 'signed.pdf');
    const { platform, shown } = revealingPlatform(out);
    const handlers = createHandlers(core, platform);
    const identity = await call(handlers, 'createIdentity', { name: '张伟' });
    const signed = await call(handlers, 'signAudit', { auditId: audit.id, identityIds: [identity.id], lang: 'zh-CN' });
    if ('cancelled' in signed) throw new Error('the test dialog does not cancel');
    await call(handlers, 'showInFolder', { path: signed.path });
    expect(shown).toEqual([out]);

    // The same core behind a new handler table (an app restart): nothing written yet, nothing shown.
    const restarted = createHandlers(core, platform);
    expect((await rejection(call(restarted, 'showInFolder', { path: out }))).code).toBe('validation');
    expect(shown).toEqual([out]);
    core.close();
  });

  it('records nothing for a cancelled save', async () => {
    const root = tempDir();
    const { core, audit } = await openAuditCore(root);
    const target = join(root, 'chosen-later.pdf');
    writeFileSync(target, 'a file that exists');
    const { platform, shown } = revealingPlatform(null);
    const handlers = createHandlers(core, platform);
    expect(await call(handlers, 'exportReport', { auditId: audit.id, lang: 'both' })).toEqual({ cancelled: true });
    expect((await rejection(call(handlers, 'showInFolder', { path: target }))).code).toBe('validation');
    expect(shown).toEqual([]);
    core.close();
  });

  it('refuses clearly without a file manager, and when the written file is gone', async () => {
    const root = tempDir();
    const { core, audit } = await openAuditCore(root);
    const out = join(root, 'report.pdf');
    const bare = createHandlers(core, revealingPlatform(out, false).platform);
    const unavailable = await rejection(call(bare, 'showInFolder', { path: await exported(bare, audit.id) }));
    expect(unavailable.code).toBe('conflict');
    expect(unavailable.localized['zh-CN']).toContain('无法打开文件夹');
    expect(unavailable.localized['en-US']).toContain('cannot be opened here');

    const { platform, shown } = revealingPlatform(out);
    const handlers = createHandlers(core, platform);
    const path = await exported(handlers, audit.id);
    rmSync(path);
    const gone = await rejection(call(handlers, 'showInFolder', { path }));
    expect(gone.code).toBe('not_found');
    expect(gone.localized['en-US']).toContain('no longer exists');
    expect(shown).toEqual([]);
    core.close();
  });
});
