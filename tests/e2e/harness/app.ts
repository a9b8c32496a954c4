import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { openCore, type Core } from '../../../electron/core/core';
import { createDemo, type DemoReport } from '../../../electron/core/demo/create-demo';
import { call, dispatch } from '../../../electron/core/dispatch';
import { createHandlers, type HandlerPlatform, type HandlerTable } from '../../../electron/core/handlers';
import type { ContractInput, ContractName, ContractOutput, Contracts } from '../../../shared/ipc';
import { serveRenderer, type StaticServer } from './static-server';

export const ARTIFACTS_DIR = fileURLToPath(new URL('../../../test-artifacts/e2e', import.meta.url));

/** The flags from the stack notes; Playwright adds its own automation flags. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface AppOptions {
  /** Folder name under test-artifacts/e2e for this journey's screenshots. */
  journey: string;

  /** Seed of the demo province to create before the page opens; none: an empty database. */
  demoSeed?: number;
  /** What Electron main would supply (save dialog, key store, file manager); none: the CLI's refusals. */
  platform?: HandlerPlatform;
  viewport?: { width: number; height: number };
}

export interface App {
  page: Page;
  core: Core;
  handlers: HandlerTable;
  dataDir: string;
  demo: DemoReport | undefined;
  /** Base URL of the served renderer (ends with a slash). */
  url: string;
  /** A contract call on the same handler table the page uses (for setup and for checking the DB). */
  call<K extends ContractName>(name: K, input: ContractInput<Contracts[K]>): Promise<ContractOutput<Contracts[K]>>;
  /** Opens a hash route (e.g. `/audits`) and waits for the app's first paint of it. */
  open(route: string): Promise<void>;
  /** Screenshot into test-artifacts/e2e/<journey>/NN-<step>.png; returns the path. */
  shot(step: string): Promise<string>;
  /** Console errors, uncaught page errors, CSP violations, failed requests and internal handler failures so far. */
  problems: string[];
  /** Pointer and mouse events the page has seen: zero for a keyboard-only journey. */
  pointerEvents(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Runs before any script of the page, in every document it loads: the bridge the preload would
 * expose, a pointer-event counter and a CSP-violation reporter. Kept as source text because the
 * test runner's transform may add helpers to functions that do not exist inside the page.
 */
const PAGE_PROBES = `
  Object.defineProperty(window, 'dabiao', {
    value: Object.freeze({ invoke: (channel, input) => window.__dabiaoInvoke(channel, input) }),
    enumerable: true,
  });
  window.__dabiaoPointerEvents = 0;
  for (const type of ['pointerdown', 'mousedown', 'wheel']) {
    window.addEventListener(type, () => { window.__dabiaoPointerEvents += 1; }, { capture: true });
  }
  document.addEventListener('securitypolicyviolation', (e) => {
    const where = e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber : '';
    void window.__dabiaoProblem('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') + where);
  });
`;

export async function launchApp(options: AppOptions): Promise<App> {
  const root = mkdtempSync(join(tmpdir(), 'dabiao-e2e-'));
  const dataDir = join(root, 'data');
  const core = openCore({ dataDir, actor: 'e2e' });
  const handlers = createHandlers(core, options.platform);
  const problems: string[] = [];
  const shotsDir = join(ARTIFACTS_DIR, options.journey);
  rmSync(shotsDir, { recursive: true, force: true });

  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  try {
    const demo = options.demoSeed === undefined ? undefined : await createDemo(core, { seed: options.demoSeed });
    server = await serveRenderer();
    context = await chromium.launchPersistentContext(join(root, 'chromium-profile'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1366, height: 768 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.exposeFunction('__dabiaoInvoke', (channel: string, input: unknown) =>
      dispatch(handlers, channel, input, (message, error) => problems.push(`${message}: ${String(error)}`)),
    );
    await page.exposeFunction('__dabiaoProblem', (text: string) => void problems.push(text));
    await page.addInitScript(PAGE_PROBES);
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });

    const baseUrl = server.url;
    let shots = 0;
    const app: App = {
      page,
      core,
      handlers,
      dataDir,
      demo,
      url: baseUrl,
      call: (name, input) => call(handlers, name, input),
      async open(route) {
        await page.goto(`${baseUrl}#${route}`);
        await page.locator('#root > *').first().waitFor();
      },
      async shot(step) {
        mkdirSync(shotsDir, { recursive: true });
        const path = join(shotsDir, `${String(++shots).padStart(2, '0')}-${step}.png`);
        await page.screenshot({ path, fullPage: false });
        return path;
      },
      problems,
      pointerEvents: () => page.evaluate<number>('window.__dabiaoPointerEvents'),
      async close() {
        await context?.close();
        await server?.close();
        core.close();
        rmSync(root, { recursive: true, force: true });
      },
    };
    return app;
  } catch (error) {
    await context?.close();
    await server?.close();
    core.close();
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}
