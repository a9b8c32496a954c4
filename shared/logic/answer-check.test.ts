import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { fixtureStandard } from '../../tests/helpers/fixture-standard';
import { checkAnswer } from './answer-check';

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('checkAnswer', () => {
  it('accepts values that fit the criterion kind', () => {
    expect(checkAnswer(fixtureStandard, 'M-YN', true).id).toBe('M-YN');
    expect(checkAnswer(fixtureStandard, 'F-AREA', 60.5).kind).toBe('area');
    expect(checkAnswer(fixtureStandard, 'M-ROOMS', ['consult', 'pharmacy']).kind).toBe('list_coverage');
    expect(checkAnswer(fixtureStandard, 'M-GRADE', 'none').kind).toBe('grade');
    expect(checkAnswer(fixtureStandard, 'F-DOC', null, '与邻村合设').kind).toBe('roster_count');
  });

  it('refuses a wrong type with both languages naming the criterion and what was expected', () => {
    const e = errorOf(() => checkAnswer(fixtureStandard, 'M-YN', 3));
    expect(e.code).toBe('validation');
    expect(e.localized['zh-CN']).toBe('指标 M-YN（yes_no）的答案类型不对：应为是/否');
    expect(e.localized['en-US']).toBe('Wrong answer type for criterion M-YN (yes_no): expected yes/no');
  });

  it('refuses unknown list items, duplicates, negative areas, bad grades and direct roster answers', () => {
    expect(errorOf(() => checkAnswer(fixtureStandard, 'M-ROOMS', ['kitchen'])).code).toBe('validation');
    expect(errorOf(() => checkAnswer(fixtureStandard, 'M-ROOMS', ['consult', 'consult'])).code).toBe('validation');
    expect(errorOf(() => checkAnswer(fixtureStandard, 'F-AREA', -1)).code).toBe('validation');
    expect(errorOf(() => checkAnswer(fixtureStandard, 'M-GRADE', 'D')).code).toBe('validation');
    expect(errorOf(() => checkAnswer(fixtureStandard, 'F-DOC', 1)).localized['en-US']).toContain('roster rows');
  });

  it('requires a reason for not applicable and refuses unknown criteria', () => {
    expect(errorOf(() => checkAnswer(fixtureStandard, 'M-YN', null)).code).toBe('validation');
    expect(errorOf(() => checkAnswer(fixtureStandard, 'M-YN', null, '  ')).code).toBe('validation');
    const unknown = errorOf(() => checkAnswer(fixtureStandard, 'NOPE', true));
    expect(unknown.code).toBe('not_found');
    expect(unknown.localized['zh-CN']).toContain('NOPE');
  });
});
