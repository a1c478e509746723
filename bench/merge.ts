/**
 * `npm run bench -- --phases functions --merge`: one phase measured again and put into the
 * committed results, the other phases' figures kept as they were. The merged phase carries its own
 * provenance (date, commit, load, seed, duration) in `phaseRuns`, since the top-level ones describe
 * the run that measured the rest; the page states both.
 */
import type { BenchResults, PhaseName } from '../properties/presentation/benchResults.js';

/** Every phase of `npm run bench`, in the order of `--phases`. */
export const PHASE_NAMES = ['detection', 'falseAlarms', 'scale', 'gradcheck', 'speed', 'functions'] as const satisfies readonly PhaseName[];

/** The fields of the results (and of their settings) that each phase writes. */
const PHASE_FIELDS: Record<PhaseName, { results: (keyof BenchResults)[]; settings: (keyof BenchResults['settings'])[] }> = {
  detection: { results: ['detection', 'hessianDetection'], settings: ['detection'] },
  falseAlarms: { results: ['falseAlarms'], settings: ['falseAlarms'] },
  scale: { results: ['scaleInvariance'], settings: ['scaleInvariance'] },
  gradcheck: { results: ['gradcheck'], settings: ['gradcheck'] },
  speed: { results: ['speed'], settings: ['speed'] },
  functions: { results: ['functions'], settings: ['functions'] },
};

/**
 * `base` with the figures of `phases` replaced by `fresh`'s (a run of those phases alone), and their
 * provenance recorded in `phaseRuns`. Everything else (the other phases, the top-level date, commit,
 * machine and settings) stays `base`'s. Refuses what would mix incomparable figures: a quick run
 * into published results (or the reverse), timings (speed) of another machine, or a phase the fresh
 * run did not measure.
 */
export function mergePhases(base: BenchResults, fresh: BenchResults, phases: readonly PhaseName[]): BenchResults {
  if (phases.length === 0) throw new Error('--merge: name the phases to merge with --phases, e.g. --phases functions --merge');
  for (const p of phases) if (!PHASE_NAMES.includes(p)) throw new Error(`--merge: unknown phase ${p}; choose from ${PHASE_NAMES.join(', ')}`);
  if (base.settings.quick !== fresh.settings.quick)
    throw new Error(
      `--merge: the results file holds a ${base.settings.quick ? 'quick smoke' : 'published'} run and this is a ${fresh.settings.quick ? 'quick smoke' : 'published'} run; merge like into like`,
    );
  // The speed phase's figures are timings, comparable only with the machine's other figures; the
  // other phases count verdicts, which do not depend on the machine (its CPU is recorded anyway).
  const sameMachine = base.machine.cores === fresh.machine.cores && base.machine.cpu === fresh.machine.cpu && base.machine.node === fresh.machine.node;
  if (!sameMachine && phases.includes('speed'))
    throw new Error(
      `--merge: the results file was measured on ${base.machine.cores} cores of ${base.machine.cpu}, this run on ${fresh.machine.cores} of ${fresh.machine.cpu}; timings of two machines would be mixed, so run every phase here, or merge only phases that count verdicts`,
    );
  const out: BenchResults = { ...base, settings: { ...base.settings }, phaseRuns: { ...base.phaseRuns } };
  const target = out as unknown as Record<string, unknown>;
  const source = fresh as unknown as Record<string, unknown>;
  const settings = out.settings as unknown as Record<string, unknown>;
  const freshSettings = fresh.settings as unknown as Record<string, unknown>;
  for (const p of phases) {
    const fields = PHASE_FIELDS[p];
    if (!fields.results.some((k) => source[k] !== undefined)) throw new Error(`--merge: the run measured no ${p} figures to merge (was the phase run?)`);
    for (const k of fields.results) {
      if (source[k] === undefined) delete target[k];
      else target[k] = source[k];
    }
    for (const k of fields.settings) settings[k] = freshSettings[k];
    out.phaseRuns![p] = {
      date: fresh.date,
      git: fresh.git,
      load: fresh.machine.load,
      seed: fresh.settings.seed,
      durationSeconds: fresh.durationSeconds,
      machine: { cpu: fresh.machine.cpu, cores: fresh.machine.cores, node: fresh.machine.node },
    };
  }
  return out;
}
