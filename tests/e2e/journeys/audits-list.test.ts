import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { settleAnimations } from '../harness/axe';
import { checkA11y, journey } from '../harness/journey';
import { zh } from '../harness/workspace';

/** The README's picture of the workspace; refreshed from this journey with DABIAO_UPDATE_SCREENSHOTS=1. */
const README_SHOT = fileURLToPath(new URL('../../../resources/screenshots/workspace.png', import.meta.url));
const IN_PROGRESS = 'DEMO-C2-T2-V2';

journey(
  'the audits list shows the audits of the database and resumes one in one click',
  { journey: 'audits-list', demoSeed: 1, viewport: { width: 1440, height: 900 } },
  async (app) => {
    const { page } = app;
    const audits = await app.call('listAudits', {});
    const target = audits.find((a) => a.facilityCode === IN_PROGRESS);
    if (!target) throw new Error(`the demo has no audit of ${IN_PROGRESS}`);

    await app.open('/audits');
    const table = page.getByRole('table', { name: zh('ui.audits.table') });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(audits.length);
    for (const audit of audits) await table.getByText(audit.facilityName, { exact: true }).first().waitFor();
    await checkA11y(app, 'audits list');
    await app.shot('audits-list');

    await table.getByText(target.facilityName, { exact: true }).click();
    await page.getByTestId('workspace').waitFor();
    expect(new URL(page.url()).hash).toBe(`#/audits/${encodeURIComponent(target.id)}`);
    await page.getByRole('heading', { name: target.facilityName }).waitFor();
    await page.getByTestId('verdict').waitFor();
    await checkA11y(app, 'workspace');
    // The pointer rests where it clicked and its hover fades out: neither belongs in the picture.
    await page.mouse.move(0, 0);
    await settleAnimations(page);
    const shot = await app.shot('workspace');
    if (process.env.DABIAO_UPDATE_SCREENSHOTS === '1') {
      mkdirSync(dirname(README_SHOT), { recursive: true });
      copyFileSync(shot, README_SHOT);
    }
  },
);
