import PDFDocument from 'pdfkit';
import { APP_VERSION } from '../app-version';
import type { Core } from '../core';
import { drawPageFrames } from './page-frame';
import { Layout } from './pdf-layout';
import { registerReportFonts } from './report-fonts';
import { buildReportModel, type ReportModel } from './report-model';
import type { RenderedReport, RenderReportOptions } from './report-options';
import { PAGE } from './report-style';
import { reportText } from './report-text';
import { drawChanges } from './sections/changes';
import { drawCover, reportTitle } from './sections/cover';
import { drawBlocking, drawCriteria } from './sections/criteria';
import { drawEvidenceAnnex } from './sections/evidence';
import { drawFindings } from './sections/findings';
import { drawGaps } from './sections/gaps';
import { drawDrugAnnex, drawEquipmentAnnex, drawStaffAnnex } from './sections/rosters';
import { drawSignatures } from './sections/signatures';
import { drawSummary } from './sections/summary';
import { drawVerification } from './sections/verification';

/**
 * Draws the report of a model already read from the database. Holds no state between calls and
 * touches no database, so it can run in a worker thread given the model's data.
 * The output is a plain PDF (classic cross-reference table, no object streams, no signature
 * field): signatures are added afterwards as incremental updates.
 */
export async function renderModel(model: ReportModel, fontsDir?: string): Promise<RenderedReport> {
  const { document: auditDoc, t } = model;
  const title = reportTitle(model);
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margin,
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: t.primary,
    displayTitle: true,
    info: {
      Title: `${auditDoc.facility.name} ${title}`,
      Subject: `dabiao.audit ${auditDoc.audit.id} r${auditDoc.audit.revision}`,
      Keywords: `sha256:${model.sha256}`,
      Creator: `Dabiao ${APP_VERSION}`,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  registerReportFonts(doc, fontsDir);
  const layout = new Layout(doc);
  layout.newPage();
  drawCover(layout, model);
  layout.newPage();
  drawChanges(layout, model);
  drawVerification(layout, model);
  drawSummary(layout, model);
  drawBlocking(layout, model);
  drawCriteria(layout, model);
  drawFindings(layout, model);
  drawGaps(layout, model);
  layout.newPage();
  drawStaffAnnex(layout, model);
  drawEquipmentAnnex(layout, model);
  drawDrugAnnex(layout, model);
  drawEvidenceAnnex(layout, model);
  drawSignatures(layout, model);

  const pages = drawPageFrames(doc, t, {
    facility: auditDoc.facility.name,
    title,
    auditId: auditDoc.audit.id,
    revision: auditDoc.audit.revision,
    sha256: model.sha256,
  });
  doc.end();
  await ended;
  return { pdf: Buffer.concat(chunks), sha256: model.sha256, pages };
}

/** The compliance report of one audit revision, in the language(s) chosen at export. */
export async function renderReport(core: Core, auditId: string, options: RenderReportOptions): Promise<RenderedReport> {
  const model = buildReportModel(core, auditId, reportText(options.lang), options.handwritten ?? []);
  return await renderModel(model, options.fontsDir);
}
