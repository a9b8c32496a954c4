import QRCode from 'qrcode';
import { answerText, statusCell } from '../../electron/core/reports/answer-text';
import type { ReportModel } from '../../electron/core/reports/report-model';
import { adminPathText, reportTitle } from '../../electron/core/reports/sections/cover';
import { maskLicence } from '../../electron/core/reports/sections/rosters';

/**
 * The report's content as one HTML page for Chromium's page.pdf(): the same sections, tables,
 * thumbnails and signature boxes, so the benchmark compares two ways of printing one report.
 */
const esc = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
const cell = (text: string) => `<td>${esc(text).replace(/\n/g, '<br>')}</td>`;
const table = (headers: string[], rows: string[][]) =>
  `<table><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map(cell).join('')}</tr>`)
    .join('')}</tbody></table>`;

const STYLE = `
  @page { size: A4; margin: 64pt 52pt 66pt 52pt; }
  body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 9.5pt; color: #1b1f24; }
  h1 { color: #1f3a5f; font-size: 14pt; border-bottom: 1.2pt solid #1f3a5f; break-after: avoid; }
  table { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin-bottom: 8pt; }
  thead { display: table-header-group; }
  th { background: #e6ebf2; text-align: left; padding: 3pt 4pt; }
  td { padding: 3pt 4pt; border-bottom: 0.4pt solid #d5dbe3; vertical-align: top; }
  tr { break-inside: avoid; }
  .cover { text-align: center; break-after: page; }
  .verdict { border: 2pt solid #9a5b00; border-radius: 6pt; padding: 12pt; font-size: 30pt; font-weight: bold; }
  .bar { height: 11pt; background: #1d6b33; }
  .photos { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12pt; }
  .photos img { width: 100%; height: 118pt; object-fit: contain; }
  .sign { display: grid; grid-template-columns: 1fr 1fr; gap: 16pt; break-before: page; }
  .box { border: 0.8pt solid #9aa4b1; border-radius: 4pt; height: 150pt; padding: 8pt; }
`;

export async function reportHtml(model: ReportModel): Promise<string> {
  const { t, document: doc, score } = model;
  const qr = await QRCode.toString(model.sha256, { type: 'svg', errorCorrectionLevel: 'M', width: 92 });
  const titles = new Map(model.standard.sections.map((s) => [s.id, t.data(s.title)]));
  const criterion = (id: string) => model.criteria.get(id)?.criterion;
  const criteriaRows = score.criteria.map((c) => {
    const status = statusCell(c.status, t);
    const answer = doc.answers.find((a) => a.criterionId === c.criterionId) ?? null;
    return [
      c.criterionId,
      criterion(c.criterionId)?.title['zh-CN'] ?? c.criterionId,
      answerText(criterion(c.criterionId), answer, t),
      typeof status === 'string' ? status : status.text,
      t.message(c.reason),
    ];
  });
  const photos = model.evidence
    .map((e) =>
      e.image
        ? `<figure><img src="data:${e.record.mimeType};base64,${e.image.toString('base64')}"><figcaption>${esc(
            `${e.label} ${e.record.fileName}`,
          )}</figcaption></figure>`
        : '',
    )
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
  <section class="cover"><h2>${esc(reportTitle(model))}</h2><h2>${esc(doc.facility.name)}</h2>
    <p>${esc(adminPathText(doc.facility))}</p><div class="verdict">${esc(t.label(`verdict.${score.verdict}`))}</div>${qr}
    ${table(
      ['', ''],
      [
        [t.label('report.cover.facility_code'), doc.facility.code],
        [t.label('report.cover.kind'), t.label(`kind.${doc.audit.kind}`)],
        [t.label('report.cover.audit_date'), doc.audit.auditDate],
        [t.label('report.cover.team'), doc.audit.team.map((m) => m.name).join('、')],
      ],
    )}</section>
  <h1>${esc(t.label('report.section.summary'))}</h1>
  ${table(
    [t.label('report.col.section'), t.label('report.col.points'), t.label('report.col.score')],
    doc.score.sections.map((s) => [
      titles.get(s.sectionId) ?? s.sectionId,
      `${s.earned} / ${s.possible}`,
      String(s.score),
    ]),
  )}
  ${doc.score.sections.map((s) => `<div class="bar" style="width:${s.score}%"></div>`).join('<br>')}
  <h1>${esc(t.label('report.section.blocking'))}</h1>
  ${table(
    ['', '', '', '', ''],
    criteriaRows.filter((_, i) => score.criteria[i]?.blocking),
  )}
  <h1>${esc(t.label('report.section.criteria'))}</h1>
  ${table(['', '', '', '', ''], criteriaRows)}
  <h1>${esc(t.label('report.section.findings'))}</h1>
  ${table(
    ['', '', '', ''],
    doc.findings.map((f) => [f.criterionId, f.description, f.responsible ?? '', f.deadline ?? '']),
  )}
  <h1>${esc(t.label('report.section.staff'))}</h1>
  ${table(
    ['', '', '', ''],
    doc.rosters.staff.map((s) => [
      s.name,
      t.label(`qualification.${s.qualification}`),
      s.licenseNo ? maskLicence(s.licenseNo) : '',
      s.department ?? '',
    ]),
  )}
  <h1>${esc(t.label('report.section.equipment'))}</h1>
  ${table(
    ['', '', '', ''],
    doc.rosters.equipment.map((e) => [
      e.catalogCode,
      model.equipmentNames.get(e.catalogCode)?.['zh-CN'] ?? '',
      String(e.present),
      String(e.count),
    ]),
  )}
  <h1>${esc(t.label('report.section.drugs'))}</h1>
  ${table(
    ['', '', '', '', ''],
    doc.rosters.drugs.map((d, i) => [
      String(i + 1),
      d.catalogCode ?? '',
      d.genericName,
      String(d.quantity ?? ''),
      d.nearestExpiry ?? '',
    ]),
  )}
  <h1>${esc(t.label('report.section.photos'))}</h1><div class="photos">${photos}</div>
  <div class="sign">${doc.audit.team.map((m) => `<div class="box">${esc(`${t.label(`role.${m.role}`)} ${m.name}`)}</div>`).join('')}</div>
  </body></html>`;
}

/** Page X of Y, the audit id and the document digest, like the pdfkit report's footer. */
export const footerHtml = (model: ReportModel) =>
  `<div style="font-size:7pt;width:100%;padding:0 52pt">第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页<br>${esc(
    `${model.document.audit.id} · ${model.sha256}`,
  )}</div>`;
