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
    const file = await prepareAuditFile(source.core, source.auditId, {
      identityId: source.identity.id,
      unlock: unlock(),
    });
    const reviewer = reviewerCore(root);
    const before = importFingerprint(reviewer.core);
    // The top bit: where deflate keeps its ignored padding bits; the bottom bit: everything else.
    const flips = [0x80, 0x01];
    const sources: ImportSource[] = [];
    for (let at = 0; at < file.bytes.length; at += 1) {
      for (const flip of flips) {
        const bytes = Buffer.from(file.bytes);
        bytes[at] = (bytes[at] ?? 0) ^ flip;
        sources.push({ name: `${at}^${flip}`, bytes });
      }
    }
    const batch = await importAuditFiles(reviewer.core, sources);
    expect(batch.results).toHaveLength(2 * file.bytes.length);
    const accepted = batch.results.filter((r) => r.status !== 'refused').map((r) => r.file);
    expect(accepted).toEqual([]);
    expect(batch.results.every((r) => r.check !== undefined)).toBe(true);
    expect(importFingerprint(reviewer.core)).toEqual(before);
    // Changes in headers, manifest, signature and content are each caught by their own check.
    const checks = new Set(batch.results.map((r) => r.check));
    expect([...checks]).toEqual(expect.arrayContaining(['archive', 'manifest', 'signature', 'entry_hash']));
    // The untouched file still imports: the refusals were the changes, not the file.
    const good = await importAuditFiles(reviewer.core, [{ name: 'good', bytes: file.bytes }]);
    expect(good.results[0]?.status).toBe('imported');
  });
});
