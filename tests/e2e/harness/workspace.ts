import type { Locale } from '../../../shared/domain/common';
import { formatMessage, renderMessage, type MessageKey, type MessageParams } from '../../../shared/i18n/format';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { App } from './app';
import { hasFocus } from './keyboard';

/** A UI string as the catalogue has it, so the journeys follow wording changes and check both languages. */
export const text = (locale: Locale, key: MessageKey, params?: MessageParams) => formatMessage(locale, key, params);
export const zh = (key: MessageKey, params?: MessageParams) => text('zh-CN', key, params);
export const en = (key: MessageKey, params?: MessageParams) => text('en-US', key, params);

/** A score reason as the page renders it (reasons carry their keys as plain strings). */
export function reasonText(locale: Locale, reason: { key: string; params?: MessageParams | undefined }): string {
  return renderMessage(locale, { key: reason.key as MessageKey, ...(reason.params ? { params: reason.params } : {}) });
}

export const criterionView = (page: Page) => page.getByTestId('criterion-view');

/** An element's text without the spacing icons and layout add around it. */
export async function textOf(locator: Locator): Promise<string | undefined> {
  return (await locator.textContent())?.replace(/\s+/g, ' ').trim();
}

/** "已保存": the core acknowledged every change made so far. */
export async function waitSaved(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
}

/** Jumps to a criterion with the `/` search, by its id, as an auditor would. */
export async function gotoCriterion(page: Page, criterionId: string, locale: Locale = 'zh-CN'): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: text(locale, 'ui.workspace.search') });
  await expect.poll(() => hasFocus(search)).toBe(true);
  await page.keyboard.type(criterionId);
  // antd keeps an off-screen listbox for screen readers: the option is there, not visible.
  await page.getByRole('option', { name: new RegExp(`^${criterionId} `) }).waitFor({ state: 'attached' });
  await page.keyboard.press('Enter');
  await expect.poll(() => criterionView(page).getAttribute('data-criterion-id')).toBe(criterionId);
}

/** Creates an audit through the handler table (the wizard has its own journey) and opens its workspace. */
export async function openNewAudit(
  app: App,
  facilityCode: string,
  kind: 'self_assessment' | 'on_site_inspection' | 'follow_up' | 'spot_check',
): Promise<string> {
  const facility = (await app.call('listFacilities', { query: facilityCode })).find((f) => f.code === facilityCode);
  if (!facility) throw new Error(`no facility ${facilityCode}`);
  const audit = await app.call('createAudit', { facilityId: facility.id, kind, auditDate: '2025-09-01' });
  await app.open(`/audits/${encodeURIComponent(audit.id)}`);
  await app.page.getByTestId('workspace').waitFor();
  return audit.id;
}
