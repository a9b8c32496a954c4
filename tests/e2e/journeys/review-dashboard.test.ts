import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import type { ReviewScope, ReviewSummary } from '../../../shared/ipc/contracts/review';
import { rateText } from '../../../shared/logic/review/rates';
import { pdfText } from '../../integration/reports/pdf-tools';
import type { App } from '../harness/app';
import { checkA11y, journey } from '../harness/journey';
import { hasFocus, tabTo } from '../harness/keyboard';
import { en, textOf, zh } from '../harness/workspace';

/** A failing village clinic with open findings: its township is where the drill-down ends. */
const FACILITY_CODE = 'DEMO-C2-T1-V1';
const SEED = 'e2e-明查-42';
const outDir = mkdtempSync(join(tmpdir(), 'dabiao-review-export-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const rankings = (page: Page) => page.getByRole('table', { name: /排名$/ });
const rowOf = (table: Locator, name: string) =>
  table.locator('tbody tr').filter({ has: table.page().getByRole('cell', { name, exact: true }) });

/** The page shows the roll-up the handler table answers for that place: headline and ranked rows. */
async function expectShows(app: App, path: string[], filters: Omit<ReviewScope, 'path'> = {}): Promise<ReviewSummary> {
  const summary = await app.call('reviewSummary', { path, ...filters });
  const { page } = app;
  const current = path.at(-1) ?? zh('review.all_places');
  await expect.poll(() => textOf(page.getByTestId('review-breadcrumb').locator('[aria-current=page]'))).toBe(current);
  await expect
    .poll(() => textOf(page.getByTestId('headline-total-value')))
    .toBe(zh('ui.review.rate_line', { rate: rateText(summary.total) }));
  for (const rate of summary.byLevel) {
    await expect(textOf(page.getByTestId(`headline-${rate.level}-value`))).resolves.toBe(
      zh('ui.review.rate_line', { rate: rateText(rate) }),
    );
  }
  const table = rankings(page);
  await expect.poll(() => table.locator('tbody tr').count()).toBe(summary.places.length);
  for (const place of summary.places) await rowOf(table, place.name).waitFor();
  // The rate chart's text alternative carries every bar's figures.
  const chartText = await page.getByTestId('chart-rate').getAttribute('aria-label');
  for (const place of summary.places) expect(chartText).toContain(`${place.name} ${rateText(place)}`);
  return summary;
}

/** Tab into the rankings (one tab stop), then arrows to the row of `name`, as a keyboard user would. */
async function focusRow(page: Page, name: string): Promise<void> {
  const table = rankings(page);
  await tabTo(page, table.locator('tbody tr[tabindex="0"]'));
  const target = rowOf(table, name);
  for (let i = 0; i < 50 && !(await hasFocus(target)); i++) await page.keyboard.press('ArrowDown');
  expect(await hasFocus(target), `row ${name} reached by arrows`).toBe(true);
}

journey(
  'the reviewer drills from the province to a facility, sorts, opens its history, draws a reproducible sample and exports',
  {
    journey: 'review-dashboard',
    demoSeed: 1,
    viewport: { width: 1440, height: 900 },
    platform: { chooseSavePath: (name) => Promise.resolve(join(outDir, name)) },
  },
  async (app) => {
    const { page } = app;
    const [facility] = await app.call('listFacilities', { query: FACILITY_CODE });
    if (!facility?.adminPath.township) throw new Error(`the demo has no village clinic ${FACILITY_CODE}`);
    const { province, prefecture, county, township } = facility.adminPath;

    // Everything: one province. Its row is reached and opened by keyboard.
    await app.open('/review');
    await expectShows(app, []);
    await checkA11y(app, 'review: all places');
    await app.shot('all-places');
    await focusRow(page, province);
    await page.keyboard.press('Enter');
    await expectShows(app, [province]);
    await checkA11y(app, 'review: province');
    await app.shot('province');

    // Filters go into the URL with the place; back takes them off again.
    await page.getByLabel(zh('ui.review.level'), { exact: true }).selectOption('village_clinic');
    await expectShows(app, [province], { level: 'village_clinic' });
    await page.getByLabel(zh('ui.review.as_of'), { exact: true }).fill('2025-07-01');
    const early = await expectShows(app, [province], { level: 'village_clinic', asOf: '2025-07-01' });
    expect(new URL(page.url()).hash).toContain('asOf=2025-07-01');
    const allVillages = await app.call('reviewSummary', { path: [province], level: 'village_clinic' });
    expect(early.total.audited).toBeLessThan(allVillages.total.audited);
    await page.goBack();
    await page.goBack();
    await expectShows(app, [province]);

    // The prefecture by a click, the county by keyboard.
    await rowOf(rankings(page), prefecture).click();
    await expectShows(app, [province, prefecture]);
    await focusRow(page, county);
    await page.keyboard.press('Enter');
    const countySummary = await expectShows(app, [province, prefecture, county]);
    expect(countySummary.childLevel).toBe('township');

    // Sorting by keyboard: the rank header flips to descending.
    const rankHeader = rankings(page).getByRole('button', { name: new RegExp(`^${zh('review.col.rank')}`) });
    await tabTo(page, rankHeader);
    await page.keyboard.press('Enter');
    await expect(rankHeader.getAttribute('aria-label')).resolves.toContain(zh('ui.review.sorted_descending'));
    const ranks = (await rankings(page).locator('tbody tr td:first-child').allTextContents()).map(Number);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    await page.keyboard.press('Enter');
    await checkA11y(app, 'review: county');
    await app.shot('county');

    // Back and forward walk the drill-down.
    await page.goBack();
    await expectShows(app, [province, prefecture]);
    await page.goForward();
    await expectShows(app, [province, prefecture, county]);

    // The township lists its facilities; Enter on one opens its audit history.
    await rowOf(rankings(page), township).click();
    const townshipSummary = await expectShows(app, [province, prefecture, county, township]);
    expect(townshipSummary.childLevel).toBe('facility');
    await focusRow(page, facility.name);
    await page.keyboard.press('Enter');
    const history = await app.call('facilityHistory', { facilityId: facility.id });
    const drawer = page.getByTestId('facility-history');
    await expect
      .poll(() => drawer.getByTestId('history-audits').locator('tbody tr').count())
      .toBe(history.audits.length);
    await expect
      .poll(() => drawer.getByTestId('history-findings').locator('tbody tr').count())
      .toBe(history.findings.length);
    const current = history.audits.find((a) => a.current);
    if (!current) throw new Error(`${FACILITY_CODE} has no current audit`);
    const currentRow = drawer.getByTestId('history-audits').locator(`tr[data-row-key="${current.auditId}"]`);
    await expect(textOf(currentRow)).resolves.toContain(zh('ui.review.current'));
    await expect(currentRow.getByRole('link').getAttribute('href')).resolves.toBe(
      `#/audits/${encodeURIComponent(current.auditId)}`,
    );
    for (const finding of history.findings) {
      await drawer.getByRole('cell', { name: finding.description, exact: true }).first().waitFor();
    }
    await checkA11y(app, 'review: facility history');
    await app.shot('facility-history');
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.isVisible()).toBe(false);

    // Exports: main asks where; the page says where the file went.
    await page.getByRole('button', { name: zh('ui.review.export_xlsx') }).click();
    const outcome = page.getByTestId('export-outcome');
    await outcome.waitFor();
    const [file, ...others] = readdirSync(outDir);
    expect(others).toEqual([]);
    expect(file).toMatch(/\.xlsx$/);
    const path = join(outDir, file ?? '');
    expect(statSync(path).size).toBeGreaterThan(0);
    await expect(textOf(outcome)).resolves.toContain(path);
    // Button-style radios hide their input: the label is what is clicked.
    const weekly = page.getByRole('radio', { name: zh('ui.review.period.week') });
    await page.locator('label').filter({ has: weekly }).click();
    await expect.poll(() => weekly.isChecked()).toBe(true);
    await page.getByRole('button', { name: zh('ui.review.export_pdf') }).click();
    await expect.poll(() => readdirSync(outDir).filter((name) => name.endsWith('.pdf')).length).toBe(1);
    const pdf = readdirSync(outDir).find((name) => name.endsWith('.pdf')) ?? '';
    await expect.poll(() => textOf(outcome)).toContain(join(outDir, pdf));
    // The weekly report (周报告), as chosen on the page.
    expect(pdfText(join(outDir, pdf))).toContain('周报');

    // Sampling over the province, with a fixed seed: drawing again with it gives the same sample.
    await page.getByTestId('review-breadcrumb').getByRole('link', { name: province }).click();
    await expectShows(app, [province]);
    await page.getByRole('button', { name: zh('ui.review.sampling') }).click();
    await page.getByTestId('sampling-page').waitFor();
    await page.getByLabel(zh('ui.review.sample.count')).fill('5');
    await page.getByLabel(zh('ui.review.sample.criteria')).fill('2');
    await page.getByLabel(zh('ui.review.sample.seed')).fill(SEED);
    await page.keyboard.press('Enter');
    const result = page.getByTestId('sample-result');
    await result.waitFor();
    await expect(textOf(page.getByTestId('sample-seed'))).resolves.toBe(SEED);
    await expect(textOf(result)).resolves.toContain(zh('ui.review.sample.reproducible'));
    const drawnId = await result.getAttribute('data-sample-id');
    const drawn = (await app.call('listSamples', {})).find((s) => s.id === drawnId);
    if (!drawn) throw new Error('the draw made on the page was not recorded');
    expect(drawn.request).toMatchObject({ path: [province], facilityCount: 5, criteriaCount: 2, seed: SEED });
    const shownCodes = () => page.getByTestId('sample-facilities').locator('tbody tr td:first-child').allTextContents();
    await expect(shownCodes()).resolves.toEqual(drawn.facilities.map((f) => f.code));
    // Drawn again from the page with its seed: a new record, the same facilities and criteria.
    await page.getByRole('button', { name: zh('ui.review.sample.reuse') }).click();
    await expect.poll(() => result.getAttribute('data-sample-id')).not.toBe(drawnId);
    await expect(shownCodes()).resolves.toEqual(drawn.facilities.map((f) => f.code));
    await expect.poll(() => page.getByTestId('sample-history').locator('tbody tr').count()).toBe(2);
    const again = await app.call('drawSample', { ...drawn.request, seed: SEED });
    expect(again.seed).toBe(SEED);
    expect(again.populationSize).toBe(drawn.populationSize);
    expect(again.facilities).toEqual(drawn.facilities);
    // The pointer rests on the button it clicked: a hover colour is not what anyone reads.
    await page.mouse.move(0, 0);
    await checkA11y(app, 'review: sampling');
    await app.shot('sampling');

    // In English, the same figures: the dashboard of the province.
    await page.getByRole('button', { name: zh('ui.language.en-US') }).click();
    await page.getByRole('button', { name: en('ui.review.back_to_summary') }).click();
    const provinceSummary = await app.call('reviewSummary', { path: [province] });
    await expect
      .poll(() => textOf(page.getByTestId('headline-total-value')))
      .toBe(en('ui.review.rate_line', { rate: rateText(provinceSummary.total) }));
    await page
      .getByRole('table', { name: en('ui.review.rankings_of', { level: en('review.child.prefecture') }) })
      .waitFor();
    await page.mouse.move(0, 0);
    await checkA11y(app, 'review in English');
    await app.shot('province-english');
  },
);
