import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { call } from '../../../electron/core/dispatch';
import { createHandlers, type HandlerTable } from '../../../electron/core/handlers';
import { renderReport } from '../../../electron/core/reports/render-report';
import type { FacilityLevel } from '../../../shared/domain/common';
import { formatMessage } from '../../../shared/i18n/format';
import type { ReportLang } from '../../../shared/ipc/contracts/reports';
import { rejection } from '../../helpers/app-error';
import { keepPageImages, pdfText, qpdfCheck, qrCodeOnFirstPage, writePdf } from './pdf-tools';
import { documentFromContracts, finishedAudit, openDemoCore } from './report-fixtures';

/** Extracted text without the line breaks and spaces that table cells and wrapping put in. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

const CASES: { name: string; level: FacilityLevel; verdict: 'pass' | 'basic' | 'fail' }[] = [
  { name: 'county', level: 'county_hospital', verdict: 'basic' },
  { name: 'village', level: 'village_clinic', verdict: 'fail' },
];
const LANGS: ReportLang[] = ['zh-CN', 'en-US', 'both'];

describe('the compliance report of a demo audit', () => {
  let root: string;
  let core: Core;
  let handlers: HandlerTable;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'dabiao-report-'));
    core = await openDemoCore(join(root, 'data'));
    handlers = createHandlers(core);
  });

  afterAll(() => {
    core.close();
    rmSync(root, { recursive: true, force: true });
  });

  for (const { name, level, verdict } of CASES) {
    for (const lang of LANGS) {
      it(`${name} (${verdict}) in ${lang}: readable text, sound structure, the audit's digest on every page`, async () => {
        const audit = finishedAudit(core, level, verdict);
        const report = await renderReport(core, audit.id, { lang });
        const file = writePdf(root, `${name}-${lang}`, report.pdf);

        const check = qpdfCheck(file);
        expect(check.status, check.output).toBe(0);
        expect(check.output).toContain('No syntax or stream encoding errors');
        // Plain structure for the incremental signature updates: a classic xref table, no streams of objects.
        const raw = report.pdf.toString('latin1');
        expect(raw).toMatch(/\nxref\n0 \d+\n/);
        expect(raw).not.toContain('/ObjStm');
        expect(raw).not.toContain('/ByteRange');
        // The subset font keeps a report of a few pages far below the 10 MB of the font file.
        expect(report.pdf.length).toBeLessThan(600_000);

        const text = pdfText(file);
        const flat = squeeze(text);
        expect(text).toContain(audit.facilityName);
        const zh = lang !== 'en-US';
        const en = lang !== 'zh-CN';
        const { standard } = await call(handlers, 'getStandard', { key: audit.standardKey });
        const criteria = standard.sections.flatMap((s) => s.criteria);
        for (const criterion of criteria) {
          if (zh) expect(flat, criterion.id).toContain(squeeze(criterion.title['zh-CN']));
          if (en) expect(flat, criterion.id).toContain(squeeze(criterion.title['en-US']));
        }
        if (zh) expect(text).toContain(formatMessage('zh-CN', `verdict.${verdict}`));
        if (en) expect(flat).toContain(squeeze(formatMessage('en-US', `verdict.${verdict}`)));
        for (let page = 1; page <= report.pages; page++) {
          if (zh) expect(text).toContain(`第 ${page} 页 共 ${report.pages} 页`);
          if (en) expect(text).toContain(`Page ${page} of ${report.pages}`);
        }

        const { sha256 } = await documentFromContracts(core, handlers, audit.id);
        expect(report.sha256).toBe(sha256);
        const printed = [...text.matchAll(/SHA-256[：:]\s*([0-9a-f]{64})/g)].map((m) => m[1]);
        expect(printed).toHaveLength(report.pages);
        expect(new Set(printed)).toEqual(new Set([sha256]));
        expect(text).toContain(audit.id);
        expect(qrCodeOnFirstPage(file)).toBe(sha256);

        const { rosters } = await call(handlers, 'getAudit', { id: audit.id });
        const licences = rosters.staff.flatMap((s) => (s.licenseNo && s.licenseNo.length > 4 ? [s.licenseNo] : []));
        expect(licences.length).toBeGreaterThan(0);
        for (const licence of licences) {
          expect(text).not.toContain(licence);
          expect(text).toContain(`${'*'.repeat(licence.length - 4)}${licence.slice(-4)}`);
        }

        expect(keepPageImages(file, `${name}-${lang}`)).toHaveLength(report.pages);
      });
    }
  }

  it('prints the same digest for the same audit twice, and another one once its content changes', async () => {
    const open = core.audits.list({ level: 'village_clinic', status: 'in_progress' })[0];
    if (!open) throw new Error('the demo has a village clinic audit in progress');
    const first = await renderReport(core, open.id, { lang: 'zh-CN' });
    const second = await renderReport(core, open.id, { lang: 'en-US' });
    expect(second.sha256).toBe(first.sha256);
    expect((await documentFromContracts(core, handlers, open.id)).sha256).toBe(first.sha256);

    const { answers } = await call(handlers, 'getAudit', { id: open.id });
    const yesNo = answers.find((a) => typeof a.value === 'boolean');
    if (!yesNo) throw new Error('the open audit has a yes/no answer');
    await call(handlers, 'saveAnswer', { auditId: open.id, criterionId: yesNo.criterionId, value: !yesNo.value });
    const changed = await renderReport(core, open.id, { lang: 'zh-CN' });
    expect(changed.sha256).not.toBe(first.sha256);
    const text = pdfText(writePdf(root, 'changed', changed.pdf));
    expect(text).toContain(changed.sha256);
    expect(text).not.toContain(first.sha256);
  });

  it('refuses an unknown audit and a missing font folder with clear errors', async () => {
    const unknown = await rejection(renderReport(core, 'no-such-audit', { lang: 'zh-CN' }));
    expect(unknown.code).toBe('not_found');
    const audit = finishedAudit(core, 'village_clinic');
    const fonts = join(root, 'no-fonts');
    const missing = await rejection(renderReport(core, audit.id, { lang: 'zh-CN', fontsDir: fonts }));
    expect(missing.code).toBe('not_found');
    expect(missing.localized['zh-CN']).toContain(fonts);
    expect(missing.localized['en-US']).toContain('font');
  });

  it('keeps the font files it embeds under the SIL Open Font License in resources/fonts', () => {
    const licence = readFileSync(join(import.meta.dirname, '..', '..', '..', 'resources', 'fonts', 'OFL.txt'), 'utf8');
    expect(licence).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });
});
