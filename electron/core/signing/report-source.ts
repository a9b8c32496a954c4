import type { Core } from '../core';
import { auditSnapshot } from '../reports/audit-snapshot';
import { renderReport } from '../reports/render-report';
import type { ReportSource } from './signing-service';

/** The app's own reports: the PDF layout, and the audit document hash it prints on every page. */
export function coreReportSource(core: Core): ReportSource {
  return {
    render: (auditId, options) => renderReport(core, auditId, options),
    documentSha256: (auditId) => auditSnapshot(core, auditId).sha256,
  };
}
