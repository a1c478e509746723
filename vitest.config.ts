import { defineConfig } from 'vitest/config';

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
    // The site test builds the whole site (the oracle over the catalogue, then Docusaurus) in a
    // hook: about a minute on an idle 2-core machine, several under load. CI has 90 minutes.
    hookTimeout: 600_000,
  },
});
