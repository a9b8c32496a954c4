import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { call } from '../../../electron/core/dispatch';
import { createHandlers } from '../../../electron/core/handlers';
import { auditSnapshot } from '../../../electron/core/reports/audit-snapshot';
import { renderReport } from '../../../electron/core/reports/render-report';
import { diffAudits } from '../../../shared/logic/audit-diff';
import { rejection } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import { dbFingerprint } from '../../helpers/test-core';
import { keepPageImages, pdfText, writePdf } from './pdf-tools';
import { finishedAudit, openDemoCore } from './report-fixtures';
import { pngImage } from './test-images';

const tempDir = useTempDirs('dabiao-revision-');
const squeeze = (text: string) => text.replace(/\s+/g, '');

const eventTypes = (core: Core, auditId: string): string[] =>
  (
    core.db.prepare('SELECT type FROM event_log WHERE entity_id = ? ORDER BY seq').all(auditId) as { type: string }[]
  ).map((r) => r.type);

/** A finished village clinic audit with findings and evidence, signed the way the signing service will. */
async function signedAudit(root: string) {
  const core = await openDemoCore(join(root, 'data'));
  const handlers = createHandlers(core);
  const audit = finishedAudit(core, 'village_clinic', 'basic');
  const { findings } = await call(handlers, 'getAudit', { id: audit.id });
  const finding = findings[0];
  if (!finding) throw new Error('the basic demo audit has findings');
  const photo = (seed: number) => pngImage(64, 48, seed).toString('base64');
  await call(handlers, 'attachEvidence', {
    auditId: audit.id,
    findingId: finding.id,
    fileName: '整改前.png',
    mimeType: 'image/png',
    contentBase64: photo(1),
  });
  await call(handlers, 'attachEvidence', {
    auditId: audit.id,
    criterionId: finding.criterionId,
    fileName: '现场.png',
    mimeType: 'image/png',
    contentBase64: photo(2),
  });
  core.audits.setStatus(audit.id, 'signed');
  return { core, handlers, audit };
}

describe('a revision of a signed audit', () => {
  it('copies the content into a new revision, leaves the signed one as it was, and reports the changes', async () => {
    const root = tempDir();
    const { core, handlers, audit } = await signedAudit(root);
    const signed = auditSnapshot(core, audit.id);

    const revision = await call(handlers, 'startRevision', { id: audit.id });
    expect(revision).toMatchObject({ revision: 2, previousId: audit.id, status: 'in_progress', completedAt: null });
    expect(revision.id).not.toBe(audit.id);
    expect(eventTypes(core, revision.id)).toEqual(['audit.revision_started']);
    const copy = auditSnapshot(core, revision.id);
    expect(diffAudits(signed.document, copy.document).empty).toBe(true);
    expect(copy.document.evidence).toHaveLength(2);
    const linked = copy.document.evidence.find((e) => e.findingId !== null);
    expect(copy.document.findings.map((f) => f.id)).toContain(linked?.findingId);

    // Correct one answer, drop a person, fix a stock count.
    const passed = copy.document.answers.find(
      (a) =>
        a.value === true &&
        copy.document.score.criteria.some((c) => c.criterionId === a.criterionId && c.status === 'pass'),
    );
    if (!passed) throw new Error('the audit has a yes answer that passed');
    await call(handlers, 'saveAnswer', { auditId: revision.id, criterionId: passed.criterionId, value: false });
    const { rosters } = await call(handlers, 'getAudit', { id: revision.id });
    const person = rosters.staff[0];
    const drug = rosters.drugs[0];
    if (!person || !drug) throw new Error('the audit has staff and drugs');
    await call(handlers, 'removeRow', { auditId: revision.id, roster: 'staff', id: person.id });
    await call(handlers, 'saveDrug', { ...drug, auditId: revision.id, quantity: (drug.quantity ?? 0) + 5 });

    const diff = diffAudits(signed.document, auditSnapshot(core, revision.id).document);
    expect(diff.criteria.find((c) => c.criterionId === passed.criterionId)).toEqual({
      criterionId: passed.criterionId,
      before: { value: true },
      after: { value: false },
      resultBefore: 'pass',
      resultAfter: 'fail',
    });
    // Any other listed criterion is counted from the roster: its result moved, it has no answer of its own.
    for (const other of diff.criteria.filter((c) => c.criterionId !== passed.criterionId)) {
      expect(other.before).toEqual(other.after);
      expect(other.resultBefore).not.toBe(other.resultAfter);
    }
    expect(diff.staff.removed.map((s) => s.name)).toEqual([person.name]);
    expect(diff.drugs.changed.map((c) => [c.after.genericName, c.fields])).toEqual([[drug.genericName, ['quantity']]]);
    expect(diff.findings).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.score.changed).toBe(true);
    expect(auditSnapshot(core, audit.id).sha256).toBe(signed.sha256);

    const { standard } = await call(handlers, 'getStandard', { key: audit.standardKey });
    const title = standard.sections.flatMap((s) => s.criteria).find((c) => c.id === passed.criterionId)?.title;
    for (const lang of ['zh-CN', 'both'] as const) {
      const report = await renderReport(core, revision.id, { lang });
      const file = writePdf(root, `revision-${lang}`, report.pdf);
      keepPageImages(file, `revision-${lang}`);
      const text = pdfText(file);
      expect(text).toContain('本修订版的更改');
      expect(text).toContain(`与修订版 1（${audit.id}）相比`);
      expect(text).toContain('达标核查报告（修订版 2）');
      expect(text).toContain(`修订版 2`);
      expect(squeeze(text)).toContain(squeeze(`${passed.criterionId}${title?.['zh-CN'] ?? '?'}`));
      expect(text).toContain(person.name);
      if (lang === 'both') expect(text).toContain('Changes in this revision');
    }
    // The first revision's report has no such section.
    const original = pdfText(writePdf(root, 'original', (await renderReport(core, audit.id, { lang: 'zh-CN' })).pdf));
    expect(original).not.toContain('本修订版的更改');
    core.close();
  });

  it('is refused for an audit that is not signed, for a second correction of the same revision, and for an unknown id', async () => {
    const root = tempDir();
    const { core, handlers, audit } = await signedAudit(root);
    const unsigned = finishedAudit(core, 'county_hospital');
    const before = dbFingerprint(core);
    const refused = await rejection(call(handlers, 'startRevision', { id: unsigned.id }));
    expect(refused.code).toBe('conflict');
    expect(refused.localized['zh-CN']).toContain(unsigned.id);
    expect(refused.localized['en-US']).toContain('signed');
    const open = core.audits.list({ status: 'in_progress' })[0];
    expect((await rejection(call(handlers, 'startRevision', { id: open?.id ?? '' }))).code).toBe('conflict');
    expect((await rejection(call(handlers, 'startRevision', { id: 'no-such-audit' }))).code).toBe('not_found');
    expect(dbFingerprint(core)).toEqual(before);

    const second = await call(handlers, 'startRevision', { id: audit.id });
    const again = await rejection(call(handlers, 'startRevision', { id: audit.id }));
    expect(again.code).toBe('conflict');
    expect(again.localized['zh-CN']).toContain(second.id);
    // The signed revision stays locked; the correction goes on in the new one, which can itself be signed and corrected.
    expect((await rejection(call(handlers, 'clearAnswer', { auditId: audit.id, criterionId: 'BMG-1c' }))).code).toBe(
      'locked',
    );
    core.audits.setStatus(second.id, 'completed');
    core.audits.setStatus(second.id, 'signed');
    const third = await call(handlers, 'startRevision', { id: second.id });
    expect(third).toMatchObject({ revision: 3, previousId: second.id });
    core.close();
  });
});
