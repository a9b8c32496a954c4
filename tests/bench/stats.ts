import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  value: string;
  note?: string;
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[index] ?? Number.NaN;
}

/** Runs `fn` `runs` times and returns the sorted durations in milliseconds. */
export async function timeRuns(runs: number, fn: (i: number) => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

export async function timeOnce<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

export const ms = (n: number) => `${n < 1 ? n.toFixed(3) : n.toFixed(1)} ms`;

export function printTable(figures: Figure[]): void {
  const nameWidth = Math.max(...figures.map((f) => f.name.length), 6);
  const valueWidth = Math.max(...figures.map((f) => f.value.length), 5);
  const line = `+${'-'.repeat(nameWidth + 2)}+${'-'.repeat(valueWidth + 2)}+`;
  console.log(line);
  console.log(`| ${'figure'.padEnd(nameWidth)} | ${'value'.padEnd(valueWidth)} |`);
  console.log(line);
  for (const f of figures) {
    console.log(`| ${f.name.padEnd(nameWidth)} | ${f.value.padStart(valueWidth)} |${f.note ? ` ${f.note}` : ''}`);
  }
  console.log(line);
}
