import type { Rate } from '../../../../shared/ipc/contracts/review';
import { percentText } from '../../../../shared/logic/review/rates';

/** The field reports' wording comes from shared/logic, so the page, the PDF and the CLI agree. */
export { percentText as formatPercent, rateText as formatRate } from '../../../../shared/logic/review/rates';

/** "12 / 39 (30.8%)": audited of registered facilities. */
export function formatCoverage(rate: Pick<Rate, 'audited' | 'facilities' | 'coverage'>): string {
  return `${rate.audited} / ${rate.facilities} (${percentText(rate.coverage)})`;
}

/** Average of the current audits' scores; a dash where nothing is audited yet. */
export function formatScore(score: number | null): string {
  return score === null ? '—' : score.toFixed(1);
}

/** "示范省 / 东山市 / 清河县": a place as its path. */
export function formatPath(path: readonly string[]): string {
  return path.join(' / ');
}

/** "2025/09/01 16:05": when a sample was drawn, in the reviewer's time zone. */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}
