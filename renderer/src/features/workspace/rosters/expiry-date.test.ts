import { describe, expect, it } from 'vitest';
import { parseExpiry } from './expiry-date';

describe('parseExpiry', () => {
  it('reads the forms printed on drug packs', () => {
    expect(parseExpiry('2026-03-31')).toEqual({ ok: true, value: '2026-03-31' });
    expect(parseExpiry(' 2026/3/5 ')).toEqual({ ok: true, value: '2026-03-05' });
    expect(parseExpiry('2026.3.5')).toEqual({ ok: true, value: '2026-03-05' });
    expect(parseExpiry('20260331')).toEqual({ ok: true, value: '2026-03-31' });
    expect(parseExpiry('2026年3月5日')).toEqual({ ok: true, value: '2026-03-05' });
  });

  it('takes a month alone as the end of that month', () => {
    expect(parseExpiry('2026.02')).toEqual({ ok: true, value: '2026-02-28' });
    expect(parseExpiry('2028-02')).toEqual({ ok: true, value: '2028-02-29' });
    expect(parseExpiry('202611')).toEqual({ ok: true, value: '2026-11-30' });
  });

  it('clears on empty input and refuses what is not a date', () => {
    expect(parseExpiry('  ')).toEqual({ ok: true, value: undefined });
    for (const bad of ['2026-02-30', '2026-13', '26-03-01', 'next year', '2026-3-31x', '1800-01-01'])
      expect(parseExpiry(bad), bad).toEqual({ ok: false });
  });
});
