import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import type { HandlerPlatform } from '../../../electron/core/handlers';
import { createPassphraseProtector } from '../../../electron/core/signing/key-protector';
import { rejection } from '../../helpers/app-error';
import { pdfImages, pdfText, qpdfCheck } from '../../integration/reports/pdf-tools';
import { expectValidSignatures, forgePkcs12 } from '../../integration/signing/signing-fixtures';
import type { App } from '../harness/app';
import { checkA11y, journey } from '../harness/journey';
import { zh } from '../harness/workspace';

const SIGNER = { name: '王建国', organisation: '桃源县卫生健康局', role: '组长' };

/** Where the "save dialog" puts each file, one name per export, in a folder of the test's own. */
const outDir = mkdtempSync(join(tmpdir(), 'dabiao-e2e-reports-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
const saved: string[] = [];
const shown: string[] = [];

/**
 * Electron main's part, played by the test: the save dialog answers with a new file in `outDir`,
 * the file manager records what it was asked to show, and a passphrase protector (cheap scrypt)
 * stands in for the OS keychain (Electron safeStorage), which does not exist outside Electron.
 */
const platform: HandlerPlatform = {
  chooseSavePath: (suggested) => {
    const path = join(outDir, `${saved.length + 1}-${suggested}`);
    saved.push(path);
    return Promise.resolve(path);
  },
  keyProtector: () => createPassphraseProtector('safeStorage stand-in', { log2N: 10, r: 8, p: 1 }),
  showInFolder: (path) => void shown.push(path),
};

/**
 * The report's images on its last page (the signatures page): the drawn signatures. The pad's
 * PNGs are transparent, so each also brings its alpha mask (type "smask"), not counted.
 */
function imagesOnLastPage(file: string, pages: number): number {
  return pdfImages(file)
    .map((line) => line.trim().split(/\s+/))
    .filter(([page, , type]) => page === String(pages) && type === 'image').length;
}

/** Draws a signature-like zigzag across the pad with the mouse (pointer events, as a pen would send). */
async function drawSignature(page: Page): Promise<void> {
  const box = await page.getByTestId('signature-pad').locator('canvas').boundingBox();
  if (!box) throw new Error('the signature pad is not visible');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 30, y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(box.x + 30 + i * 25, y + (i % 2 === 0 ? -30 : 30), { steps: 4 });
  }
  await page.mouse.up();
}

/** Pointer away from the buttons: axe judges what is shown, and a hovered button is another colour. */
async function restMouse(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
}

/** The footer's close button (the title bar's ✕ has the same name). */
const closeButton = (dialog: Locator) =>
  dialog.locator('.ant-modal-footer').getByRole('button', { name: zh('ui.action.dismiss') });

async function openExport(app: App) {
  const dialog = app.page.getByRole('dialog', { name: zh('ui.report.title') });
  await app.page.getByRole('button', { name: zh('ui.report.export_button') }).click();
  await dialog.waitFor();
  return dialog;
}

journey(
  'export, sign by hand and with a key, lock, reveal and correct a completed audit',
  { journey: 'report-signing', demoSeed: 1, platform },
  async (app) => {
    const { page } = app;
    const audits = await app.call('listAudits', {});
    const summary = audits.find((a) => a.level === 'village_clinic' && a.status === 'completed');
    if (!summary) throw new Error('the demo has no completed village clinic audit');
    const auditId = summary.id;

    // Settings: a new signing identity.
    await app.open('/settings');
    const identities = page.getByTestId('identities');
    await identities.waitFor();
    await page.getByRole('button', { name: zh('ui.identities.create') }).click();
    const create = page.getByRole('dialog', { name: zh('ui.identities.create_title') });
    await create.getByRole('textbox', { name: zh('ui.identities.name') }).fill(SIGNER.name);
    await create.getByRole('textbox', { name: zh('ui.identities.organisation') }).fill(SIGNER.organisation);
    await create.getByRole('textbox', { name: zh('ui.identities.role') }).fill(SIGNER.role);
    await restMouse(page);
    await checkA11y(app, 'settings: new identity');
    await create.getByRole('button', { name: zh('ui.identities.create_action') }).click();
    await create.waitFor({ state: 'hidden' });
    const [identity] = await app.call('listIdentities', {});
    if (!identity) throw new Error('no identity was created');
    expect(identity).toMatchObject({ ...SIGNER, source: 'created' });
    const fingerprint = identities.getByTestId('identity-fingerprint');
    await expect
      .poll(() => fingerprint.textContent())
      .toBe(identity.fingerprint.toUpperCase().match(/.{4}/g)?.join(' '));
    await restMouse(page);
    await checkA11y(app, 'settings: identities');
    await app.shot('settings-identity');

    // The organisation's PKCS#12, read in the page and sent as bytes: a wrong password saves nothing.
    const p12 = join(outDir, 'org.p12');
    writeFileSync(p12, forgePkcs12('机构证书口令').bytes);
    await page.getByRole('button', { name: zh('ui.identities.import') }).click();
    const importing = page.getByRole('dialog', { name: zh('ui.identities.import_title') });
    await importing.locator('input[type="file"]').setInputFiles(p12);
    await expect.poll(() => importing.getByTestId('p12-file').textContent()).toBe('org.p12');
    const password = importing.getByLabel(zh('ui.identities.passphrase'));
    await password.fill('不是这个口令');
    await importing.getByRole('button', { name: zh('ui.identities.import_action') }).click();
    await expect
      .poll(() => importing.getByTestId('error-alert').textContent())
      .toContain(zh('signing.p12_wrong_passphrase'));
    expect(await app.call('listIdentities', {})).toHaveLength(1);
    await restMouse(page);
    await checkA11y(app, 'settings: import refused');
    await app.shot('import-refused');
    await password.fill('机构证书口令');
    await importing.getByRole('button', { name: zh('ui.identities.import_action') }).click();
    await importing.waitFor({ state: 'hidden' });
    await identities.getByRole('cell', { name: '赵敏' }).waitFor();
    expect((await app.call('listIdentities', {})).map((i) => [i.name, i.source])).toEqual([
      [SIGNER.name, 'created'],
      ['赵敏', 'imported'],
    ]);

    // The workspace of the completed audit; the team leader and the facility's representative sign on the pad.
    const { team } = (await app.call('getAudit', { id: auditId })).audit;
    const signers = (['leader', 'facility_representative'] as const).map((role) => {
      const member = team.find((m) => m.role === role);
      if (!member) throw new Error(`the demo audit's team has no ${role}`);
      return member;
    });
    await app.open(`/audits/${encodeURIComponent(auditId)}`);
    await page.getByTestId('workspace').waitFor();
    await page.getByRole('button', { name: zh('ui.signatures.button'), exact: true }).click();
    const signatures = page.getByTestId('signatures-dialog');
    for (const [index, member] of signers.entries()) {
      const entry = signatures.locator(`[data-testid="signature-entry"][data-role="${member.role}"]`);
      await entry.getByRole('button', { name: zh('ui.signatures.sign') }).click();
      const save = entry.getByRole('button', { name: zh('ui.signatures.save') });
      expect(await save.isDisabled()).toBe(true);
      await drawSignature(page);
      await expect.poll(() => save.isDisabled()).toBe(false);
      if (index === 0) {
        await restMouse(page);
        await checkA11y(app, 'signatures: pad');
        await app.shot('signature-pad');
      }
      await save.click();
      await expect.poll(() => entry.getAttribute('data-signed')).toBe('true');
      await entry.getByRole('img', { name: zh('ui.signatures.thumbnail', { name: member.name }) }).waitFor();
    }
    const drawn = await app.call('listHandwritten', { auditId });
    expect(drawn.map((h) => [h.name, h.role])).toEqual(signers.map((m) => [m.name, m.role]));
    await restMouse(page);
    await checkA11y(app, 'signatures: saved');
    await app.shot('signatures-saved');
    await closeButton(signatures).click();
    await signatures.waitFor({ state: 'hidden' });

    // Export in Chinese, unsigned: the interface language is the default.
    let dialog = await openExport(app);
    expect(await dialog.getByRole('radio', { name: zh('ui.report.lang.zh-CN') }).isChecked()).toBe(true);
    await restMouse(page);
    await checkA11y(app, 'export dialog');
    await app.shot('export-dialog');
    await dialog.getByTestId('export-start').click();
    const result = dialog.getByTestId('export-result');
    await result.waitFor();
    const exported = saved.at(-1) ?? '';
    expect(await dialog.getByTestId('export-path').textContent()).toBe(exported);
    const exportedText = pdfText(exported);
    expect(exportedText).toContain(summary.facilityName);
    for (const member of signers) expect(exportedText).toContain(member.name);
    expect(exportedText).toContain((await dialog.getByTestId('document-sha256').textContent()) ?? 'no hash shown');
    const pages = Number(/共 (\d+) 页/.exec(exportedText)?.[1]);
    expect(imagesOnLastPage(exported, pages)).toBe(signers.length);
    expect(qpdfCheck(exported).status).toBe(0);
    await dialog.getByRole('button', { name: zh('ui.report.show_in_folder') }).click();
    await expect.poll(() => shown).toEqual([exported]);
    await restMouse(page);
    await checkA11y(app, 'export result');
    await app.shot('export-result');
    await closeButton(dialog).click();
    await dialog.waitFor({ state: 'hidden' });

    // Sign with the identity: one signer, in order, and the audit locks.
    dialog = await openExport(app);
    await dialog.getByRole('checkbox', { name: new RegExp(SIGNER.name) }).check();
    await expect.poll(() => dialog.getByTestId('signer-position').textContent()).toBe('1');
    await dialog.getByRole('button', { name: zh('ui.report.sign_action', { count: 1 }) }).click();
    await dialog.locator('[data-testid="export-result"][data-signed="true"]').waitFor();
    const signed = saved.at(-1) ?? '';
    expect(signed).not.toBe(exported);
    expect(await dialog.getByTestId('export-signers').textContent()).toContain(SIGNER.name);
    expectValidSignatures(signed, [SIGNER.name]);
    const signedText = pdfText(signed);
    expect(signedText).toContain(summary.facilityName);
    expect(imagesOnLastPage(signed, Number(/共 (\d+) 页/.exec(signedText)?.[1]))).toBe(signers.length);
    await dialog.getByRole('button', { name: zh('ui.report.show_in_folder') }).click();
    await expect.poll(() => shown).toEqual([exported, signed]);
    await restMouse(page);
    await checkA11y(app, 'signed result');
    await app.shot('signed-result');
    await closeButton(dialog).click();

    // Locked: the workspace says so, and the core refuses edits whatever asks.
    await page.getByTestId('locked-notice').waitFor();
    expect(await page.getByTestId('audit-status').getAttribute('data-status')).toBe('signed');
    const { standard } = await app.call('getStandard', {
      key: (await app.call('getAudit', { id: auditId })).audit.standardKey,
    });
    const yesNo = standard.sections.flatMap((s) => s.criteria).find((c) => c.kind === 'yes_no');
    if (!yesNo) throw new Error('the standard has no yes/no criterion');
    const locked = await rejection(app.call('saveAnswer', { auditId, criterionId: yesNo.id, value: false }));
    expect(locked.code).toBe('locked');
    await restMouse(page);
    await checkA11y(app, 'workspace: locked');
    await app.shot('workspace-locked');

    // Only files main wrote can be shown: a path forged in the page is refused.
    const forged = await page.evaluate<{ ok: boolean; code?: string }>(
      `window.dabiao.invoke('reports:show-in-folder', { path: '/etc/passwd' })
        .then((r) => ({ ok: r.ok, code: r.ok ? undefined : r.error.code }))`,
    );
    expect(forged).toEqual({ ok: false, code: 'validation' });
    expect(shown).toEqual([exported, signed]);

    // A correction: a new revision, opened in its own workspace, editable again.
    await page
      .getByTestId('locked-notice')
      .getByRole('button', { name: zh('ui.report.start_revision') })
      .click();
    await expect.poll(() => new URL(page.url()).hash).not.toBe(`#/audits/${encodeURIComponent(auditId)}`);
    const revisionId = decodeURIComponent(new URL(page.url()).hash.replace('#/audits/', ''));
    await expect.poll(() => page.getByTestId('audit-status').getAttribute('data-status')).toBe('in_progress');
    expect(await page.getByTestId('locked-notice').count()).toBe(0);
    const revision = (await app.call('getAudit', { id: revisionId })).audit;
    expect(revision).toMatchObject({ revision: 2, previousId: auditId, status: 'in_progress' });
    await app.shot('revision');

    // The revision is in progress: it exports, but cannot be signed until completed, and says why.
    dialog = await openExport(app);
    await dialog.getByTestId('sign-blocked').waitFor();
    expect(await dialog.getByTestId('sign-blocked').textContent()).toContain(zh('status.in_progress'));
    expect(await dialog.getByRole('checkbox', { name: new RegExp(SIGNER.name) }).isDisabled()).toBe(true);
    await restMouse(page);
    await checkA11y(app, 'export dialog: cannot sign');
    await app.shot('revision-cannot-sign');
    await dialog.getByRole('button', { name: zh('ui.action.cancel') }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(existsSync(exported) && existsSync(signed)).toBe(true);
  },
);
