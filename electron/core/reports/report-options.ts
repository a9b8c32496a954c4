import type { ReportLang } from './report-text';

/** A handwritten signature drawn in the app, placed in its box on the signatures page. */
export interface HandwrittenSignature {
  name: string;
  /** A team role code (leader, inspector, facility_representative...) or a title in words. */
  role: string;
  pngBase64?: string;
  /** ISO date or date-time, as the signer gave it. */
  signedAt?: string;
}

export interface RenderReportOptions {
  lang: ReportLang;
  handwritten?: readonly HandwrittenSignature[];
  /** Folder holding the report fonts; default: `fonts/` in the app's resources. */
  fontsDir?: string;
}

export interface RenderedReport {
  pdf: Buffer;
  /** SHA-256 of the audit document printed on every page (not of the PDF bytes). */
  sha256: string;
  pages: number;
}
