import { expect } from 'vitest';
import type { App } from '../harness/app';
import { checkA11y, journey } from '../harness/journey';
import { openTab, tabTo } from '../harness/keyboard';
import { criterionView, gotoCriterion, openNewAudit, reasonText, textOf, waitSaved, zh } from '../harness/workspace';

const FACILITY_CODE = 'DEMO-C2-T3-V2';
const DRUG_CRITERION = 'VC-D-03';

/** The drug criterion's result as the core scores it from the database, and as the page shows it. */
async function drugCriterion(app: App, auditId: string) {
  const score = await app.call('getScore', { id: auditId });
  const result = score.criteria.find((c) => c.criterionId === DRUG_CRITERION);
  if (!result) throw new Error(`${DRUG_CRITERION} is not scored`);
  return result;
}

journey(
  'drug entry by pinyin initials: amxl finds 阿莫西林, Enter puts it in stock, the drug criterion counts it',
  { journey: 'c-drug-pinyin', demoSeed: 1 },
  async (app) => {
    const { page } = app;
    const auditId = await openNewAudit(app, FACILITY_CODE, 'on_site_inspection');
    const min = (await drugCriterion(app, auditId)).reason.params?.min;
    expect(typeof min).toBe('number');

    await openTab(page, /药品/);
    const count = page.getByTestId('drug-variety-count');
    await expect.poll(() => textOf(count)).toBe(zh('ui.rosters.drugs.varieties_min', { count: 0, min: Number(min) }));
    const search = page.getByRole('searchbox', { name: zh('ui.rosters.drugs.search') });
    await tabTo(page, search);
    await page.keyboard.type('amxl');

    // 阿莫西林 is the best match (before 阿莫西林克拉维酸钾, whose initials only start with amxl) and is highlighted.
    const list = page.getByTestId('drug-list');
    const first = list.getByRole('group').first();
    await expect.poll(() => first.getAttribute('aria-label')).toBe('阿莫西林');
    expect(await first.getAttribute('aria-current')).toBe('true');
    const inStock = page.getByRole('checkbox', {
      name: zh('ui.rosters.drugs.in_stock_of', { name: '阿莫西林' }),
      exact: true,
    });
    expect(await inStock.isChecked()).toBe(false);
    await app.shot('amxl-found');
    await checkA11y(app, 'drug list, searching amxl');

    await page.keyboard.press('Enter');
    await expect.poll(() => inStock.isChecked()).toBe(true);
    await expect.poll(() => textOf(count)).toBe(zh('ui.rosters.drugs.varieties_min', { count: 1, min: Number(min) }));
    await expect.poll(() => page.getByRole('tab', { name: /药品/ }).textContent()).toMatch(/药品\s*1$/);
    await waitSaved(page);
    await app.shot('amxl-in-stock');

    const { rosters } = await app.call('getAudit', { id: auditId });
    expect(rosters.drugs).toEqual([
      expect.objectContaining({ genericName: '阿莫西林', inStock: true, catalogCode: expect.any(String) }),
    ]);

    // The criterion that counts drugs has moved from 0 to 1, in the core and on the page.
    const scored = await drugCriterion(app, auditId);
    expect(scored.reason.params?.count).toBe(1);
    await openTab(page, /指标/, { back: true });
    await gotoCriterion(page, DRUG_CRITERION);
    const result = criterionView(page).getByTestId('criterion-result');
    await expect.poll(() => result.textContent()).toContain(reasonText('zh-CN', scored.reason));
    await checkA11y(app, 'drug criterion');
    await app.shot('drug-criterion');

    // A second drug by its Chinese name, then 阿莫西林 toggled out again: the count follows both ways.
    await openTab(page, /药品/);
    await tabTo(page, search);
    await page.keyboard.type('布洛芬');
    await expect.poll(() => first.getAttribute('aria-label')).toBe('布洛芬');
    await page.keyboard.press('Enter');
    await page.keyboard.type('amxl');
    await expect.poll(() => first.getAttribute('aria-label')).toBe('阿莫西林');
    await page.keyboard.press('Enter');
    await expect.poll(() => inStock.isChecked()).toBe(false);
    await expect.poll(() => textOf(count)).toBe(zh('ui.rosters.drugs.varieties_min', { count: 1, min: Number(min) }));
    await waitSaved(page);
    const after = await app.call('getAudit', { id: auditId });
    expect(after.rosters.drugs.filter((d) => d.inStock).map((d) => d.genericName)).toEqual(['布洛芬']);
    expect((await drugCriterion(app, auditId)).reason.params?.count).toBe(1);
  },
);
