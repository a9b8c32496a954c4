import { StandardSchema, type Standard } from '../../../shared/domain/standard';
import { standardInfo, type StandardInfo } from '../../../shared/logic/review/review-rows';
import type { Db } from '../db/sql';
import { notFound, type ServiceContext } from '../service-context';
import { perDb } from './per-db';

interface Parsed {
  standard: Standard;
  info: StandardInfo;
}

/** A stored standard never changes under its key, so each is parsed once per database. */
const cache = perDb((_db: Db) => new Map<string, Parsed>());

function parsed(ctx: ServiceContext, key: string): Parsed {
  const byKey = cache(ctx.db);
  let entry = byKey.get(key);
  if (!entry) {
    const record = ctx.repos.standards.get(key);
    if (!record) throw notFound('entity.standard', key);
    const standard = StandardSchema.parse(JSON.parse(record.json));
    entry = { standard, info: standardInfo(standard) };
    byKey.set(key, entry);
  }
  return entry;
}

export const standardInfoOf = (ctx: ServiceContext, key: string): StandardInfo => parsed(ctx, key).info;

export const storedStandard = (ctx: ServiceContext, key: string): Standard => parsed(ctx, key).standard;

/** The infos of every standard the given rows name. */
export function standardInfos(ctx: ServiceContext, keys: Iterable<string>): Map<string, StandardInfo> {
  return new Map([...new Set(keys)].map((key) => [key, standardInfoOf(ctx, key)]));
}
