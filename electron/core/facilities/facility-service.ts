import { randomUUID } from 'node:crypto';
import type { FacilityLevel } from '../../../shared/domain/common';
import type { Facility, FacilityInput } from '../../../shared/domain/facility';
import { AppError } from '../../../shared/errors';
import { canonicalJson } from '../../../shared/logic/canonical-json';
import { isUniqueViolation, inTransaction } from '../db/sql';
import { isoNow, logEvent, notFound, type ServiceContext } from '../service-context';
import { searchTerms } from './search-text';

export interface FacilityListQuery {
  query?: string;
  level?: FacilityLevel;
  limit?: number;
}

export interface FacilityServiceDeps {
  /** Whether some installed standard has this provincial variant. */
  hasVariant(variantId: string): boolean;
}

function duplicateCode(code: string): AppError {
  return new AppError('conflict', { key: 'error.duplicate_code', params: { code } }, { field: 'code', code });
}

export function createFacilityService(ctx: ServiceContext, deps: FacilityServiceDeps) {
  const { repos } = ctx;

  const checkVariant = (input: FacilityInput) => {
    if (input.variant && !deps.hasVariant(input.variant)) {
      throw new AppError(
        'validation',
        { key: 'error.unknown_variant', params: { variant: input.variant } },
        {
          issues: [{ path: 'variant', message: `unknown variant ${input.variant}` }],
        },
      );
    }
  };

  const build = (id: string, input: FacilityInput, createdAt: string, updatedAt: string): Facility => ({
    id,
    code: input.code,
    name: input.name,
    level: input.level,
    adminPath: input.adminPath,
    ...(input.servicePopulation === undefined ? {} : { servicePopulation: input.servicePopulation }),
    ...(input.residentPopulation === undefined ? {} : { residentPopulation: input.residentPopulation }),
    ...(input.beds === undefined ? {} : { beds: input.beds }),
    ...(input.variant === undefined ? {} : { variant: input.variant }),
    flags: { ...input.flags },
    createdAt,
    updatedAt,
  });

  /** Writes inside the caller's transaction; the unique index is the last word on duplicate codes. */
  const write = (facility: Facility, kind: 'created' | 'updated') => {
    try {
      if (kind === 'created') repos.facilities.insert(facility);
      else repos.facilities.update(facility);
    } catch (err) {
      if (isUniqueViolation(err, 'facility.code')) throw duplicateCode(facility.code);
      throw err;
    }
    logEvent(ctx, `facility.${kind}`, 'facility', facility.id, facility);
  };

  const service = {
    list(query: FacilityListQuery = {}): Facility[] {
      return repos.facilities.list({
        terms: searchTerms(query.query),
        ...(query.level ? { level: query.level } : {}),
        ...(query.limit ? { limit: query.limit } : {}),
      });
    },

    get(id: string): Facility {
      const facility = repos.facilities.get(id);
      if (!facility) throw notFound('entity.facility', id);
      return facility;
    },

    create(input: FacilityInput): Facility {
      checkVariant(input);
      return inTransaction(ctx.db, () => {
        if (repos.facilities.getByCode(input.code)) throw duplicateCode(input.code);
        const at = isoNow(ctx);
        const facility = build(randomUUID(), input, at, at);
        write(facility, 'created');
        return facility;
      });
    },

    /** Audits keep the facts they snapshotted, so editing a facility never changes a finished audit. */
    update(id: string, input: FacilityInput): Facility {
      checkVariant(input);
      return inTransaction(ctx.db, () => {
        const current = service.get(id);
        const holder = repos.facilities.getByCode(input.code);
        if (holder && holder.id !== id) throw duplicateCode(input.code);
        const facility = build(id, input, current.createdAt, isoNow(ctx));
        write(facility, 'updated');
        return facility;
      });
    },

    /** Creates or updates by code in one transaction: a list is imported whole or not at all. */
    upsertMany(
      inputs: readonly FacilityInput[],
      merge: (saved: FacilityInput, incoming: FacilityInput) => FacilityInput = (_, incoming) => incoming,
    ): { created: number; updated: number } {
      return inTransaction(ctx.db, () => {
        let created = 0;
        let updated = 0;
        const at = isoNow(ctx);
        for (const input of inputs) {
          checkVariant(input);
          const current = repos.facilities.getByCode(input.code);
          if (current) {
            const next = build(current.id, merge(current, input), current.createdAt, current.updatedAt);
            if (canonicalJson(next) === canonicalJson(current)) continue;
            write({ ...next, updatedAt: at }, 'updated');
            updated += 1;
          } else {
            write(build(randomUUID(), input, at, at), 'created');
            created += 1;
          }
        }
        return { created, updated };
      });
    },
  };
  return service;
}

export type FacilityService = ReturnType<typeof createFacilityService>;
