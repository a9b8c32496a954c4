import type { Contract } from './contract';
import { appContracts } from './contracts/app';
import { auditsContracts } from './contracts/audits';
import { backupsContracts } from './contracts/backups';
import { catalogsContracts } from './contracts/catalogs';
import { evidenceContracts } from './contracts/evidence';
import { facilitiesContracts } from './contracts/facilities';
import { findingsContracts } from './contracts/findings';
import { packagesContracts } from './contracts/packages';
import { reportsContracts } from './contracts/reports';
import { reviewContracts } from './contracts/review';
import { rostersContracts } from './contracts/rosters';
import { signingContracts } from './contracts/signing';
import { standardsContracts } from './contracts/standards';
import { verificationContracts } from './contracts/verification';

/** Every call the renderer can make. Keys name the client method; channels name the IPC route. */
export const contracts = {
  ...appContracts,
  ...standardsContracts,
  ...catalogsContracts,
  ...facilitiesContracts,
  ...auditsContracts,
  ...verificationContracts,
  ...rostersContracts,
  ...findingsContracts,
  ...evidenceContracts,
  ...reportsContracts,
  ...signingContracts,
  ...packagesContracts,
  ...reviewContracts,
  ...backupsContracts,
} satisfies Record<string, Contract>;

export type Contracts = typeof contracts;
export type ContractName = keyof Contracts;

export const CHANNELS: readonly string[] = Object.values(contracts).map((c) => c.channel);

export * from './contract';
