import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import TestOrder from './scripts/test-order.js';

// One seed for the whole run: drawn here when MCV_SEED is unset, printed, and handed to every
// worker through the environment, so a failure can be replayed with MCV_SEED=<seed>.
if (!process.env.MCV_SEED) process.env.MCV_SEED = String((Math.random() * 2 ** 32) | 0);
console.log(`mcv: MCV_SEED=${process.env.MCV_SEED}${process.env.MCV_RUNS ? ` MCV_RUNS=${process.env.MCV_RUNS}` : ''}`);

export default defineConfig({
  test: {
    include: ['properties/**/*.test.ts', 'rules/**/*.test.ts', 'cli/**/*.test.ts', 'examples/**/*.test.ts', 'website/tests/**/*.test.ts', 'bench/**/*.test.ts'],
    setupFiles: ['properties/vitest.setup.ts'],
    reporters: ['default', './scripts/summary-reporter.ts'],
    testTimeout: 60_000,
    // Vitest's default is one worker per core minus one: a single worker on a 2-core machine, where
    // the site build and the browser tests leave a core mostly idle. Two workers use both; the
    // order of the files (scripts/test-order.ts) keeps either from waiting for the build.
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: TestOrder },
    // Each worker imports the catalogue, mathjs and the engine once rather than once per file (a
    // third of the run's CPU time when isolated). No test file changes module state: the rules are
    // only read and every check sets up its own seed and deadline (no mocks, no globals changed).
    isolate: false,
    // The site test builds the whole site (the oracle over the catalogue, then Docusaurus) in a
    // hook: about a minute on an idle 2-core machine, several under load. CI has 90 minutes.
    hookTimeout: 600_000,
  },
});
