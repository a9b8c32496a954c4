import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { App } from '../harness/app';
import { checkA11y, journey } from '../harness/journey';
import { openTab, pickOption, tabTo } from '../harness/keyboard';
import { reasonText, waitSaved, zh } from '../harness/workspace';

const BLOCKING = 'BMG-2c';
const DEMO_NO_DOCTOR = 'DEMO-C1-T1-V2';
const FACILITY_CODE = 'DEMO-C2-T1-V3';

async function coreResult(app: App, auditId: string) {
  const score = await app.call('getScore', { id: auditId });
  const result = score.criteria.find((c) => c.criterionId === BLOCKING);
  if (!result) throw new Error(`${BLOCKING} is not scored`);
  return { score, result };
}

/** The score panel's verdict and the BMG-2c entry of its blocking failures (if listed), as text. */
async function panel(page: Page) {
  const verdict = page.getByTestId('verdict');
  const entry = page.getByTestId('blocking-failures').locator(`li[data-criterion-id="${BLOCKING}"]`);
  return {
    verdict: await verdict.getAttribute('data-verdict'),
    verdictText: await verdict.textContent(),
    listed: (await entry.count()) === 1,
    entryText: (await entry.count()) === 1 ? await entry.textContent() : null,
  };
}

async function addStaff(page: Page, name: string, qualification: string, verified: boolean): Promise<void> {
  await tabTo(
    page,
    page.getByRole('textbox', { name: zh('ui.rosters.staff.new_cell', { column: zh('ui.rosters.staff.name') }) }),
  );
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  const column = zh('ui.rosters.staff.qualification');
  await pickOption(
    page,
    page.getByRole('combobox', { name: zh('ui.rosters.staff.new_cell', { column }) }),
    qualification,
  );
  // Enter adds the line from any of its text fields or the checkbox (in the select it picks the option).
  if (verified) {
    await tabTo(
      page,
      page.getByRole('checkbox', {
        name: zh('ui.rosters.staff.new_cell', { column: zh('ui.rosters.staff.verified') }),
      }),
    );
    await page.keyboard.press('Space');
  } else {
    await tabTo(
      page,
      page.getByRole('textbox', {
        name: zh('ui.rosters.staff.new_cell', { column: zh('ui.rosters.staff.license_no') }),
      }),
    );
  }
  await page.keyboard.press('Enter');
}

journey(
  'a village clinic without a qualified doctor fails its blocking criterion, and the panel says why',
  { journey: 'd-blocking-failure', demoSeed: 1 },
  async (app) => {
    const { page } = app;

    // The demo's finished inspection of a clinic whose only doctor is not qualified.
    const demoAudit = (await app.call('listAudits', {})).find((a) => a.facilityCode === DEMO_NO_DOCTOR);
    if (!demoAudit) throw new Error(`the demo has no audit of ${DEMO_NO_DOCTOR}`);
    const demo = await coreResult(app, demoAudit.id);
    expect(demo.result.status).toBe('fail');
    await app.open(`/audits/${encodeURIComponent(demoAudit.id)}`);
    await page.getByTestId('score-panel').waitFor();
    await expect.poll(async () => (await panel(page)).listed).toBe(true);
    const shown = await panel(page);
    expect(shown.verdict).toBe('fail');
    expect(shown.verdictText).toBe(zh('verdict.fail'));
    expect(shown.entryText).toContain(reasonText('zh-CN', demo.result.reason));
    await checkA11y(app, 'workspace of a failed audit');
    await app.shot('demo-no-doctor');

    // A new inspection: the staff roster decides BMG-2c live, through the same scoring as the core.
    const facility = (await app.call('listFacilities', { query: FACILITY_CODE })).find((f) => f.code === FACILITY_CODE);
    if (!facility) throw new Error(`no facility ${FACILITY_CODE}`);
    const audit = await app.call('createAudit', { facilityId: facility.id, kind: 'on_site_inspection' });
    await app.open(`/audits/${encodeURIComponent(audit.id)}`);
    await page.getByTestId('score-panel').waitFor();
    const empty = await coreResult(app, audit.id);
    expect(empty.result.status).toBe('fail');
    await expect.poll(async () => (await panel(page)).entryText).toContain(reasonText('zh-CN', empty.result.reason));
    expect((await panel(page)).verdict).toBe('fail');

    await openTab(page, /人员/);
    // A nurse does not count; nor does a village doctor whose certificate has not been checked.
    await addStaff(page, '赵丽', zh('qualification.registered_nurse'), true);
    await addStaff(page, '孙志强', zh('qualification.village_doctor'), false);
    await expect
      .poll(() => page.getByTestId('staff-summary').textContent())
      .toBe(zh('ui.rosters.staff.summary', { count: 2, verified: 1 }));
    await waitSaved(page);
    const unverified = await coreResult(app, audit.id);
    expect(unverified.result.status).toBe('fail');
    expect(unverified.score.verdict).toBe('fail');
    const failing = await panel(page);
    expect(failing.verdictText).toBe(zh('verdict.fail'));
    expect(failing.entryText).toContain(reasonText('zh-CN', unverified.result.reason));
    await checkA11y(app, 'staff roster with a blocking failure');
    await app.shot('unverified-doctor');

    // Checking the doctor's certificate clears the blocking failure in the panel and in the core.
    await tabTo(
      page,
      page.getByRole('checkbox', {
        name: zh('ui.rosters.staff.cell', { column: zh('ui.rosters.staff.verified'), row: 2 }),
      }),
      {
        back: true,
      },
    );
    await page.keyboard.press('Space');
    await waitSaved(page);
    await expect.poll(async () => (await panel(page)).listed).toBe(false);
    const verified = await coreResult(app, audit.id);
    expect(verified.result.status).toBe('pass');
    expect(verified.score.blockingFailures).not.toContain(BLOCKING);
    await app.shot('verified-doctor');
  },
);
