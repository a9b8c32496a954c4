import { expect, test } from 'vitest';
import { launchApp, type App, type AppOptions } from './app';
import { axeViolations } from './axe';

/** axe-core over the current screen: serious or critical violations fail the test, softly, so the journey goes on. */
export async function checkA11y(app: App, screen: string): Promise<void> {
  expect.soft(await axeViolations(app.page), `axe-core on ${screen}`).toEqual([]);
}

/**
 * One user journey = one test with its own data folder, database, renderer server and Chromium.
 * Whatever the steps assert, the page must also end with no console errors, CSP violations,
 * failed requests or internal handler failures; a failing journey leaves a "failure" screenshot.
 */
export function journey(title: string, options: AppOptions, body: (app: App) => Promise<void>): void {
  test(title, async () => {
    const app = await launchApp(options);
    try {
      await body(app);
      expect(app.problems, 'console errors, CSP violations, failed requests or handler failures').toEqual([]);
    } catch (error) {
      await app.shot('failure').catch(() => undefined);
      if (app.problems.length > 0) console.error(`[${options.journey}] page problems:\n${app.problems.join('\n')}`);
      throw error;
    } finally {
      await app.close();
    }
  });
}
