import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAuditTemplate, readAuditWorkbook } from '../../../electron/core/audits/audit-workbook';
import { openCore } from '../../../electron/core/core';
import { call } from '../../../electron/core/dispatch';
import { createHandlers } from '../../../electron/core/handlers';
import type { Rosters } from '../../../shared/domain/audit';
import { isMaskedLicence, maskLicence } from '../../../shared/logic/personal-ids';
import { useTempDirs } from '../../helpers/temp-dir';
import { dabiao, json } from '../cli/cli-harness';
import { fixtureStandard } from '../files/fixture-standard';

const tempDir = useTempDirs('dabiao-masking-');
const standard = fixtureStandard();
const LICENCE = '110108199001011234';

const rosters: Rosters = {
  staff: [{ id: 's1', name: '张医生', qualification: 'licensed_physician', licenseNo: LICENCE, verified: true }],
  equipment: [],
  drugs: [],
};

/** Every cell text of every sheet: where a number could be seen by whoever gets the file. */
async function allText(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const texts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value)))));
  return texts.join('\n');
}

describe('licence numbers in the self-assessment workbook', () => {
  it('are masked unless the full numbers are asked for', async () => {
    expect(maskLicence(LICENCE)).toBe('**************1234');
    expect(isMaskedLicence(maskLicence(LICENCE))).toBe(true);
    expect(isMaskedLicence(LICENCE)).toBe(false);
    const masked = await allText(await buildAuditTemplate(standard, 'zh-CN', { rosters }));
    expect(masked).toContain(maskLicence(LICENCE));
    expect(masked).not.toContain(LICENCE);
    const full = await allText(await buildAuditTemplate(standard, 'zh-CN', { rosters, includePersonalIds: true }));
    expect(full).toContain(LICENCE);
  });

  it('read back: a mask left as it was keeps the stored number; a mask matching no one is refused', async () => {
    const bytes = await buildAuditTemplate(standard, 'zh-CN', { rosters });
    const kept = await readAuditWorkbook(bytes, standard, 'form.xlsx', rosters.staff);
    expect(kept.errors).toEqual([]);
    expect(kept.staff[0]?.licenseNo).toBe(LICENCE);

    const strangers = await readAuditWorkbook(bytes, standard, 'form.xlsx', []);
    expect(strangers.staff).toEqual([]);
    expect(strangers.errors).toHaveLength(1);
    expect(strangers.errors[0]?.message['en-US']).toContain('masked');
    expect(strangers.errors[0]?.message['zh-CN']).toContain(maskLicence(LICENCE));
  });
});

describe('dabiao audit template / fill', { timeout: 240_000 }, () => {
  let dataDir: string;
  let auditId: string;

  beforeAll(async () => {
    dataDir = join(tempDir(), 'data');
    const created = json<{ audits: { id: string; status: string }[] }>(dabiao('demo', '--data-dir', dataDir, '--json'));
    const editable = created.audits.find((a) => a.status === 'in_progress');
    if (!editable) throw new Error('the demo has no audit in progress');
    auditId = editable.id;
    const core = openCore({ dataDir, actor: 'tester' });
    await call(createHandlers(core), 'saveStaff', {
      auditId,
      name: '张医生',
      qualification: 'licensed_physician',
      licenseNo: LICENCE,
      verified: true,
    });
    core.close();
  });

  it('masks by default, shows the numbers with --include-ids, and a masked form filled back changes no number', async () => {
    const form = join(dataDir, '..', 'form.xlsx');
    const made = dabiao('audit', 'template', auditId, '--out', form, '--data-dir', dataDir);
    expect(made.code, made.stderr).toBe(0);
    expect(await allText(readFileSync(form))).not.toContain(LICENCE);

    const fullForm = join(dataDir, '..', 'full.xlsx');
    const full = dabiao('audit', 'template', auditId, '--out', fullForm, '--include-ids', '--data-dir', dataDir);
    expect(full.code, full.stderr).toBe(0);
    expect(await allText(readFileSync(fullForm))).toContain(LICENCE);

    const filled = dabiao('audit', 'fill', auditId, form, '--data-dir', dataDir, '--json');
    expect(filled.code, filled.stdout + filled.stderr).toBe(0);
    const shown = json<{ rosters: Rosters }>(dabiao('audit', 'show', auditId, '--data-dir', dataDir, '--json'));
    expect(shown.rosters.staff.filter((s) => s.licenseNo === LICENCE)).toHaveLength(1);
    expect(shown.rosters.staff.some((s) => s.licenseNo !== undefined && isMaskedLicence(s.licenseNo))).toBe(false);
  });
});
