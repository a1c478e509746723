/** The run's seed and number of cases, from MCV_SEED and MCV_RUNS (see vitest.config.ts). */
export function runSeed(): number {
  const s = Number(process.env.MCV_SEED);
  if (!Number.isInteger(s)) throw new Error(`MCV_SEED must be an integer, got "${process.env.MCV_SEED}"`);
  return s | 0;
}

/** Cases per rule and per mistake: MCV_RUNS, default 100. */
export function runCases(): number {
  const raw = process.env.MCV_RUNS;
  if (raw === undefined || raw === '') return 100;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`MCV_RUNS must be a whole number ≥ 1, got "${raw}"`);
  return n;
}
