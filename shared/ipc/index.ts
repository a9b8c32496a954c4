import type { Contract } from './contract';
import { appContracts } from './contracts/app';
import { auditsContracts } from './contracts/audits';
import { catalogsContracts } from './contracts/catalogs';
import { evidenceContracts } from './contracts/evidence';
import { facilitiesContracts } from './contracts/facilities';
import { findingsContracts } from './contracts/findings';
import { rostersContracts } from './contracts/rosters';
import { standardsContracts } from './contracts/standards';

/** Every call the renderer can make. Keys name the client method; channels name the IPC route. */
export const contracts = {
  ...appContracts,
  ...standardsContracts,
  ...catalogsContracts,
  ...facilitiesContracts,
  ...auditsContracts,
  ...rostersContracts,
  ...findingsContracts,
  ...evidenceContracts,
} satisfies Record<string, Contract>;

export type Contracts = typeof contracts;
export type ContractName = keyof Contracts;

export const CHANNELS: readonly string[] = Object.values(contracts).map((c) => c.channel);

export * from './contract';
