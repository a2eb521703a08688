/** A figure a benchmark reports. */
export interface Figure {
  name: string;
  value: string;
}

/** Runs `fn` repeatedly for about `ms` milliseconds and returns calls per second. */
export function rate(fn: () => void, ms = 400): number {
  let n = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < deadline) {
    for (let i = 0; i < 20; i++) fn();
    n += 20;
    now = process.hrtime.bigint();
  }
  return n / (Number(now - start) / 1e9);
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median of `runs` measurements of calls per second, after a warm-up run. */
export function medianRate(fn: () => void, runs = 7, ms = 400): number {
  rate(fn, ms);
  return median(Array.from({ length: runs }, () => rate(fn, ms)));
}

export const perSecond = (n: number) => `${Math.round(n).toLocaleString("en-US")} /s`;
