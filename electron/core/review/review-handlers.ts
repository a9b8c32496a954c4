import type { reviewContracts } from '../../../shared/ipc/contracts/review';
import type { Core } from '../core';
import type { HandlerPlatform, HandlerTable } from '../handlers';

type ReviewHandlers = Pick<HandlerTable, keyof typeof reviewContracts>;

export function createReviewHandlers(_core: Core, _platform: HandlerPlatform): ReviewHandlers {
  return {};
}
