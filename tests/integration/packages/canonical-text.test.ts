import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCanonicalText } from '../../../electron/core/packages/verify-document';
import { canonicalJson } from '../../../shared/logic/canonical-json';

/** Keys JavaScript orders numerically rather than as written: the fast check refuses them. */
const hasIntegerLikeKey = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.some(hasIntegerLikeKey)
    : value !== null && typeof value === 'object'
      ? Object.keys(value).some((k) => /^(0|[1-9]\d*)$/.test(k)) || Object.values(value).some(hasIntegerLikeKey)
      : false;

describe('the fast canonical-form check of audit.json', () => {
  it('never accepts a text that canonicalJson would spell differently', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 1, 2), (value, spelling) => {
        const text =
          spelling === 0
            ? canonicalJson(value)
            : spelling === 1
              ? JSON.stringify(value)
              : JSON.stringify(value, null, 1);
        const parsed: unknown = JSON.parse(text);
        if (isCanonicalText(text, parsed)) expect(canonicalJson(parsed)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every canonical text without integer-like keys', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        const parsed: unknown = JSON.parse(text);
        if (!hasIntegerLikeKey(parsed)) expect(isCanonicalText(text, parsed)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses reordered keys and whitespace', () => {
    const text = '{"a":1,"b":[{"c":2,"d":3}]}';
    expect(isCanonicalText(text, JSON.parse(text))).toBe(true);
    for (const other of ['{"b":[{"c":2,"d":3}],"a":1}', '{"a":1,"b":[{"d":3,"c":2}]}', '{"a": 1,"b":[{"c":2,"d":3}]}'])
      expect(isCanonicalText(other, JSON.parse(other)), other).toBe(false);
  });
});
