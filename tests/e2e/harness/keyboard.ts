import type { Locator, Page } from 'playwright-core';

/** What has the focus, for error messages: tag, accessible name and a bit of text. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '<body>';
    const name = el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? el.textContent?.slice(0, 40) ?? '';
    return `<${el.tagName.toLowerCase()} role=${el.getAttribute('role') ?? ''}> "${name.trim()}"`;
  });
}

export async function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

/**
 * Presses Tab (or Shift+Tab) until the focus is on or inside `target`, as a keyboard user would;
 * fails if it is not reached within `max` presses (i.e. it is not in the tab order).
 */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { max?: number; back?: boolean } = {},
): Promise<void> {
  const max = options.max ?? 80;
  const key = options.back ? 'Shift+Tab' : 'Tab';
  for (let i = 0; i <= max; i++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} x${max} never reached ${String(target)}; focus is on ${await describeFocus(page)}`);
}

/**
 * Opens a tab of a tab list by keyboard: Tab to the selected tab (the list's one tab stop),
 * arrows to the wanted one, Enter.
 */
export async function openTab(page: Page, name: RegExp, options: { back?: boolean } = {}): Promise<void> {
  const tabs = page.getByRole('tab');
  const names = await tabs.allTextContents();
  const target = names.findIndex((text) => name.test(text));
  if (target === -1) throw new Error(`no tab ${String(name)} among ${names.join(', ')}`);
  const selected = page.getByRole('tab', { selected: true });
  const from = names.indexOf((await selected.textContent()) ?? '');
  await tabTo(page, selected, { max: 120, ...options });
  const arrow = target > from ? 'ArrowRight' : 'ArrowLeft';
  for (let i = 0; i < Math.abs(target - from); i++) await page.keyboard.press(arrow);
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name, selected: true }).waitFor();
}

/**
 * In a focused searchable select: types to filter, Enter picks the match. Waits for the list to
 * open and close again, as a person watching the screen would before moving on with Tab.
 */
export async function pickOption(page: Page, combobox: Locator, search: string): Promise<void> {
  await page.keyboard.type(search);
  await page.getByRole('option', { name: search, exact: true }).waitFor({ state: 'attached' });
  await expectAttribute(combobox, 'aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expectAttribute(combobox, 'aria-expanded', 'false');
}

async function expectAttribute(locator: Locator, name: string, value: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await locator.getAttribute(name)) === value) return;
    await locator.page().waitForTimeout(50);
  }
  throw new Error(`${String(locator)} never had ${name}="${value}"`);
}
