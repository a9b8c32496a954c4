import { AppError } from '../../shared/errors';
import type { MessageKey } from '../../shared/i18n/format';
import type { Repositories } from './db/repositories';
import type { Db } from './db/sql';

/** What every service needs: the connection, the repositories, a clock and who is acting. */
export interface ServiceContext {
  db: Db;
  repos: Repositories;
  now: () => Date;
  /** Recorded in the event log; the desktop app is single-user, so this names the machine user. */
  actor: string;
}

export const isoNow = (ctx: ServiceContext): string => ctx.now().toISOString();

/** The calendar day where the auditor is, not in UTC: an audit at 07:00 in Kunming is that day's. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Appends one event; call inside the transaction of the write it records. */
export function logEvent(ctx: ServiceContext, type: string, entity: string, entityId: string, payload: unknown): void {
  ctx.repos.events.append({ at: isoNow(ctx), actor: ctx.actor, type, entity, entityId, payload });
}

export function notFound(what: MessageKey, id: string): AppError {
  return new AppError('not_found', { key: 'error.not_found', params: { what: `@${what}`, id } }, { what, id });
}
