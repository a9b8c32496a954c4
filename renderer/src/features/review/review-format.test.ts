import { describe, expect, it } from 'vitest';
import { formatCoverage, formatDateTime, formatPath, formatRate, formatScore } from './review-format';

describe('review formatting', () => {
  it('writes rates the way the field reports do', () => {
    expect(formatRate({ compliant: 893, facilities: 899, rate: 893 / 899 })).toBe('893 / 899 (99.3%)');
    expect(formatRate({ compliant: 8265, facilities: 8902, rate: 8265 / 8902 })).toBe('8265 / 8902 (92.8%)');
  });

  it('writes coverage as audited of registered facilities', () => {
    expect(formatCoverage({ audited: 12, facilities: 39, coverage: 12 / 39 })).toBe('12 / 39 (30.8%)');
  });

  it('writes a dash for a place with no audited facility, one decimal otherwise', () => {
    expect(formatScore(null)).toBe('—');
    expect(formatScore(87.25)).toBe('87.3');
    expect(formatScore(90)).toBe('90.0');
  });

  it('writes a place as its path', () => {
    expect(formatPath(['示范省', '东山市'])).toBe('示范省 / 东山市');
  });

  it("writes a draw's time in the reviewer's time zone", () => {
    expect(formatDateTime('2026-11-23T19:34:01.875Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026/11/24 03:34');
    expect(formatDateTime('2026-11-23T19:34:01.875Z', 'en-US', 'UTC')).toBe('11/23/2026, 19:34');
  });
});
