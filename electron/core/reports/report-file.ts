import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { ExportedReport, ReportLang } from '../../../shared/ipc/contracts/reports';
import type { Core } from '../core';
import { writeBytesAtomically } from '../files/atomic-file';
import { notFound } from '../service-context';
import { createHandwrittenService } from '../signing/handwritten-service';
import { renderReport } from './render-report';
import { reportText } from './report-text';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** What the shell provides to put a file where the user wants it (Electron: dialog.showSaveDialog). */
export interface SaveDialog {
  /** The chosen absolute path, or null when the user cancelled. */
  chooseSavePath(suggestedName: string, filters: readonly FileFilter[]): Promise<string | null>;
}

/** For shells without a dialog (CLI, tests): they write to a path they were given instead. */
export const noSaveDialog: SaveDialog = {
  chooseSavePath: () => Promise.reject(new AppError('conflict', { key: 'error.no_save_dialog' })),
};

/** The shell's file manager (Electron: shell.showItemInFolder); shells without one leave it out. */
export interface FolderRevealer {
  showInFolder(path: string): void;
}

/**
 * The files this handler table wrote during this session, exactly as their paths were returned.
 * "Show in folder" reveals only these: a path coming back from the renderer is a request to
 * show something main wrote, never a way to make main open any other place.
 */
export function createWrittenFiles() {
  const written = new Set<string>();
  return {
    record<T extends { path: string } | { cancelled: true }>(result: T): T {
      if ('path' in result) written.add(result.path);
      return result;
    },
    reveal(path: string, revealer: Partial<FolderRevealer>): { shown: true } {
      if (!written.has(path)) throw new AppError('validation', { key: 'report.reveal_unknown_path', params: { path } });
      if (!revealer.showInFolder) throw new AppError('conflict', { key: 'report.reveal_unavailable' });
      if (!existsSync(path)) throw new AppError('not_found', { key: 'report.reveal_missing', params: { path } });
      revealer.showInFolder(path);
      return { shown: true };
    },
  };
}

export type WrittenFiles = ReturnType<typeof createWrittenFiles>;

// Characters no file system accepts in a name, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;

/** "石门县人民医院-2025-09-05-r1.pdf": what the save dialog proposes. */
export function suggestedReportName(core: Core, auditId: string, lang: ReportLang): string {
  const audit = core.repos.audits.get(auditId);
  if (!audit) throw notFound('entity.audit', auditId);
  const facility = core.repos.facilities.get(audit.facilityId)?.name ?? audit.facilityId;
  const suffix = lang === 'zh-CN' ? '' : `-${lang}`;
  return `${facility}-${audit.auditDate}-r${audit.revision}${suffix}.pdf`.replace(UNSAFE_NAME, '_');
}

/**
 * The file whole or not at all (see writeBytesAtomically), with a failure the user can read.
 * `mode`: 0o644 for a file the user saved where they chose; the data folder's own files pass 0o600.
 */
export function writeFileAtomically(path: string, bytes: Uint8Array, mode = 0o644): void {
  try {
    writeBytesAtomically(path, bytes, mode);
  } catch (err) {
    const details = err instanceof Error ? err.message : String(err);
    throw new AppError('bad_file', { key: 'report.write_failed', params: { path, details } }, { path });
  }
}

/**
 * The export behind `reports:export-report`: main asks where, renders, then writes. The drawn
 * signatures go on the signatures page as they do when signing (and in the CLI's report).
 */
export async function exportReport(
  core: Core,
  dialog: SaveDialog,
  input: { auditId: string; lang: ReportLang },
): Promise<ExportedReport> {
  const suggested = suggestedReportName(core, input.auditId, input.lang);
  const filters = [{ name: reportText('both').label('report.file_filter'), extensions: ['pdf'] }];
  const path = await dialog.chooseSavePath(suggested, filters);
  if (path === null) return { cancelled: true };
  const handwritten = createHandwrittenService(core.context).list(input.auditId);
  const report = await renderReport(core, input.auditId, { lang: input.lang, handwritten });
  writeFileAtomically(path, report.pdf);
  return {
    path,
    pages: report.pages,
    bytes: report.pdf.length,
    sha256: report.sha256,
    fileSha256: createHash('sha256').update(report.pdf).digest('hex'),
  };
}
