/** The benchmark's settings: the published run and the smoke run (`--quick`). */
import { DELTA_GRID } from './detection.js';
import type { Settings } from '../properties/presentation/benchResults.js';

/** The published settings, and the smoke run's. */
export function settingsFor(quick: boolean, seed: number): Settings {
  return quick
    ? {
        seed,
        quick,
        detection: { deltas: [...DELTA_GRID], runs: 10, casesPerRun: 10, required: 0.99 },
        falseAlarms: { cases: 600, chunk: 100, conditions: [1e2, 1e4, 1e6, 1e8], conditionCases: 200, scales: [1e-6, 1e6], scaleCases: 200 },
        scaleInvariance: { scales: [1e-6, 1e6], cases: 20 },
        gradcheck: { runs: 3, falseAlarmCases: 10, mistakeCases: 5, stopAfterZero: 2 },
        speed: { repeats: 3, cases: 20, sizes: [4, 16, 64], growthCases: 2, cliRuns: 3 },
        functions: { checks: 3, cases: 30 },
      }
    : {
        seed,
        quick,
        detection: { deltas: [...DELTA_GRID], runs: 100, casesPerRun: 10, required: 0.99 },
        falseAlarms: { cases: 10_000, chunk: 1000, conditions: [1e2, 1e4, 1e6, 1e8], conditionCases: 3000, scales: [1e-6, 1e6], scaleCases: 3000 },
        scaleInvariance: { scales: [1e-6, 1e6], cases: 100 },
        gradcheck: { runs: 10, falseAlarmCases: 50, mistakeCases: 10, stopAfterZero: 2 },
        speed: { repeats: 3, cases: 100, sizes: [4, 16, 64, 128], growthCases: 3, cliRuns: 10 },
        functions: { checks: 20, cases: 100 },
      };
}
