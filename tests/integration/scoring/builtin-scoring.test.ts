import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultResourcesDir, loadBuiltinResources } from '../../../electron/core/standards/builtin';
import type { AuditFacts, Rosters } from '../../../shared/domain/audit';
import type { Standard } from '../../../shared/domain/standard';
import { renderMessage, type Message } from '../../../shared/i18n/format';
import { resolveStandard } from '../../../shared/logic/resolve-standard';
import { scoreAudit } from '../../../shared/logic/scoring';
import { arbAnswers, arbFacts, arbRosters } from '../../helpers/arbitraries';

const resources = loadBuiltinResources(defaultResourcesDir());
const byId = (id: string): Standard => {
  const found = resources.standards.find((s) => s.id === id);
  if (!found) throw new Error(`no built-in ${id}`);
  return found;
};
const villageClinic = byId('vc-national');
const drugCatalog = resources.drugCatalogs.find((c) => c.id === villageClinic.drugCatalog);
const equipmentCodes = resources.equipmentCatalogs.flatMap((c) => c.items.map((i) => i.code));
const drugCodes = drugCatalog?.items.map((d) => d.code) ?? [];
const DOCTOR_QUALIFICATIONS = new Set([
  'village_doctor',
  'licensed_physician',
  'licensed_assistant_physician',
  'general_practitioner',
  'tcm_physician',
]);

describe('built-in village clinic standard', () => {
  it('fails a clinic with no qualified doctor on the blocking floor, whatever its other answers', () => {
    const noDoctor = arbRosters({ equipmentCodes, drugCodes }).map<Rosters>((r) => ({
      ...r,
      staff: r.staff.filter((s) => !(DOCTOR_QUALIFICATIONS.has(s.qualification) && s.verified)),
    }));
    // Answers never mark the doctor floor "not applicable" here: that is an explicit, reasoned exception.
    const answers = arbAnswers(villageClinic).map((list) => list.filter((a) => a.criterionId !== 'BMG-2c'));
    fc.assert(
      fc.property(answers, noDoctor, arbFacts, (answerList, rosters, facts) => {
        const result = scoreAudit({ standard: villageClinic, answers: answerList, rosters, facts, drugCatalog });
        expect(result.verdict).toBe('fail');
        expect(result.blockingFailures).toContain('BMG-2c');
        const doctor = result.criteria.find((c) => c.criterionId === 'BMG-2c');
        expect(renderMessage('zh-CN', doctor?.reason as Message)).toMatch(
          /^要求 ≥1 名乡村医生或执业医师.*；名册有 0 名$/,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('the Yunnan variant raises the drug minimum from 50 to 80 with no code change', () => {
    const yunnan = resources.variants.find((v) => v.id === 'vc-yunnan');
    if (!yunnan || !drugCatalog) throw new Error('missing Yunnan variant or drug catalogue');
    const facts: AuditFacts = {
      servicePopulation: 1500,
      residentPopulation: 1500,
      ivServiceApproved: false,
      townshipSeat: false,
      sharedClinic: false,
      poorCounty: true,
    };
    const rosters: Rosters = {
      staff: [],
      equipment: [],
      drugs: drugCatalog.items.slice(0, 60).map((d, i) => ({
        id: `d${i}`,
        catalogCode: d.code,
        genericName: d.genericName,
        inStock: true,
      })),
    };
    const drugResult = (standard: Standard) => {
      const r = scoreAudit({ standard, answers: [], rosters, facts, drugCatalog });
      const c = r.criteria.find((x) => x.criterionId === 'VC-D-03');
      return { status: c?.status, reason: renderMessage('en-US', c?.reason as Message) };
    };
    expect(drugResult(resolveStandard(villageClinic, null))).toEqual({
      status: 'pass',
      reason: '60 essential drugs in stock, at least 50',
    });
    expect(drugResult(resolveStandard(villageClinic, yunnan))).toEqual({
      status: 'fail',
      reason: 'requires ≥80 essential drugs; 60 in stock',
    });
  });
});
