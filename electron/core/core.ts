import { userInfo } from 'node:os';
import { join } from 'node:path';
import { createFindingService, type FindingService } from './audits/finding-service';
import { createAuditService, type AuditService } from './audits/audit-service';
import { createRosterService, type RosterService } from './audits/roster-service';
import { createVerificationService, type VerificationService } from './audits/verification-service';
import { ensurePrivateDir } from './backup/private-files';
import { openDatabase } from './db/connection';
import { createRepositories, type Repositories } from './db/repositories';
import type { Db } from './db/sql';
import { createFacilityService, type FacilityService } from './facilities/facility-service';
import { DATABASE_FILE } from './paths';
import type { ServiceContext } from './service-context';
import { defaultResourcesDir, loadBuiltinResources } from './standards/builtin';
import { seedBuiltins, type SeedReport } from './standards/builtin-seed';
import { createStandardRegistry, type StandardRegistry } from './standards/standard-registry';

export interface OpenCoreOptions {
  dataDir: string;
  /** Built-in standards and catalogues; default: the app's resources folder. */
  resourcesDir?: string;
  /** better_sqlite3.node for the running ABI (Electron passes its own build). */
  nativeBinding?: string;
  now?: () => Date;
  /** Name written to the event log; default: the operating-system user. */
  actor?: string;
}

/** Everything the three shells (Electron main, CLI, e2e bridge) drive. */
export interface Core {
  dataDir: string;
  dbFile: string;
  /** The better_sqlite3.node the database was opened with: backups open their copies with it too. */
  nativeBinding?: string | undefined;
  db: Db;
  repos: Repositories;
  context: ServiceContext;
  seedReport: SeedReport;
  standards: StandardRegistry;
  facilities: FacilityService;
  audits: AuditService;
  rosters: RosterService;
  findings: FindingService;
  verification: VerificationService;
  close(): void;
}

export function osUser(): string {
  try {
    return userInfo().username || 'local';
  } catch {
    return 'local';
  }
}

export function openCore(opts: OpenCoreOptions): Core {
  // Built-ins are read and validated first: a broken resources folder must not touch the database.
  const builtins = loadBuiltinResources(opts.resourcesDir ?? defaultResourcesDir());
  // 0700 even when the folder already exists (Electron creates userData 0755) and whatever the umask.
  ensurePrivateDir(opts.dataDir);
  const dbFile = join(opts.dataDir, DATABASE_FILE);
  const db = openDatabase(dbFile, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    const context: ServiceContext = {
      db,
      repos: createRepositories(db),
      now: opts.now ?? (() => new Date()),
      actor: opts.actor ?? osUser(),
    };
    const seedReport = seedBuiltins(context, builtins);
    const standards = createStandardRegistry(context);
    const audits = createAuditService(context, standards);
    return {
      dataDir: opts.dataDir,
      dbFile,
      nativeBinding: opts.nativeBinding,
      db,
      repos: context.repos,
      context,
      seedReport,
      standards,
      facilities: createFacilityService(context, { hasVariant: (id) => standards.hasVariant(id) }),
      audits,
      verification: createVerificationService(context, audits),
      rosters: createRosterService(context),
      findings: createFindingService(context, standards),
      close: () => {
        if (db.open) db.close();
      },
    };
  } catch (err) {
    db.close();
    throw err;
  }
}
