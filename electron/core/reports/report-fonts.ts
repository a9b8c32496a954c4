import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { defaultResourcesDir } from '../standards/builtin';
import { FONT_FILES } from './report-style';

export const defaultFontsDir = (): string => join(defaultResourcesDir(), 'fonts');

/**
 * Registers the embedded CJK typeface (Noto Sans SC, SIL OFL) in both weights. pdfkit subsets
 * it: only the glyphs a report uses are written, so a 10 MB font adds tens of kilobytes.
 */
export function registerReportFonts(doc: PDFKit.PDFDocument, fontsDir: string = defaultFontsDir()): void {
  for (const [name, file] of Object.entries(FONT_FILES)) {
    const path = join(fontsDir, file);
    if (!existsSync(path)) throw new AppError('not_found', { key: 'report.fonts_missing', params: { path } });
    doc.registerFont(name, readFileSync(path));
  }
}
