import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Waits for the running finite animations and transitions (spinners run forever and are left alone). */
const SETTLE_ANIMATIONS = `Promise.all(
  document.getAnimations()
    .filter((a) => a.playState === 'running' && Number.isFinite(a.effect?.getComputedTiming().endTime))
    .map((a) => a.finished.catch(() => undefined)),
).then(() => true)`;

export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(SETTLE_ANIMATIONS);
}

const BLOCKING: ReadonlySet<ImpactValue> = new Set(['serious', 'critical']);
const EXAMPLES = 3;

/** One failing rule with how many elements fail it and the first few of them. */
export interface A11yViolation {
  rule: string;
  impact: ImpactValue;
  help: string;
  elements: number;
  examples: string[];
}

/**
 * Runs axe-core over the current page and returns the serious and critical violations.
 * The source goes in through the DevTools protocol (page.evaluate), which the page's CSP does not
 * govern; an injected <script> would be refused by script-src 'self', as it should be.
 */
export async function axeViolations(page: Page): Promise<A11yViolation[]> {
  // Colours caught halfway through a CSS transition (a button becoming enabled) are not what anyone reads.
  await settleAnimations(page);
  if (!(await page.evaluate<boolean>("'axe' in window"))) await page.evaluate(axeSource);
  const results = await page.evaluate<AxeResults['violations']>(
    "axe.run(document, { resultTypes: ['violations'] }).then((run) => run.violations)",
  );
  return results
    .filter((v) => v.impact != null && BLOCKING.has(v.impact))
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'serious',
      help: v.help,
      elements: v.nodes.length,
      examples: v.nodes.slice(0, EXAMPLES).map((node) => {
        const why = (node.failureSummary ?? '').replace(/\s+/g, ' ').replace(/^Fix (any|all) of the following: /, '');
        return `${node.target.join(' ')} — ${why.slice(0, 240)}`;
      }),
    }));
}
