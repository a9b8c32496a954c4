import type { Db } from '../sql';
import { createAnswersRepository } from './answers';
import { createAuditsRepository } from './audits';
import { createCatalogsRepository } from './catalogs';
import { createEventLogRepository } from './event-log';
import { createEvidenceRepository } from './evidence';
import { createFacilitiesRepository } from './facilities';
import { createFindingsRepository } from './findings';
import { createRostersRepository } from './rosters';
import { createStandardsRepository } from './standards';

export function createRepositories(db: Db) {
  return {
    standards: createStandardsRepository(db),
    catalogs: createCatalogsRepository(db),
    facilities: createFacilitiesRepository(db),
    audits: createAuditsRepository(db),
    answers: createAnswersRepository(db),
    rosters: createRostersRepository(db),
    findings: createFindingsRepository(db),
    evidence: createEvidenceRepository(db),
    events: createEventLogRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
