import { describe, expect, it } from 'vitest';
import { periodOf } from './period';

describe('summary period', () => {
  it('a month runs from its first day; a week is the seven days ending on the date', () => {
    expect(periodOf('month', '2024-06-30')).toEqual({ kind: 'month', from: '2024-06-01', to: '2024-06-30' });
    expect(periodOf('week', '2024-03-03')).toEqual({ kind: 'week', from: '2024-02-26', to: '2024-03-03' });
    expect(periodOf('week', '2024-01-02')).toEqual({ kind: 'week', from: '2023-12-27', to: '2024-01-02' });
  });
});
