import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { bilingual } from '../../../shared/i18n/format';
import type { ExportResult, ImportBatch, packagesContracts } from '../../../shared/ipc/contracts/packages';
import type { Core } from '../core';
import type { HandlerPlatform, HandlerTable } from '../handlers';
import { writeFileAtomically, type FileFilter } from '../reports/report-file';
import { reportText } from '../reports/report-text';
import type { KeyProtector } from '../signing/key-protector';
import { createIdentityService } from '../signing/identity-service';
import { expandImportPaths } from './import-paths';
import { importReport } from './import-report';
import { markExported, prepareAuditFile, suggestedAuditFileName } from './package-export';
import { importAuditFiles } from './package-import';
import { createTrustService } from './trust-service';

type PackageHandlers = Pick<HandlerTable, keyof typeof packagesContracts>;

/** The dialogs audit files need beyond saving one file; optional, shells without them refuse those calls. */
export interface PackageDialogs {
  /** A folder to write several audit files into; null when cancelled. */
  chooseFolder?(): Promise<string | null>;
  /** Files to import, or one folder to walk; null when cancelled. */
  chooseOpenPaths?(options: { folder: boolean; filters: readonly FileFilter[] }): Promise<string[] | null>;
}

/** Recent batches, so the renderer can ask for a batch's report after showing it. */
const KEPT_BATCHES = 10;

const labels = reportText('both');
const auditFileFilters: FileFilter[] = [{ name: labels.label('packages.file_filter'), extensions: ['dabiao'] }];

/** A name not yet used in this export nor present in the folder (the audit id tells two apart). */
function uniqueName(folder: string, suggested: string, auditId: string, used: Set<string>): string {
  const name =
    used.has(suggested) || existsSync(join(folder, suggested))
      ? suggested.replace(/\.dabiao$/, `-${auditId.slice(0, 8)}.dabiao`)
      : suggested;
  used.add(name);
  return name;
}

export function createPackageHandlers(core: Core, platform: HandlerPlatform): PackageHandlers {
  const trust = createTrustService(core);
  const batches = new Map<string, ImportBatch>();
  let running: { done: number; total: number; controller: AbortController } | null = null;

  const keyProtector = (): KeyProtector => {
    if (!platform.keyProtector) throw new AppError('validation', { key: 'signing.keychain_unavailable' });
    return platform.keyProtector();
  };

  async function exportOne(auditId: string, identityId: string, unlock: KeyProtector, path: (name: string) => string) {
    try {
      const file = await prepareAuditFile(core, auditId, { identityId, unlock });
      const target = path(file.suggestedName);
      writeFileAtomically(target, file.bytes);
      markExported(core, file);
      const done: ExportResult = {
        auditId,
        status: 'exported',
        path: target,
        bytes: file.bytes.length,
        sha256: file.sha256,
        message: bilingual({ key: 'packages.export.done', params: { path: target } }),
      };
      return done;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const failed: ExportResult = { auditId, status: 'failed', message: err.localized };
      return failed;
    }
  }

  return {
    // Main chooses where; one audit gets a save dialog, several a folder. One line per audit.
    exportAudits: async ({ auditIds, identityId }) => {
      createIdentityService(core.context).get(identityId);
      const unlock = keyProtector();
      const [first] = auditIds;
      if (auditIds.length === 1 && first !== undefined) {
        const chosen = await platform.chooseSavePath(suggestedAuditFileName(core, first), auditFileFilters);
        if (chosen === null) return { cancelled: true as const };
        return { results: [await exportOne(first, identityId, unlock, () => chosen)] };
      }
      if (!platform.chooseFolder) throw new AppError('validation', { key: 'packages.no_folder_dialog' });
      const folder = await platform.chooseFolder();
      if (folder === null) return { cancelled: true as const };
      const used = new Set<string>();
      const results: ExportResult[] = [];
      for (const auditId of auditIds)
        results.push(
          await exportOne(auditId, identityId, unlock, (name) => join(folder, uniqueName(folder, name, auditId, used))),
        );
      return { results };
    },

    // Paths come from main's open dialog or from files dropped on the window; they are only read.
    importAudits: async ({ paths, pick }) => {
      if (running) throw new AppError('conflict', { key: 'packages.import_running' });
      let chosen = paths ?? null;
      if (!chosen) {
        if (!platform.chooseOpenPaths) throw new AppError('validation', { key: 'packages.no_open_dialog' });
        chosen = await platform.chooseOpenPaths({ folder: pick === 'folder', filters: auditFileFilters });
        if (chosen === null || chosen.length === 0) return { cancelled: true as const };
      }
      const controller = new AbortController();
      const state = { done: 0, total: 0, controller };
      running = state;
      try {
        const sources = await expandImportPaths(chosen);
        state.total = sources.length;
        const batch = await importAuditFiles(core, sources, {
          signal: controller.signal,
          onProgress: (done) => {
            state.done = done;
          },
        });
        batches.set(batch.batchId, batch);
        for (const id of [...batches.keys()].slice(0, -KEPT_BATCHES)) batches.delete(id);
        return batch;
      } finally {
        running = null;
      }
    },
    importProgress: () =>
      running ? { running: true, done: running.done, total: running.total } : { running: false, done: 0, total: 0 },
    cancelImport: () => {
      if (!running) return { cancelling: false };
      running.controller.abort();
      return { cancelling: true };
    },
    saveImportReport: async ({ batchId, format }) => {
      const batch = batches.get(batchId);
      if (!batch) throw new AppError('not_found', { key: 'packages.batch_unknown', params: { id: batchId } });
      const filter = labels.label(format === 'csv' ? 'packages.report_filter_csv' : 'packages.report_filter_json');
      const suggested = `dabiao-import-${batch.startedAt.slice(0, 10)}.${format}`;
      const path = await platform.chooseSavePath(suggested, [{ name: filter, extensions: [format] }]);
      if (path === null) return { cancelled: true as const };
      const bytes = importReport(batch, format);
      writeFileAtomically(path, bytes);
      return { path, bytes: bytes.length };
    },

    listTrusted: () => trust.list(),
    listSigners: () => trust.listSigners(),
    trustCertificate: ({ certificatePem, fingerprint }) =>
      certificatePem !== undefined ? trust.trustPem(certificatePem) : trust.trustFingerprint(fingerprint ?? ''),
    untrustCertificate: ({ fingerprint }) => trust.untrust(fingerprint),
  };
}
