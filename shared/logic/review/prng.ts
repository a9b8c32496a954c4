/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, public domain): 128 bits of state,
 * passes PractRand, and is a few lines, so a sample drawn today can be re-drawn by any later
 * version from its recorded seed. The caller turns the seed text into four 32-bit words
 * (the core uses the first 16 bytes of its SHA-256).
 */
export function sfc32(seed: readonly [number, number, number, number]): () => number {
  let [a, b, c, d] = seed.map((n) => n >>> 0) as [number, number, number, number];
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  // The first outputs still echo the seed words: mix them away, as the reference does.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** Four words from the first 16 bytes of a digest (big-endian). */
export function seedWords(digest: Uint8Array): [number, number, number, number] {
  if (digest.length < 16) throw new Error('seed digest needs at least 16 bytes');
  const word = (i: number) =>
    (((digest[i] ?? 0) << 24) | ((digest[i + 1] ?? 0) << 16) | ((digest[i + 2] ?? 0) << 8) | (digest[i + 3] ?? 0)) >>>
    0;
  return [word(0), word(4), word(8), word(12)];
}
