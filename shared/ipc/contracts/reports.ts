import { z } from 'zod';
import { defineContract } from '../contract';
import { AuditIdSchema, AuditRecordSchema } from './audits';

export const REPORT_LANGS = ['zh-CN', 'en-US', 'both'] as const;
export const ReportLangSchema = z.enum(REPORT_LANGS);
export type ReportLang = z.infer<typeof ReportLangSchema>;

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

export const ExportedReportSchema = z.union([
  z.object({ cancelled: z.literal(true) }).strict(),
  z
    .object({
      /** Where main wrote the file: the path the user chose in main's save dialog. */
      path: z.string(),
      pages: z.number().int().positive(),
      bytes: z.number().int().positive(),
      /** SHA-256 of the audit document, as printed on every page and in the cover's QR code. */
      sha256: Sha256Schema,
      /** SHA-256 of the PDF file itself. */
      fileSha256: Sha256Schema,
    })
    .strict(),
]);
export type ExportedReport = z.infer<typeof ExportedReportSchema>;

export const reportsContracts = {
  /** Main asks where to save (its own dialog): the renderer never names an output path. */
  exportReport: defineContract(
    'reports:export-report',
    z.object({ auditId: AuditIdSchema, lang: ReportLangSchema }).strict(),
    ExportedReportSchema,
  ),
  /**
   * Reveals a report in the system's file manager. Main only shows files it wrote itself in this
   * session (exported or signed); any other path is refused, so the renderer cannot make main
   * open or reveal arbitrary places.
   */
  showInFolder: defineContract(
    'reports:show-in-folder',
    z.object({ path: z.string().min(1).max(4096) }).strict(),
    z.object({ shown: z.literal(true) }).strict(),
  ),
  /** A correction of a signed or exported audit: a new revision, in progress, linked to it. */
  startRevision: defineContract('audits:start-revision', z.object({ id: AuditIdSchema }).strict(), AuditRecordSchema),
};
