import type { ContractName, ContractOutput, ContractParsedInput, Contracts } from '../../shared/ipc';
import { APP_VERSION } from './app-version';
import { createRevisionService } from './audits/revision-service';
import { createBackupHandlers, type CoreRestarter } from './backup/backup-handlers';
import type { Core } from './core';
import { schemaVersion } from './db/migrations';
import { createEvidenceService } from './evidence/evidence-service';
import { importFacilityFile } from './facilities/facility-import';
import { createPackageHandlers, type PackageDialogs } from './packages/package-handlers';
import {
  createWrittenFiles,
  exportReport,
  noSaveDialog,
  type FolderRevealer,
  type SaveDialog,
} from './reports/report-file';
import { createReviewHandlers } from './review/review-handlers';
import { createSigningHandlers, type KeyProtectorSource } from './signing/signing-handlers';

/** One function per contract, keyed like `contracts`: the compiler refuses a missing or extra one. */
export type HandlerTable = {
  [K in ContractName]: (
    input: ContractParsedInput<Contracts[K]>,
  ) => ContractOutput<Contracts[K]> | Promise<ContractOutput<Contracts[K]>>;
};

/** What only the shell can do: Electron main shows its dialogs; the CLI and tests bring their own. */
export type HandlerPlatform = SaveDialog &
  KeyProtectorSource &
  Partial<FolderRevealer> &
  PackageDialogs &
  CoreRestarter;

/** Thin: inputs arrive parsed by `dispatch`, the services hold the rules. */
export function createHandlers(core: Core, platform: HandlerPlatform = noSaveDialog): HandlerTable {
  const { standards, facilities, audits, rosters, findings } = core;
  const evidence = createEvidenceService(core.context, { dataDir: core.dataDir, registry: standards });
  const revisions = createRevisionService(core.context);
  // Per handler table, so per session: the reports this app wrote, the only paths it will reveal.
  const written = createWrittenFiles();
  return {
    getInfo: () => ({
      version: APP_VERSION,
      schemaVersion: schemaVersion(core.db),
      dataDir: core.dataDir,
      counts: {
        facilities: core.repos.facilities.count(),
        audits: core.repos.audits.count(),
        standards: core.repos.standards.count(),
      },
    }),

    listStandards: ({ level }) => standards.list(level),
    getStandard: ({ key }) => standards.get(key),
    listVariants: ({ standardId }) => standards.listVariants(standardId),

    getDrugCatalog: ({ id }) => standards.getDrugCatalog(id),
    getEquipmentCatalog: ({ id }) => standards.getEquipmentCatalog(id),

    listFacilities: (input) => facilities.list(input),
    getFacility: ({ id }) => facilities.get(id),
    createFacility: (input) => facilities.create(input),
    updateFacility: ({ id, facility }) => facilities.update(id, facility),
    importFacilities: ({ fileName, contentBase64 }) =>
      importFacilityFile(facilities, (id) => standards.hasVariant(id), fileName, Buffer.from(contentBase64, 'base64')),

    listAudits: (input) => audits.list(input),
    createAudit: (input) => audits.create(input),
    getAudit: ({ id }) => audits.get(id),
    getScore: ({ id }) => audits.score(id),
    saveAnswer: (input) => audits.saveAnswer(input),
    clearAnswer: (input) => audits.clearAnswer(input),
    setStatus: ({ id, status }) => audits.setStatus(id, status),
    startVerification: (input) => core.verification.start(input),
    getVerification: ({ id }) => core.verification.get(id),

    saveStaff: (input) => rosters.saveStaff(input),
    saveEquipment: (input) => rosters.saveEquipment(input),
    saveDrug: (input) => rosters.saveDrug(input),
    removeRow: (input) => rosters.removeRow(input),

    createFinding: (input) => findings.create(input),
    updateFinding: (input) => findings.update(input),
    removeFinding: ({ id }) => findings.remove(id),

    // Bytes arrive as base64 and are stored by the core under their hash: the renderer never names a path.
    attachEvidence: ({ contentBase64, ...rest }) =>
      evidence.attach({ ...rest, bytes: Buffer.from(contentBase64, 'base64') }),
    listEvidence: (scope) => evidence.list(scope),
    readEvidence: ({ id }) => evidence.read(id),
    removeEvidence: ({ id }) => evidence.remove(id),

    // Main chooses and writes the file; the renderer only says which audit and which language.
    exportReport: async (input) => written.record(await exportReport(core, platform, input)),
    showInFolder: ({ path }) => written.reveal(path, platform),
    startRevision: ({ id }) => revisions.startRevision(id),

    ...createSigningHandlers(core, platform, written),
    ...createPackageHandlers(core, platform),
    ...createReviewHandlers(core, platform, written),
    ...createBackupHandlers(core, platform),
  };
}
