import type { reviewContracts } from '../../../shared/ipc/contracts/review';
import type { Core } from '../core';
import type { HandlerPlatform, HandlerTable } from '../handlers';
import type { WrittenFiles } from '../reports/report-file';
import { createReviewService } from './review-service';
import { exportSummary } from './summary-export';

type ReviewHandlers = Pick<HandlerTable, keyof typeof reviewContracts>;

export function createReviewHandlers(core: Core, platform: HandlerPlatform, written: WrittenFiles): ReviewHandlers {
  const review = createReviewService(core);
  return {
    reviewSummary: (scope) => review.summary(scope),
    facilityHistory: ({ facilityId }) => review.facilityHistory(facilityId),
    drawSample: (request) => review.drawSample(request),
    listSamples: () => review.listSamples(),
    // Recorded so that "show in folder" may reveal the file main just wrote.
    exportSummary: async (input) => written.record(await exportSummary(review, platform, input)),
  };
}
