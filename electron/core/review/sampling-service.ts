import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { FacilityLevel } from '../../../shared/domain/common';
import type { Criterion } from '../../../shared/domain/standard';
import { AppError } from '../../../shared/errors';
import { SampleSchema, type Sample, type SampleRequest } from '../../../shared/ipc/contracts/review';
import { sfc32, seedWords } from '../../../shared/logic/review/prng';
import { drawItems, drawWeighted, riskWeight } from '../../../shared/logic/review/sampling';
import type { Verdict } from '../../../shared/logic/score-result';
import type { Core } from '../core';
import { inTransaction } from '../db/sql';
import { isoNow, localDate, logEvent } from '../service-context';
import { currentVerdicts, type CacheResults, type ReviewQueries } from './review-queries';
import { storedStandard } from './standard-infos';

interface DrawRow {
  id: string;
  seed: string;
  request_json: string;
  result_json: string;
  drawn_at: string;
}

/** A level without an installed standard (no county standard yet, say) is drawn without criteria. */
function defaultKey(core: Core, level: FacilityLevel, variant: string | null): string | null {
  try {
    return core.standards.defaultKeyFor({ level, ...(variant === null ? {} : { variant }) });
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
}

/** Optional notes are no spot-check item: a draw picks criteria that can be found wanting. */
const checkable = (c: Criterion) => !(c.kind === 'text' && !c.required);

/**
 * Reproducible samples for unannounced spot checks (明查暗访). The seed (given, or 16 random hex
 * digits) is hashed with SHA-256 into the state of sfc32; the population is the facilities in
 * scope sorted by code, drawn uniformly or by risk (RISK_WEIGHTS); then, facility by facility in
 * code order, `criteriaCount` criteria of the standard its level would be audited against today.
 * Every draw is stored with its seed and request, so the same seed over the same population
 * draws the same sample again.
 */
export function createSamplingService(core: Core, queries: ReviewQueries, cacheResults: CacheResults) {
  const { db, context: ctx } = core;
  const insert = db.prepare(
    `INSERT INTO sample_draw (id, seed, request_json, result_json, drawn_at)
     VALUES (@id, @seed, @requestJson, @resultJson, @drawnAt)`,
  );
  const list = db.prepare<[], DrawRow>('SELECT * FROM sample_draw ORDER BY drawn_at DESC, rowid DESC');

  const toSample = (r: DrawRow): Sample =>
    SampleSchema.parse({
      id: r.id,
      seed: r.seed,
      drawnAt: r.drawn_at,
      request: JSON.parse(r.request_json) as unknown,
      ...(JSON.parse(r.result_json) as object),
    });

  return {
    draw(input: SampleRequest): Sample {
      const seed = input.seed ?? randomBytes(8).toString('hex');
      const request: SampleRequest = { ...input, seed };
      const population = queries.population(request.path, request.level);
      if (population.length === 0) throw new AppError('validation', { key: 'review.error.sample_empty' });
      const verdicts =
        request.method === 'risk_weighted'
          ? currentVerdicts(queries.live(request.path, localDate(ctx.now()), cacheResults))
          : new Map<string, Verdict>();
      const random = sfc32(seedWords(createHash('sha256').update(seed, 'utf8').digest()));
      const chosen = new Set(
        drawWeighted(
          population.map((f) => ({
            id: f.id,
            weight: request.method === 'uniform' ? 1 : riskWeight(verdicts.get(f.id) ?? null),
          })),
          request.facilityCount,
          random,
        ),
      );
      // Per level and variant, the standard an audit started today would use; null when none is installed.
      const standardKeys = new Map<string, string | null>();
      const keyFor = (level: FacilityLevel, variant: string | null): string | null => {
        const cacheKey = `${level}/${variant ?? ''}`;
        if (!standardKeys.has(cacheKey)) {
          standardKeys.set(cacheKey, defaultKey(core, level, variant));
        }
        return standardKeys.get(cacheKey) ?? null;
      };
      const criteriaOf = (level: FacilityLevel, variant: string | null) => {
        const key = request.criteriaCount === 0 ? null : keyFor(level, variant);
        if (key === null) return [];
        const criteria = storedStandard(ctx, key)
          .sections.flatMap((s) => s.criteria)
          .filter(checkable);
        return drawItems(criteria, request.criteriaCount, random).map((c) => ({ criterionId: c.id, title: c.title }));
      };
      const facilities = population
        .filter((f) => chosen.has(f.id))
        .map((f) => {
          const criteria = criteriaOf(f.level, f.variant);
          return {
            facilityId: f.id,
            code: f.code,
            name: f.name,
            level: f.level,
            path: f.path.filter((p): p is string => p !== null),
            criteria,
          };
        });
      const sample: Sample = {
        id: randomUUID(),
        seed,
        drawnAt: isoNow(ctx),
        request,
        populationSize: population.length,
        facilities,
      };
      inTransaction(db, () => {
        insert.run({
          id: sample.id,
          seed,
          requestJson: JSON.stringify(request),
          resultJson: JSON.stringify({ populationSize: sample.populationSize, facilities }),
          drawnAt: sample.drawnAt,
        });
        logEvent(ctx, 'sample.drawn', 'sample', sample.id, {
          seed,
          request,
          populationSize: sample.populationSize,
          facilityIds: facilities.map((f) => f.facilityId),
        });
      });
      return sample;
    },

    list(): Sample[] {
      return list.all().map(toSample);
    },
  };
}
