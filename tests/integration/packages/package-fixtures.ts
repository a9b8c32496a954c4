import { join } from 'node:path';
import type { Core } from '../../../electron/core/core';
import { call } from '../../../electron/core/dispatch';
import { createRevisionService } from '../../../electron/core/audits/revision-service';
import { markExported, prepareAuditFile } from '../../../electron/core/packages/package-export';
import { buildAuditFile } from '../../../electron/core/packages/build-audit-file';
import { keySigner, type ManifestSigner } from '../../../electron/core/packages/package-signature';
import { createSelfSigned, privateKeyOf } from '../../../electron/core/signing/certificate';
import type { AuditDocument } from '../../../shared/logic/audit-document';
import { createEvidenceStore } from '../../../electron/core/evidence/evidence-store';
import { createIdentityService } from '../../../electron/core/signing/identity-service';
import { createPassphraseProtector } from '../../../electron/core/signing/key-protector';
import { createSigningService } from '../../../electron/core/signing/signing-service';
import { packageRepository } from '../../../electron/core/packages/package-repository';
import { dbFingerprint, openAuditCore, openTestCore, type TestCore } from '../../helpers/test-core';
import { jpegBytes, pngBytes } from '../evidence/evidence-fixtures';
import { fakeReports } from '../signing/signing-fixtures';

/** scrypt at its floor: the key protection is tested elsewhere, here it only has to open. */
const FAST = { log2N: 10, r: 8, p: 1 };
export const unlock = () => createPassphraseProtector('correct horse battery', FAST);

/** Every table an import writes, for "nothing was written". */
export function importFingerprint(core: Core): Record<string, unknown> {
  const count = (table: string) => (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    ...dbFingerprint(core),
    more: ['signer_certificate', 'trusted_certificate', 'imported_audit', 'audit_superseded', 'audit_result'].map(
      (t) => [t, count(t)],
    ),
  };
}

/**
 * A signed village-clinic inspection with every criterion answered, all three rosters, a finding
 * and two evidence files (one on the finding), plus an identity that can sign its export.
 */
export async function signedAudit(root: string, signer = '张伟') {
  const tc = await openAuditCore(root);
  const { handlers, core, audit } = tc;
  const auditId = audit.id;
  const answer = (criterionId: string, value: boolean | number | string | string[]) =>
    call(handlers, 'saveAnswer', { auditId, criterionId, value });
  await answer('F-AREA', 80);
  await answer('M-YN', true);
  await answer('M-NUM', 2);
  await answer('M-ROOMS', ['consult', 'treat', 'pharmacy', 'obs']);
  await answer('M-GRADE', 'A');
  await call(handlers, 'saveStaff', { auditId, name: '王医生', qualification: 'village_doctor', verified: true });
  for (const catalogCode of ['EQ-BP', 'EQ-STETH'])
    await call(handlers, 'saveEquipment', { auditId, catalogCode, present: true, working: true });
  for (const [catalogCode, genericName] of [
    ['D1', '阿莫西林'],
    ['D2', '布洛芬'],
    ['D3', '硝苯地平'],
    ['D4', '二甲双胍'],
  ] as const)
    await call(handlers, 'saveDrug', { auditId, catalogCode, genericName, inStock: true, quantity: 20 });
  const finding = await call(handlers, 'createFinding', {
    auditId,
    criterionId: 'M-YN',
    description: '标识褪色',
    deadline: '2024-06-30',
  });
  const attach = (fileName: string, mimeType: 'image/png' | 'image/jpeg', bytes: Buffer, on: object) =>
    call(handlers, 'attachEvidence', { auditId, fileName, mimeType, contentBase64: bytes.toString('base64'), ...on });
  await attach('门牌.png', 'image/png', pngBytes(), { criterionId: 'M-YN' });
  await attach('整改前.jpg', 'image/jpeg', jpegBytes(3), { findingId: finding.id });
  await call(handlers, 'setStatus', { id: auditId, status: 'completed' });

  const identities = createIdentityService(core.context);
  const identity = identities.create({ name: signer, organisation: '勐腊县卫生健康局' }, unlock());
  const signing = createSigningService(core.context, { dataDir: tc.dataDir, identities, reports: fakeReports(core) });
  await signing.signAudit(auditId, { identityIds: [identity.id], unlock: unlock(), lang: 'zh-CN' });
  return { ...tc, auditId, identity, identities, signing };
}

/** A second data folder, as a reviewer's machine: the same built-in standards, nothing else. */
export function reviewerCore(root: string): TestCore {
  return openTestCore(join(root, 'reviewer'));
}

export const lineageRevisions = (core: Core, lineageId: string) =>
  packageRepository(core.db)
    .lineageMembers(lineageId)
    .map((m) => [m.revision, m.superseded]);

/** Revision 1 and its correction, revision 2 (one answer changed), both signed and exported. */
export async function twoRevisions(root: string) {
  const source = await signedAudit(root);
  const { core, handlers, identity, signing } = source;
  const exportFile = (auditId: string) =>
    prepareAuditFile(core, auditId, { identityId: identity.id, unlock: unlock() }).then((f) => {
      markExported(core, f);
      return f;
    });
  const first = await exportFile(source.auditId);
  const next = createRevisionService(core.context).startRevision(source.auditId);
  await call(handlers, 'saveAnswer', { auditId: next.id, criterionId: 'M-GRADE', value: 'B' });
  await call(handlers, 'setStatus', { id: next.id, status: 'completed' });
  await signing.signAudit(next.id, { identityIds: [identity.id], unlock: unlock(), lang: 'zh-CN' });
  const second = await exportFile(next.id);
  return { source, first, second, revision2Id: next.id };
}

/** A signer that is nobody's identity: what a third party (or a forger) would sign with. */
export function strangerSigner(name = '李四'): ManifestSigner {
  const material = createSelfSigned({ name }, new Date());
  return keySigner(material.certificatePem, privateKeyOf(material.privateKeyPkcs8));
}

/** An audit file for any document, validly signed: for files whose content, not signature, is wrong. */
export function signedFile(
  document: AuditDocument,
  lineageId: string,
  opts: { signer?: ManifestSigner; report?: Buffer | null; evidenceDir?: string } = {},
): Buffer {
  const store = opts.evidenceDir === undefined ? undefined : createEvidenceStore(opts.evidenceDir);
  const evidence = new Map(document.evidence.map((e) => [e.sha256, store?.readIntact(e.sha256) ?? Buffer.alloc(0)]));
  return buildAuditFile({
    document,
    lineageId,
    report: opts.report ?? null,
    evidence,
    signer: opts.signer ?? strangerSigner(),
    appVersion: 'test',
    createdAt: '2024-05-01T08:00:00.000Z',
  }).bytes;
}
