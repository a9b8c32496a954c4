import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../../../../shared/domain/standard';
import { basisAnswerText } from './basis-answer';

const base = { id: 'C-1', title: { 'zh-CN': '设备', 'en-US': 'Equipment' }, weight: 1, blocking: false };
const list = {
  ...base,
  kind: 'list_coverage',
  source: 'answer',
  items: [
    { id: 'bp', label: { 'zh-CN': '血压计', 'en-US': 'BP monitor' } },
    { id: 'th', label: { 'zh-CN': '体温计', 'en-US': 'Thermometer' } },
  ],
} as unknown as Criterion;
const yesNo = { ...base, kind: 'yes_no' } as unknown as Criterion;
const at = '2026-03-01T08:00:00.000Z';

describe('basisAnswerText', () => {
  it('says each kind of answer in the reader’s language', () => {
    expect(basisAnswerText('zh-CN', yesNo, { criterionId: 'C-1', value: true, answeredAt: at })).toBe('是');
    expect(basisAnswerText('en-US', yesNo, { criterionId: 'C-1', value: false, answeredAt: at })).toBe('No');
    expect(basisAnswerText('zh-CN', list, { criterionId: 'C-1', value: ['th'], answeredAt: at })).toBe(
      '已勾选 1/2：体温计',
    );
    expect(
      basisAnswerText('en-US', yesNo, {
        criterionId: 'C-1',
        value: null,
        notApplicableReason: 'no IV',
        answeredAt: at,
      }),
    ).toBe('Not applicable (no IV)');
    expect(basisAnswerText('zh-CN', yesNo, undefined)).toBe('自评未作答');
  });
});
