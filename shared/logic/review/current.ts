/** A finished audit that no later revision supersedes (the core's `live` audits). */
export interface LiveAudit {
  id: string;
  facilityId: string;
  auditDate: string;
  revision: number;
  completedAt: string | null;
}

/** a after b: later audit date, then higher revision, then later completion, then id. */
function later(a: LiveAudit, b: LiveAudit): boolean {
  if (a.auditDate !== b.auditDate) return a.auditDate > b.auditDate;
  if (a.revision !== b.revision) return a.revision > b.revision;
  if (a.completedAt !== b.completedAt) return (a.completedAt ?? '') > (b.completedAt ?? '');
  return a.id > b.id;
}

/**
 * The current audit of each facility: its latest live audit. With the SQL that defines "live"
 * (core review/current-audit.ts) this is the one definition of what the roll-ups count.
 */
export function currentByFacility<T extends LiveAudit>(audits: Iterable<T>): Map<string, T> {
  const current = new Map<string, T>();
  for (const audit of audits) {
    const held = current.get(audit.facilityId);
    if (!held || later(audit, held)) current.set(audit.facilityId, audit);
  }
  return current;
}
