import fc from 'fast-check';
import { runCases, runSeed } from './oracle/seed.js';

// Properties written with @fast-check/vitest draw from the same seed as the oracle.
// configureGlobal replaces the settings, so merge with the current ones.
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: runSeed(), numRuns: runCases() });
