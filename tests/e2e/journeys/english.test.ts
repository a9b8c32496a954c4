import { expect } from 'vitest';
import { checkA11y, journey } from '../harness/journey';
import { hasFocus, tabTo } from '../harness/keyboard';
import { criterionView, en, gotoCriterion, reasonText, zh } from '../harness/workspace';

const DEMO_NO_DOCTOR = 'DEMO-C1-T1-V2';
const BLOCKING = 'BMG-2c';
/** Han characters: none may remain in text that is not user data. */
const HAN = /\p{Script=Han}/u;

journey(
  'the UI in English: chosen in settings, kept after a reload, and the workspace speaks it, reasons included',
  { journey: 'e-english', demoSeed: 1 },
  async (app) => {
    const { page } = app;
    const audit = (await app.call('listAudits', {})).find((a) => a.facilityCode === DEMO_NO_DOCTOR);
    if (!audit) throw new Error(`the demo has no audit of ${DEMO_NO_DOCTOR}`);

    // Settings by keyboard (Alt+5), the language radio moved from 中文 to English.
    await app.open('/audits');
    await page.getByRole('heading', { name: zh('ui.nav.audits') }).waitFor();
    await page.keyboard.press('Alt+5');
    await page.getByRole('heading', { name: zh('ui.nav.settings') }).waitFor();
    const chinese = page.getByRole('radio', { name: zh('ui.language.zh-CN'), exact: true });
    await tabTo(page, page.getByRole('radiogroup', { name: zh('ui.settings.language') }));
    expect(await hasFocus(chinese)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.getByRole('heading', { name: en('ui.nav.settings') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
    await checkA11y(app, 'settings in English');
    await app.shot('settings-english');

    // The choice outlives a reload; the audits list and the workspace come up in English.
    await page.reload();
    await page.getByRole('heading', { name: en('ui.nav.settings') }).waitFor();
    await page.keyboard.press('Alt+1');
    await page.getByRole('heading', { name: en('ui.nav.audits') }).waitFor();
    await page
      .getByRole('table', { name: en('ui.audits.table') })
      .getByText(en('level.village_clinic'))
      .first()
      .waitFor();
    await app.open(`/audits/${encodeURIComponent(audit.id)}`);
    await page.getByTestId('workspace').waitFor();
    for (const key of ['criteria', 'staff', 'equipment', 'drugs', 'findings'] as const) {
      await page.getByRole('tab', { name: new RegExp(en(`ui.workspace.tab.${key}`)) }).waitFor();
    }
    await page.getByRole('button', { name: en('ui.workspace.shortcuts_button') }).waitFor();

    // The live score: verdict, blocking reason and every line of the panel in English.
    const score = await app.call('getScore', { id: audit.id });
    const blocking = score.criteria.find((c) => c.criterionId === BLOCKING);
    if (!blocking) throw new Error(`${BLOCKING} is not scored`);
    const panel = page.getByTestId('score-panel');
    await expect.poll(() => page.getByTestId('verdict').textContent()).toBe(en('verdict.fail'));
    const entry = page.getByTestId('blocking-failures').locator(`li[data-criterion-id="${BLOCKING}"]`);
    await expect.poll(() => entry.textContent()).toContain(reasonText('en-US', blocking.reason));
    const { standard } = await app.call('getStandard', {
      key: (await app.call('getAudit', { id: audit.id })).audit.standardKey,
    });
    const criterion = standard.sections.flatMap((s) => s.criteria).find((c) => c.id === BLOCKING);
    expect(await entry.textContent()).toContain(criterion?.title['en-US']);
    expect(await panel.textContent()).not.toMatch(HAN);
    expect(await page.getByTestId('section-nav').textContent()).not.toMatch(HAN);

    // One criterion in full: title, guidance, answer controls and result.
    await gotoCriterion(page, BLOCKING, 'en-US');
    const view = criterionView(page);
    await view.getByRole('heading', { name: criterion?.title['en-US'] }).waitFor();
    await view.getByText(en('ui.workspace.how_to_verify')).waitFor();
    expect(await view.getByTestId('criterion-result').textContent()).toContain(reasonText('en-US', blocking.reason));
    await checkA11y(app, 'workspace in English');
    await app.shot('workspace-english');
  },
);
