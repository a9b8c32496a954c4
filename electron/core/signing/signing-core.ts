import type { Core } from '../core';
import { createHandwrittenService } from './handwritten-service';
import { createIdentityService } from './identity-service';
import { coreReportSource } from './report-source';
import { createSigningService } from './signing-service';

/** The signing services over one opened core, for the handler table and the CLI alike. */
export function createSigning(core: Core) {
  const identities = createIdentityService(core.context);
  return {
    identities,
    handwritten: createHandwrittenService(core.context),
    signing: createSigningService(core.context, { dataDir: core.dataDir, identities, reports: coreReportSource(core) }),
  };
}

export type Signing = ReturnType<typeof createSigning>;
