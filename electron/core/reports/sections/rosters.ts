import { STAFF_QUALIFICATIONS } from '../../../../shared/domain/standard';
import type { MessageKey } from '../../../../shared/i18n/format';
import { maskLicence } from '../../../../shared/logic/personal-ids';
import type { Layout } from '../pdf-layout';
import { drawTable, type Column, type Row } from '../pdf-table';
import type { ReportModel } from '../report-model';
import { SIZE } from '../report-style';

// One masking rule for every export: shared/logic/personal-ids.ts.
export { maskLicence };

const yesNo = (model: ReportModel, value: boolean) => model.t.label(value ? 'bool.true' : 'bool.false');

// The document keeps rows by id; a report lists them in an order a reader can search.
const collator = new Intl.Collator('zh-CN');
const byCode = (a: string | undefined, b: string | undefined) =>
  a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b, 'en', { numeric: true });

interface Annex {
  heading: MessageKey;
  /** One line of counts printed above the table. */
  summary: string;
  columns: readonly Column[];
  rows: readonly Row[];
}

/** Every annex reads the same: its heading, then either "none recorded" or the counts over a small-type table. */
function drawAnnex(layout: Layout, model: ReportModel, annex: Annex): void {
  const { t } = model;
  layout.heading(t.label(annex.heading));
  if (annex.rows.length === 0) return layout.paragraph(t.block('report.annex.empty'));
  layout.paragraph(annex.summary, { size: SIZE.small });
  layout.gap(4);
  drawTable(layout, annex.columns, annex.rows, { zebra: true, size: SIZE.small });
}

export function drawStaffAnnex(layout: Layout, model: ReportModel): void {
  const { t } = model;
  const rank = (q: string) => STAFF_QUALIFICATIONS.indexOf(q as (typeof STAFF_QUALIFICATIONS)[number]);
  const staff = [...model.document.rosters.staff].sort(
    (a, b) => rank(a.qualification) - rank(b.qualification) || collator.compare(a.name, b.name),
  );
  const verified = staff.filter((s) => s.verified).length;
  drawAnnex(layout, model, {
    heading: 'report.section.staff',
    summary: t.block('report.staff.summary', { count: staff.length, verified }),
    columns: [
      { header: t.block('report.col.no'), weight: 0.6, align: 'right' },
      { header: t.block('report.col.name'), weight: 1.5 },
      { header: t.block('report.col.qualification'), weight: 2 },
      { header: t.block('report.col.licence'), weight: 2.2 },
      { header: t.block('report.col.department'), weight: 1.6 },
      { header: t.block('report.col.practice_site'), weight: 2 },
      { header: t.block('report.col.verified'), weight: 0.9, align: 'center' },
    ],
    rows: staff.map((s, i) => [
      String(i + 1),
      s.name,
      t.codeLabel('qualification', s.qualification),
      s.licenseNo ? maskLicence(s.licenseNo) : '—',
      s.department ? t.codeLabel('department', s.department) : '—',
      s.practiceSite ?? '—',
      yesNo(model, s.verified),
    ]),
  });
}

export function drawEquipmentAnnex(layout: Layout, model: ReportModel): void {
  const { t } = model;
  const items = [...model.document.rosters.equipment].sort((a, b) => byCode(a.catalogCode, b.catalogCode));
  const present = items.filter((e) => e.present).length;
  const working = items.filter((e) => e.present && e.working).length;
  drawAnnex(layout, model, {
    heading: 'report.section.equipment',
    summary: t.block('report.equipment.summary', { count: items.length, present, working }),
    columns: [
      { header: t.block('report.col.no'), weight: 0.6, align: 'right' },
      { header: t.block('report.col.code'), weight: 1.6 },
      { header: t.block('report.col.equipment'), weight: 3.6 },
      { header: t.block('report.col.present'), weight: 0.9, align: 'center' },
      { header: t.block('report.col.working'), weight: 1.1, align: 'center' },
      { header: t.block('report.col.count'), weight: 0.8, align: 'right' },
      { header: t.block('report.col.note'), weight: 2.2 },
    ],
    rows: items.map((e, i) => {
      const name = model.equipmentNames.get(e.catalogCode);
      return [
        String(i + 1),
        e.catalogCode,
        name ? t.dataLabel(name) : e.catalogCode,
        yesNo(model, e.present),
        yesNo(model, e.working),
        String(e.count),
        e.note ?? '',
      ];
    }),
  });
}

/** The whole stock list, hundreds of rows at a village clinic's essential list: small type, one line each. */
export function drawDrugAnnex(layout: Layout, model: ReportModel): void {
  const { t } = model;
  const drugs = [...model.document.rosters.drugs].sort(
    (a, b) => byCode(a.catalogCode, b.catalogCode) || collator.compare(a.genericName, b.genericName),
  );
  const inStock = drugs.filter((d) => d.inStock).length;
  const english = new Map(model.drugCatalog?.items.map((item) => [item.code, item.nameEn]) ?? []);
  drawAnnex(layout, model, {
    heading: 'report.section.drugs',
    summary: t.block('report.drugs.summary', { count: drugs.length, inStock }),
    columns: [
      { header: t.block('report.col.no'), weight: 0.6, align: 'right' },
      { header: t.block('report.col.code'), weight: 1.4 },
      { header: t.block('report.col.generic_name'), weight: 4 },
      { header: t.block('report.col.in_stock'), weight: 0.9, align: 'center' },
      { header: t.block('report.col.quantity'), weight: 1, align: 'right' },
      { header: t.block('report.col.expiry'), weight: 1.4 },
    ],
    rows: drugs.map((d, i) => {
      const en = d.catalogCode ? english.get(d.catalogCode) : undefined;
      const name = t.lang === 'zh-CN' || !en ? d.genericName : t.lang === 'en-US' ? en : `${d.genericName} / ${en}`;
      return [
        String(i + 1),
        d.catalogCode ?? '—',
        name,
        yesNo(model, d.inStock),
        d.quantity === undefined ? '—' : String(d.quantity),
        d.nearestExpiry ?? '—',
      ];
    }),
  });
}
