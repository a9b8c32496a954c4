import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sfc32, seedWords } from './prng';
import { drawItems, drawWeighted, riskWeight } from './sampling';

const seed = (n: number): [number, number, number, number] => [n, n * 7 + 1, n * 13 + 2, 0x9e3779b9];

describe('sfc32', () => {
  it('is a pure function of its seed, with outputs in [0, 1)', () => {
    const a = sfc32(seed(1));
    const b = sfc32(seed(1));
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(sfc32(seed(2))()).not.toBe(xs[0]);
    // Roughly uniform: the mean of 1000 draws is near 1/2.
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.05);
  });

  it('reads seed words big-endian from a digest', () => {
    const digest = Uint8Array.from({ length: 32 }, (_, i) => i);
    expect(seedWords(digest)).toEqual([0x00010203, 0x04050607, 0x08090a0b, 0x0c0d0e0f]);
    expect(() => seedWords(new Uint8Array(8))).toThrow();
  });
});

describe('drawWeighted', () => {
  const candidates = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `f${i}`, weight: 1 + (i % 3) }));

  it('draws `count` distinct candidates, in the given order, reproducibly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 80 }), fc.nat(), (n, count, s) => {
        const pool = candidates(n);
        const drawn = drawWeighted(pool, count, sfc32(seed(s)));
        expect(drawn).toHaveLength(Math.min(n, count));
        expect(new Set(drawn).size).toBe(drawn.length);
        const order = drawn.map((id) => Number(id.slice(1)));
        expect(order).toEqual([...order].sort((x, y) => x - y));
        expect(drawWeighted(pool, count, sfc32(seed(s)))).toEqual(drawn);
      }),
    );
  });

  it('favours heavier candidates: a failing facility (3) is drawn about three times as often as a passing one (1)', () => {
    const pool = [
      { id: 'fail', weight: riskWeight('fail') },
      ...Array.from({ length: 9 }, (_, i) => ({ id: `pass${i}`, weight: riskWeight('pass') })),
    ];
    let fail = 0;
    let pass0 = 0;
    const random = sfc32(seed(42));
    for (let i = 0; i < 20_000; i++) {
      const [first] = drawWeighted(pool, 1, random);
      if (first === 'fail') fail += 1;
      if (first === 'pass0') pass0 += 1;
    }
    // Expected shares 3/12 and 1/12 of 20,000: 5,000 and about 1,667.
    expect(fail / pass0).toBeGreaterThan(2.6);
    expect(fail / pass0).toBeLessThan(3.4);
    expect(riskWeight(null)).toBe(2);
    expect(riskWeight('basic')).toBe(1.5);
  });
});

describe('drawItems', () => {
  it('takes distinct items in their order, every item reachable', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const random = sfc32(seed(7));
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const drawn = drawItems(items, 2, random);
      expect(drawn).toHaveLength(2);
      expect(items.indexOf(drawn[0] ?? '')).toBeLessThan(items.indexOf(drawn[1] ?? ''));
      drawn.forEach((x) => seen.add(x));
    }
    expect([...seen].sort()).toEqual(items);
    expect(drawItems(items, 9, random)).toEqual(items);
    expect(drawItems(items, 0, random)).toEqual([]);
  });
});
