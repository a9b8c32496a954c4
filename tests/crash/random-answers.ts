import type { AnswerValue } from '../../shared/domain/audit';
import type { Criterion, Standard } from '../../shared/domain/standard';

/** Small and seedable, so a failing kill can be replayed from the seed the test prints. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Answerable = Extract<Criterion, { kind: 'yes_no' | 'number' | 'area' | 'text' }>;

/** Criteria whose answer is a plain value (the others come from rosters or item lists). */
export function criteriaToAnswer(standard: Standard): Answerable[] {
  return standard.sections
    .flatMap((s) => s.criteria)
    .filter((c): c is Answerable => c.kind === 'yes_no' || c.kind === 'number' || c.kind === 'area' || c.kind === 'text');
}

export function answerFor(criterion: Answerable, random: () => number): AnswerValue {
  switch (criterion.kind) {
    case 'yes_no':
      return random() < 0.5;
    case 'number':
    case 'area':
      return Math.round(random() * 2000) / 10;
    case 'text':
      return `现场记录 ${Math.floor(random() * 1e6)}`;
  }
}
