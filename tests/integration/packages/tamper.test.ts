import { describe, expect, it } from 'vitest';
import { prepareAuditFile } from '../../../electron/core/packages/package-export';
import { importAuditFiles, type ImportSource } from '../../../electron/core/packages/package-import';
import { useTempDirs } from '../../helpers/temp-dir';
import { importFingerprint, reviewerCore, signedAudit, unlock } from './package-fixtures';

const tempDir = useTempDirs('dabiao-tamper-');

describe('a changed audit file', () => {
  it('is refused whichever single byte changed, and nothing is written', async () => {
    const root = tempDir();
    const source = await signedAudit(root);
    const file = await prepareAuditFile(source.core, source.auditId, { identityId: source.identity.id, unlock: unlock() });
    const reviewer = reviewerCore(root);
    const before = importFingerprint(reviewer.core);
    const flips = [0x80, 0x01];
    const sources: ImportSource[] = [];
    for (let at = 0; at < file.bytes.length; at += 1) {
      for (const flip of flips) {
        const bytes = Buffer.from(file.bytes);
        bytes[at] = (bytes[at] ?? 0) ^ flip;
        sources.push({ name: `${at}^${flip}`, bytes });
      }
    }
    const t = Date.now();
    const batch = await importAuditFiles(reviewer.core, sources);
    console.log(file.bytes.length, Date.now() - t);
    const accepted = batch.results.filter((r) => r.status !== 'refused').map((r) => r.file);
    expect(accepted).toEqual([]);
    expect(batch.results.every((r) => r.check !== undefined)).toBe(true);
    expect(importFingerprint(reviewer.core)).toEqual(before);
    const checks = new Map<string, number>();
    for (const r of batch.results) checks.set(r.check ?? '', (checks.get(r.check ?? '') ?? 0) + 1);
    console.log(checks);
    // The untouched file still imports: the refusals were the changes, not the file.
    const good = await importAuditFiles(reviewer.core, [{ name: 'good', bytes: file.bytes }]);
    expect(good.results[0]?.status).toBe('imported');
  });
});
