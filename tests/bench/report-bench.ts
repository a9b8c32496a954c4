import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { openCore, type Core } from '../../electron/core/core';
import { createDemo } from '../../electron/core/demo/create-demo';
import { call } from '../../electron/core/dispatch';
import { createHandlers } from '../../electron/core/handlers';
import { inTransaction } from '../../electron/core/db/sql';
import { buildReportModel } from '../../electron/core/reports/report-model';
import { renderReport } from '../../electron/core/reports/render-report';
import { reportText } from '../../electron/core/reports/report-text';
import { CHROMIUM_ARGS } from '../e2e/harness/app';
import { footerHtml, reportHtml } from './report-html';
import { ms, percentile, timeOnce, timeRuns, type Figure } from './stats';

const DRUG_ROWS = 700;
const PHOTOS = 10;
const RUNS = 5;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const pagesOf = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

/** Tops the audit's drug list up to DRUG_ROWS rows: the catalogue's items, then local brands. */
function fillDrugs(core: Core, auditId: string): number {
  const catalog = core.standards.drugCatalogFor(core.standards.standard(core.audits.get(auditId).audit.standardKey));
  const have = core.repos.rosters.list(auditId).drugs;
  const codes = new Set(have.map((d) => d.catalogCode));
  const at = new Date().toISOString();
  inTransaction(core.db, () => {
    let n = have.length;
    for (const item of catalog?.items ?? []) {
      if (n >= DRUG_ROWS) break;
      if (codes.has(item.code)) continue;
      core.repos.rosters.saveDrug(
        auditId,
        { id: randomUUID(), catalogCode: item.code, genericName: item.genericName, inStock: true, quantity: n % 90 },
        at,
      );
      n += 1;
    }
    for (; n < DRUG_ROWS; n++) {
      core.repos.rosters.saveDrug(
        auditId,
        {
          id: randomUUID(),
          genericName: `复方制剂第${n}号（片剂）`,
          inStock: n % 7 !== 0,
          quantity: n % 120,
          nearestExpiry: '2027-06-30',
        },
        at,
      );
    }
  });
  return core.repos.rosters.list(auditId).drugs.length;
}

/** Photo-like JPEGs (noise over gradients compresses like a phone picture), drawn and encoded by Chromium. */
async function photos(page: Page): Promise<Buffer[]> {
  await page.setViewportSize({ width: 1024, height: 768 });
  const shots: Buffer[] = [];
  for (let i = 0; i < PHOTOS; i++) {
    // A block per page: setContent reuses the window, where a second top-level const would not parse.
    await page.setContent(`<canvas id="c" width="1024" height="768"></canvas><script>{
      const c = document.getElementById('c').getContext('2d');
      const g = c.createLinearGradient(0, 0, 1024, 768);
      g.addColorStop(0, 'hsl(${i * 36}, 60%, 55%)'); g.addColorStop(1, 'hsl(${i * 36 + 120}, 50%, 35%)');
      c.fillStyle = g; c.fillRect(0, 0, 1024, 768);
      const img = c.getImageData(0, 0, 1024, 768);
      for (let p = 0; p < img.data.length; p += 4) { const n = (Math.random() - 0.5) * 40; img.data[p] += n; img.data[p + 1] += n; img.data[p + 2] += n; }
      c.putImageData(img, 0, 0);
    }</script>`);
    shots.push(await page.screenshot({ type: 'jpeg', quality: 80 }));
  }
  return shots;
}

/**
 * Report time and size for the county hospital demo audit with a full drug annex and ten photos,
 * and the same content printed by headless Chromium from HTML in the same run, as the ratio.
 */
export async function benchReport(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dabiao-bench-report-'));
  const core = openCore({ dataDir: join(dir, 'data') });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    await createDemo(core, { seed: 1 });
    const handlers = createHandlers(core);
    const audit = core.audits.list({ level: 'county_hospital', status: 'completed' })[0];
    if (!audit) throw new Error('the demo has a finished county hospital audit');
    const drugs = fillDrugs(core, audit.id);
    const page = await browser.newPage();
    const jpegs = await photos(page);
    const criteria = core.audits.score(audit.id).criteria;
    for (const [i, jpeg] of jpegs.entries()) {
      await call(handlers, 'attachEvidence', {
        auditId: audit.id,
        criterionId: criteria[i % criteria.length]?.criterionId,
        fileName: `现场照片-${i + 1}.jpg`,
        mimeType: 'image/jpeg',
        contentBase64: jpeg.toString('base64'),
      });
    }
    const photoBytes = jpegs.reduce((s, j) => s + j.length, 0);

    const cold = await timeOnce(() => renderReport(core, audit.id, { lang: 'zh-CN' }));
    const warm = await timeRuns(RUNS, () => renderReport(core, audit.id, { lang: 'zh-CN' }));
    const both = await timeRuns(RUNS, () => renderReport(core, audit.id, { lang: 'both' }));
    const pdfkitFile = join(dir, 'pdfkit.pdf');
    writeFileSync(pdfkitFile, cold.value.pdf);

    const model = buildReportModel(core, audit.id, reportText('zh-CN'), []);
    const printOnce = async () => {
      await page.setContent(await reportHtml(model), { waitUntil: 'load' });
      return page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerHtml(model),
      });
    };
    const firstHtml = await timeOnce(printOnce);
    const html = await timeRuns(RUNS, printOnce);
    const htmlFile = join(dir, 'chromium.pdf');
    writeFileSync(htmlFile, firstHtml.value);

    const pdfkitMedian = percentile(warm, 50);
    const htmlMedian = percentile(html, 50);
    const content = `${drugs} drug rows, ${PHOTOS} photos (${mb(photoBytes)} of JPEG)`;
    return [
      { name: 'report PDF (pdfkit), county hospital, first run', value: ms(cold.ms), note: content },
      { name: 'report PDF (pdfkit), median', value: ms(pdfkitMedian), note: `${RUNS} runs; goal < 1500 ms` },
      { name: 'report PDF (pdfkit), bilingual, median', value: ms(percentile(both, 50)) },
      {
        name: 'report PDF (pdfkit) size',
        value: mb(cold.value.pdf.length),
        note: `${cold.value.pages} pages; goal < 3 MB`,
      },
      {
        name: 'same content, Chromium page.pdf(), first run',
        value: ms(firstHtml.ms),
        note: 'setContent + pdf, browser running',
      },
      { name: 'same content, Chromium page.pdf(), median', value: ms(htmlMedian) },
      {
        name: 'same content, Chromium PDF size',
        value: mb(firstHtml.value.length),
        note: `${pagesOf(htmlFile)} pages`,
      },
      {
        name: 'Chromium / pdfkit (time, size)',
        value: `${(htmlMedian / pdfkitMedian).toFixed(2)}x, ${(firstHtml.value.length / cold.value.pdf.length).toFixed(2)}x`,
        note: `pdfkit ${pagesOf(pdfkitFile)} pages`,
      },
    ];
  } finally {
    await browser.close();
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
