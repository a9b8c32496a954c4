import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '../../../electron/core/core';
import { importAuditFiles } from '../../../electron/core/packages/package-import';
import { loadAuditSources } from '../../../electron/core/reports/audit-snapshot';
import type { AuditDocument } from '../../../shared/logic/audit-document';
import { importFingerprint, reviewerCore, signedAudit, signedFile } from './package-fixtures';

/**
 * Files whose signature is valid (a third party signed them) but whose content is wrong: each is
 * refused by the check that names what is wrong, and nothing is written.
 */
let dir: string;
let reviewer: Core;
let document: AuditDocument;
let auditId: string;
let evidenceDir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dabiao-content-checks-'));
  const source = await signedAudit(dir);
  auditId = source.auditId;
  evidenceDir = source.dataDir;
  document = loadAuditSources(source.core, auditId).document;
  source.core.close();
  reviewer = reviewerCore(dir).core;
});

afterAll(() => {
  reviewer.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importForged(doc: AuditDocument, lineageId = doc.audit.id) {
  const before = importFingerprint(reviewer);
  const bytes = signedFile(doc, lineageId, { evidenceDir });
  const [result] = (await importAuditFiles(reviewer, [{ name: 'forged.dabiao', bytes }])).results;
  if (result?.status === 'refused') expect(importFingerprint(reviewer)).toEqual(before);
  return result;
}

describe('a validly signed file with wrong content', () => {
  it('is refused when the recorded score is not what its answers score', async () => {
    const score = { ...document.score, total: { ...document.score.total, score: 99.9 } };
    const result = await importForged({ ...document, score });
    expect(result).toMatchObject({ status: 'refused', check: 'score' });
    expect(result?.message['zh-CN']).toContain('99.9');
  });

  it('is refused when an answer was changed but the score left as it was', async () => {
    const answers = document.answers.map((a) => (a.criterionId === 'M-GRADE' ? { ...a, value: 'C' } : a));
    expect(await importForged({ ...document, answers })).toMatchObject({ status: 'refused', check: 'score' });
  });

  it('is refused when its standard is not installed or not the same', async () => {
    const unknown = { ...document, standard: { ...document.standard, key: 'fixture@9' } };
    expect(await importForged(unknown)).toMatchObject({ status: 'refused', check: 'standard' });
    const changed = { ...document, standard: { ...document.standard, sha256: 'f'.repeat(64) } };
    expect(await importForged(changed)).toMatchObject({ status: 'refused', check: 'standard' });
  });

  it('is refused when the manifest names another lineage than revision 1 starts', async () => {
    expect(await importForged(document, 'someone-else')).toMatchObject({
      status: 'refused',
      check: 'document_mismatch',
    });
  });

  it('is refused when the audit was not completed', async () => {
    const draft = { ...document, audit: { ...document.audit, status: 'in_progress' as const } };
    expect(await importForged(draft)).toMatchObject({ status: 'refused', check: 'document' });
  });

  it('is refused when an evidence file it names is not the one it carries', async () => {
    const [first, ...rest] = document.evidence;
    if (!first) throw new Error('the fixture has evidence');
    const evidence = [{ ...first, size: first.size + 1 }, ...rest];
    expect(await importForged({ ...document, evidence })).toMatchObject({ status: 'refused', check: 'evidence' });
  });

  it('is imported (unverified) when nothing is wrong but the signer is unknown', async () => {
    const result = await importForged(document);
    expect(result).toMatchObject({ status: 'imported', trust: 'unverified', signerName: '李四', auditId });
  });

  it('is refused when its row ids belong to another audit here, and the rest of its batch imports', async () => {
    const renamed = (suffix: string): AuditDocument => {
      const id = <T extends { id: string }>(row: T) => ({ ...row, id: `${row.id}-${suffix}` });
      const findingIds = new Map(document.findings.map((f) => [f.id, `${f.id}-${suffix}`]));
      return {
        ...document,
        audit: { ...document.audit, id: `${auditId}-${suffix}` },
        rosters: {
          staff: document.rosters.staff.map(id),
          equipment: document.rosters.equipment.map(id),
          drugs: document.rosters.drugs.map(id),
        },
        findings: document.findings.map(id),
        evidence: document.evidence.map((e) => ({
          ...id(e),
          findingId: e.findingId === null ? null : (findingIds.get(e.findingId) ?? null),
        })),
      };
    };
    const taken = { ...document, audit: { ...document.audit, id: `${auditId}-taken` } };
    const fresh = renamed('fresh');
    const files = [taken, fresh].map((doc) => signedFile(doc, doc.audit.id, { evidenceDir }));
    const batch = await importAuditFiles(reviewer, [
      { name: 'taken', bytes: files[0] ?? Buffer.alloc(0) },
      { name: 'fresh', bytes: files[1] ?? Buffer.alloc(0) },
    ]);
    expect(batch.results.map((r) => [r.file, r.status, r.check])).toEqual([
      ['taken', 'refused', 'id_conflict'],
      ['fresh', 'imported', undefined],
    ]);
    expect(reviewer.repos.audits.get(taken.audit.id)).toBeUndefined();
    expect(reviewer.db.prepare('SELECT count(*) AS n FROM answer WHERE audit_id = ?').get(taken.audit.id)).toEqual({
      n: 0,
    });
    expect(reviewer.repos.rosters.list(fresh.audit.id).drugs).toHaveLength(4);
  });
});
