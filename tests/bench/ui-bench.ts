import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DrugStockInput } from '../../shared/domain/audit';
import type { FacilityInput } from '../../shared/domain/facility';
import { formatMessage } from '../../shared/i18n/format';
import { launchApp, type App } from '../e2e/harness/app';
import { RENDERER_DIR } from '../e2e/harness/static-server';
import { ms, percentile, type Figure } from './stats';

/**
 * UI figures in headless Chromium over the built renderer and the real handler table (the e2e
 * harness). In-page timings come from performance.now() and requestAnimationFrame; the test side
 * only drives. Kept as source text: the benchmark runner's transform would add helpers to functions.
 */
const PAGE_TIMERS = `
  // Navigation start to the first frame in which the selector's element exists.
  window.__firstFrameWith = (selector) => new Promise((resolve) => {
    const done = () => requestAnimationFrame(() => resolve(performance.now()));
    if (document.querySelector(selector)) return done();
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      done();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  // Arms one measurement: from the next keydown to the frame after the first DOM change under selector.
  window.__armKeyToFrame = (selector) => {
    window.__keyToFrame = new Promise((resolve) => {
      const target = document.querySelector(selector);
      let keyAt;
      const onKey = (e) => { keyAt = e.timeStamp; window.removeEventListener('keydown', onKey, true); };
      window.addEventListener('keydown', onKey, true);
      const observer = new MutationObserver(() => {
        if (keyAt === undefined) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - keyAt));
      });
      observer.observe(target, { childList: true, subtree: true, attributes: true, characterData: true });
      setTimeout(() => { observer.disconnect(); resolve(-1); }, 3000);
    });
  };
`;

const DRUG_ROWS = 700;
const LOADS = 5;
const KEYPRESSES = 50;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const clinic: FacilityInput = {
  code: 'BENCH-VC-700',
  name: '基准村卫生室',
  level: 'village_clinic',
  adminPath: { province: '测试省', prefecture: '测试市', county: '测试县', township: '测试镇', village: '测试村' },
  servicePopulation: 2400,
  residentPopulation: 2100,
  flags: { ivServiceApproved: true, townshipSeat: false, sharedClinic: false, poorCounty: true },
};

const township: FacilityInput = {
  code: 'BENCH-THC-700',
  name: '基准乡镇卫生院',
  level: 'township_health_center',
  adminPath: { province: '测试省', prefecture: '测试市', county: '测试县', township: '测试镇' },
  servicePopulation: 24_000,
  residentPopulation: 21_000,
  beds: 30,
  flags: { ivServiceApproved: true, townshipSeat: false, sharedClinic: false, poorCounty: true },
};

/** 700 drug rows through the handler table: the whole catalogue (when there is one), the rest outside it. */
async function auditWithDrugs(app: App, facility: FacilityInput): Promise<{ id: string; criteria: number }> {
  const created = await app.call('createFacility', facility);
  const audit = await app.call('createAudit', { facilityId: created.id, kind: 'on_site_inspection' });
  const { standard } = await app.call('getStandard', { key: audit.standardKey });
  const catalog = standard.drugCatalog ? (await app.call('getDrugCatalog', { id: standard.drugCatalog })).items : [];
  const rows: DrugStockInput[] = catalog.slice(0, DRUG_ROWS).map((item, i) => ({
    catalogCode: item.code,
    genericName: item.genericName,
    inStock: i % 3 !== 0,
    quantity: 10 + (i % 90),
  }));
  for (let i = rows.length; i < DRUG_ROWS; i++) {
    rows.push({ genericName: `自购药品${String(i).padStart(3, '0')}`, inStock: i % 4 !== 0, quantity: i % 50 });
  }
  for (const row of rows) await app.call('saveDrug', { auditId: audit.id, ...row });
  return { id: audit.id, criteria: standard.sections.reduce((n, s) => n + s.criteria.length, 0) };
}

/** Fresh document loads of the workspace: navigation start to the first frame with the score panel. */
async function firstRender(app: App, auditId: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    await app.page.goto('about:blank');
    await app.page.goto(`${app.url}#/audits/${encodeURIComponent(auditId)}`);
    samples.push(await app.page.evaluate<number>(`window.__firstFrameWith('[data-testid="score-panel"]')`));
  }
  return samples;
}

async function keyToFrame(app: App, keys: readonly string[]): Promise<number[]> {
  const samples: number[] = [];
  for (const key of keys) {
    await app.page.evaluate(`window.__armKeyToFrame('[data-testid="drug-list"]')`);
    await app.page.keyboard.press(key);
    const elapsed = await app.page.evaluate<number>('window.__keyToFrame');
    if (elapsed >= 0) samples.push(elapsed);
  }
  return samples.sort((a, b) => a - b);
}

function spread(name: string, samples: number[], note?: string): Figure[] {
  const sorted = [...samples].sort((a, b) => a - b);
  return [
    { name: `${name} p50`, value: ms(percentile(sorted, 50)), ...(note ? { note } : {}) },
    { name: `${name} p95`, value: ms(percentile(sorted, 95)) },
  ];
}

export async function benchWorkspace(): Promise<Figure[]> {
  const app = await launchApp({ journey: 'bench-workspace' });
  try {
    await app.page.addInitScript(PAGE_TIMERS);
    const largest = await auditWithDrugs(app, township);
    const village = await auditWithDrugs(app, clinic);
    const largestLoads = await firstRender(app, largest.id);
    const villageLoads = await firstRender(app, village.id);

    // The drug list of the village clinic (the standard with a drug catalogue): 700 lines.
    await app.page.getByRole('tab', { name: new RegExp(formatMessage('zh-CN', 'ui.workspace.tab.drugs')) }).click();
    const search = app.page.getByRole('searchbox', { name: formatMessage('zh-CN', 'ui.rosters.drugs.search') });
    await search.focus();
    const letters = 'abcdefghjklmnopqrstwxyzab';
    const typing = [...letters.slice(0, KEYPRESSES / 2)].flatMap((c) => [c, 'Backspace']);
    const searchSamples = await keyToFrame(app, typing);
    await search.fill('');
    const toggleSamples = await keyToFrame(
      app,
      Array.from({ length: KEYPRESSES }, () => 'Enter'),
    );
    return [
      ...spread(
        `workspace first render, ${largest.criteria}-criterion standard, ${DRUG_ROWS} drugs`,
        largestLoads,
        `${LOADS} loads, first ${ms(largestLoads[0] ?? NaN)}`,
      ),
      ...spread(
        `workspace first render, village clinic, ${DRUG_ROWS} drugs`,
        villageLoads,
        `${LOADS} loads, first ${ms(villageLoads[0] ?? NaN)}`,
      ),
      ...spread(
        'drug list keypress to frame: search',
        searchSamples,
        `${searchSamples.length} keys over ${DRUG_ROWS} lines; goal one frame (16 ms)`,
      ),
      ...spread('drug list keypress to frame: toggle (Enter)', toggleSamples, `${toggleSamples.length} keys`),
    ];
  } finally {
    await app.close();
  }
}

/**
 * Initial JS of the first screen: every script the browser fetches to show the first route (the
 * entry, its modulepreloads and the route's lazy chunks), as gzip of the built files.
 */
export async function benchInitialJs(): Promise<Figure[]> {
  const app = await launchApp({ journey: 'bench-initial-js' });
  try {
    const scripts = new Set<string>();
    app.page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await app.open('/');
    await app.page.getByRole('table').waitFor();
    await app.page.waitForLoadState('networkidle');
    let raw = 0;
    let gzip = 0;
    for (const path of scripts) {
      const body = readFileSync(join(RENDERER_DIR, path));
      raw += body.length;
      gzip += gzipSync(body, { level: 9 }).length;
    }
    return [
      {
        name: 'initial JS of the first screen (gzip -9)',
        value: kb(gzip),
        note: `${scripts.size} scripts, ${kb(raw)} raw; goal < 400 KB`,
      },
    ];
  } finally {
    await app.close();
  }
}

/** Both UI benchmarks; without a built renderer they are reported as skipped, not failed. */
export async function benchUi(): Promise<Figure[]> {
  try {
    return [...(await benchInitialJs()), ...(await benchWorkspace())];
  } catch (error) {
    return [{ name: 'UI benchmarks (Chromium)', value: 'skipped', note: String(error).split('\n')[0] }];
  }
}
