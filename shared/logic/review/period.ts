/** What a periodic summary covers (月推进、周报告): the month to date, or the seven days ending on the date. */
export interface SummaryPeriod {
  kind: 'week' | 'month';
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

export function periodOf(kind: SummaryPeriod['kind'], asOf: string): SummaryPeriod {
  if (kind === 'month') return { kind, from: `${asOf.slice(0, 7)}-01`, to: asOf };
  const from = new Date(Date.parse(`${asOf}T00:00:00Z`) - 6 * DAY_MS).toISOString().slice(0, 10);
  return { kind, from, to: asOf };
}
