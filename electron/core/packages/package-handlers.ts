import type { packagesContracts } from '../../../shared/ipc/contracts/packages';
import type { Core } from '../core';
import type { HandlerPlatform, HandlerTable } from '../handlers';

type PackageHandlers = Pick<HandlerTable, keyof typeof packagesContracts>;

export function createPackageHandlers(_core: Core, _platform: HandlerPlatform): PackageHandlers {
  return {};
}
