import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../../electron/core/dispatch';
import { createPassphraseProtector } from '../../../electron/core/signing/key-protector';
import type { ReportSource } from '../../../electron/core/signing/signing-service';
import { expectAppError, rejection } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import { dbFingerprint } from '../../helpers/test-core';
import {
  completedAudit,
  expectValidSignatures,
  fakeReports,
  pdfsig,
  signaturePng,
  signingFingerprint,
} from './signing-fixtures';

const tempDir = useTempDirs('dabiao-signing-');
const FAST = { log2N: 10, r: 8, p: 1 };
const unlock = (passphrase = 'correct horse battery') => createPassphraseProtector(passphrase, FAST);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function withIdentities(names: readonly string[]) {
  const tc = await completedAudit(tempDir());
  const ids = names.map((name) => tc.identities.create({ name, organisation: '勐腊县卫生健康局' }, unlock()).id);
  return { ...tc, ids };
}

describe('signing an audit', () => {
  it('signs a completed audit: a valid PDF kept under its hash, signatures recorded, audit locked', async () => {
    const tc = await withIdentities(['张伟']);
    const { core, dataDir, audit, signing, ids } = tc;
    const eventsBefore = core.repos.events.verify().count;
    const signed = await signing.signAudit(audit.id, { identityIds: ids, unlock: unlock(), lang: 'zh-CN' });

    expect(signed.sha256).toBe(sha256(signed.pdf));
    expect(signed.storedPath).toBe(join(dataDir, 'reports', `${signed.sha256}.pdf`));
    expect(readFileSync(signed.storedPath).equals(signed.pdf)).toBe(true);
    expect(readdirSync(join(dataDir, 'reports'))).toEqual([`${signed.sha256}.pdf`]);
    const { output, signatures } = pdfsig(signed.storedPath);
    expect(
      signatures.map((s) => [s.commonName, s.validation, s.totalDocument]),
      output,
    ).toEqual([['张伟', 'Signature is Valid.', true]]);

    expect(core.repos.audits.get(audit.id)?.status).toBe('signed');
    expect(signed.signatures).toEqual([expect.objectContaining({ identityId: ids[0], name: '张伟', position: 1 })]);
    const rows = core.db.prepare('SELECT * FROM report_signature WHERE audit_id = ?').all(audit.id);
    expect(rows).toEqual([
      expect.objectContaining({
        identity_id: ids[0],
        position: 1,
        pdf_sha256: signed.sha256,
        document_sha256: signed.documentSha256,
        pages: 2,
      }),
    ]);
    const log = core.repos.events.verify();
    expect(log).toEqual({ ok: true, count: eventsBefore + 1 });
    const last = core.db.prepare('SELECT type, payload_json FROM event_log ORDER BY seq DESC LIMIT 1').get() as {
      type: string;
      payload_json: string;
    };
    expect(last.type).toBe('audit.signed');
    expect(JSON.parse(last.payload_json)).toMatchObject({ pdfSha256: signed.sha256, pages: 2 });
    core.close();
  });

  it('has several identities sign in turn, every signature valid', async () => {
    const { core, audit, signing, ids } = await withIdentities(['张伟', '李娜', '王芳']);
    const signed = await signing.signAudit(audit.id, { identityIds: ids, unlock: unlock(), lang: 'both' });
    expectValidSignatures(signed.storedPath, ['张伟', '李娜', '王芳']);
    expect(signed.signatures.map((s) => s.position)).toEqual([1, 2, 3]);
    core.close();
  });

  it('signs only a completed audit, and never twice', async () => {
    const tc = await withIdentities(['张伟']);
    const { core, handlers, audit, signing, ids, reports } = tc;
    await call(handlers, 'setStatus', { id: audit.id, status: 'in_progress' });
    const before = signingFingerprint(core, audit.id);
    const open = await rejection(signing.signAudit(audit.id, { identityIds: ids, unlock: unlock(), lang: 'zh-CN' }));
    expect(open.code).toBe('validation');
    expect(open.localized['zh-CN']).toContain('只有已完成的审核才能签名');
    expect(open.localized['en-US']).toContain('Only a completed audit can be signed');
    expect(signingFingerprint(core, audit.id)).toEqual(before);
    expect((reports as ReturnType<typeof fakeReports>).rendered).toBe(0);

    await call(handlers, 'setStatus', { id: audit.id, status: 'completed' });
    await signing.signAudit(audit.id, { identityIds: ids, unlock: unlock(), lang: 'zh-CN' });
    const again = await rejection(signing.signAudit(audit.id, { identityIds: ids, unlock: unlock(), lang: 'zh-CN' }));
    expect(again.code).toBe('locked');
    core.close();
  });

  it('refuses a wrong passphrase before rendering anything, and writes nothing', async () => {
    const tc = await withIdentities(['张伟', '李娜']);
    const { core, dataDir, audit, signing, ids, reports } = tc;
    const before = { ...signingFingerprint(core, audit.id), ...dbFingerprint(core) };
    const err = await rejection(
      signing.signAudit(audit.id, { identityIds: ids, unlock: unlock('wrong passphrase'), lang: 'zh-CN' }),
    );
    expect(err.code).toBe('validation');
    expect(err.localized['zh-CN']).toContain('口令不正确');
    expect(err.localized['en-US']).toContain('Wrong passphrase');
    expect({ ...signingFingerprint(core, audit.id), ...dbFingerprint(core) }).toEqual(before);
    expect((reports as ReturnType<typeof fakeReports>).rendered).toBe(0);
    expect(existsSync(join(dataDir, 'reports'))).toBe(false);
    core.close();
  });

  it('records nothing when the audit changes while its report is being made', async () => {
    // Set once the audit exists: the edit that lands between rendering and the commit.
    const race = { sneak: (): void => undefined };
    const tc = await completedAudit(tempDir(), (core) => {
      const inner = fakeReports(core);
      const racing: ReportSource = {
        documentSha256: inner.documentSha256,
        async render(auditId, options) {
          const rendered = await inner.render(auditId, options);
          race.sneak();
          return rendered;
        },
      };
      return racing;
    });
    const { core, audit, signing, identities, handwritten } = tc;
    const id = identities.create({ name: '张伟' }, unlock()).id;
    race.sneak = () => {
      handwritten.save({
        auditId: audit.id,
        name: '刘强',
        role: 'facility_representative',
        pngBase64: signaturePng().toString('base64'),
      });
    };
    const err = await rejection(signing.signAudit(audit.id, { identityIds: [id], unlock: unlock(), lang: 'zh-CN' }));
    expect(err.code).toBe('conflict');
    expect(err.localized['en-US']).toContain('changed while it was being signed');
    expect(core.repos.audits.get(audit.id)?.status).toBe('completed');
    expect(core.db.prepare('SELECT count(*) AS n FROM report_signature').get()).toEqual({ n: 0 });
    // The PDF signed for the refused commit is not kept.
    expect(readdirSync(join(tc.dataDir, 'reports'))).toEqual([]);
    core.close();
  });
});

describe('handwritten signatures', () => {
  it('are saved as PNG, replaced per person and role, listed, and handed to the report', async () => {
    const tc = await withIdentities(['张伟']);
    const { core, audit, handwritten, signing, ids } = tc;
    const png = signaturePng();
    const first = handwritten.save({
      auditId: audit.id,
      name: '张伟',
      role: 'leader',
      pngBase64: png.toString('base64'),
    });
    expect(first).toMatchObject({ name: '张伟', role: 'leader', pngSha256: sha256(png) });
    const redrawn = signaturePng(60, 20);
    const again = handwritten.save({
      auditId: audit.id,
      name: '张伟',
      role: 'leader',
      pngBase64: redrawn.toString('base64'),
    });
    expect(again.id).toBe(first.id);
    expect(again.pngSha256).toBe(sha256(redrawn));
    handwritten.save({
      auditId: audit.id,
      name: '刘强',
      role: 'facility_representative',
      pngBase64: png.toString('base64'),
    });
    expect(handwritten.list(audit.id).map((h) => [h.name, h.role])).toEqual([
      ['张伟', 'leader'],
      ['刘强', 'facility_representative'],
    ]);
    // Saving a drawing does not reopen a completed audit.
    expect(core.repos.audits.get(audit.id)?.status).toBe('completed');

    const before = signingFingerprint(core, audit.id);
    for (const bad of [Buffer.from('GIF89a not a png at all, really'), Buffer.alloc(40, 0x89), signaturePng(5000, 1)]) {
      expectAppError(
        () =>
          handwritten.save({ auditId: audit.id, name: '赵敏', role: 'inspector', pngBase64: bad.toString('base64') }),
        'bad_file',
      );
    }
    expect(signingFingerprint(core, audit.id)).toEqual(before);

    await signing.signAudit(audit.id, { identityIds: ids, unlock: unlock(), lang: 'zh-CN' });
    expect((tc.reports as ReturnType<typeof fakeReports>).handwrittenNames).toEqual(['张伟', '刘强']);
    core.close();
  });
});

describe('a signed audit', () => {
  it('refuses every edit through the contracts with `locked`, and its handwritten signatures in the database', async () => {
    const tc = await withIdentities(['张伟']);
    const { core, handlers, audit, signing, handwritten, ids } = tc;
    const png = signaturePng().toString('base64');
    handwritten.save({ auditId: audit.id, name: '张伟', role: 'leader', pngBase64: png });
    const detail = await call(handlers, 'getAudit', { id: audit.id });
    const staff = detail.rosters.staff[0];
    if (!staff) throw new Error('fixture has a staff member');
    // Findings and evidence may still be added to a completed audit; after signing, no more.
    const finding = await call(handlers, 'createFinding', {
      auditId: audit.id,
      criterionId: 'T-YN',
      description: '标识褪色',
    });
    const evidence = await call(handlers, 'attachEvidence', {
      auditId: audit.id,
      fileName: '门牌.png',
      mimeType: 'image/png',
      contentBase64: png,
    });
    expect(core.repos.audits.get(audit.id)?.status).toBe('completed');
    await signing.signAudit(audit.id, { identityIds: ids, unlock: unlock(), lang: 'zh-CN' });

    const before = { ...dbFingerprint(core), ...signingFingerprint(core, audit.id) };
    const attempts: [string, () => Promise<unknown>][] = [
      ['saveAnswer', () => call(handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'T-YN', value: false })],
      ['clearAnswer', () => call(handlers, 'clearAnswer', { auditId: audit.id, criterionId: 'T-YN' })],
      [
        'saveStaff',
        () =>
          call(handlers, 'saveStaff', {
            auditId: audit.id,
            id: staff.id,
            name: '改名',
            qualification: 'village_doctor',
          }),
      ],
      [
        'saveStaff new',
        () => call(handlers, 'saveStaff', { auditId: audit.id, name: '新人', qualification: 'village_doctor' }),
      ],
      [
        'saveEquipment',
        () =>
          call(handlers, 'saveEquipment', { auditId: audit.id, catalogCode: 'EQ-BP', present: true, working: true }),
      ],
      ['saveDrug', () => call(handlers, 'saveDrug', { auditId: audit.id, genericName: '布洛芬', inStock: true })],
      ['removeRow', () => call(handlers, 'removeRow', { auditId: audit.id, roster: 'staff', id: staff.id })],
      [
        'createFinding',
        () => call(handlers, 'createFinding', { auditId: audit.id, criterionId: 'T-YN', description: 'x' }),
      ],
      [
        'attachEvidence',
        () =>
          call(handlers, 'attachEvidence', {
            auditId: audit.id,
            fileName: 'a.png',
            mimeType: 'image/png',
            contentBase64: png,
          }),
      ],
      ['updateFinding', () => call(handlers, 'updateFinding', { id: finding.id, description: '改写' })],
      ['removeFinding', () => call(handlers, 'removeFinding', { id: finding.id })],
      ['removeEvidence', () => call(handlers, 'removeEvidence', { id: evidence.id })],
      ['setStatus', () => call(handlers, 'setStatus', { id: audit.id, status: 'in_progress' })],
    ];
    for (const [label, attempt] of attempts) {
      const err = await rejection(attempt());
      expect(err.code, label).toBe(label === 'setStatus' ? 'validation' : 'locked');
    }
    expectAppError(
      () => handwritten.save({ auditId: audit.id, name: '刘强', role: 'facility_representative', pngBase64: png }),
      'locked',
    );
    expectAppError(
      () => handwritten.save({ auditId: audit.id, name: '张伟', role: 'leader', pngBase64: png }),
      'locked',
    );
    // Straight to the tables: the triggers hold whatever code path writes.
    expect(() => core.db.prepare(`UPDATE handwritten_signature SET signer_name = 'x'`).run()).toThrow(/audit_locked/);
    expect(() => core.db.prepare('DELETE FROM handwritten_signature').run()).toThrow(/audit_locked/);
    expect(() => core.db.prepare(`UPDATE report_signature SET pages = 9`).run()).toThrow(/report_signature_immutable/);
    expect(() => core.db.prepare('DELETE FROM report_signature').run()).toThrow(/report_signature_immutable/);
    expect({ ...dbFingerprint(core), ...signingFingerprint(core, audit.id) }).toEqual(before);
    core.close();
  });
});
