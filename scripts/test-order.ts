/**
 * The order in which `npm test` runs its files, for two workers on a 2-core machine.
 *
 * Each worker takes the next file of this order when it is free, so the run ends when the last
 * long file does: longest first (LPT), the small files last to fill the gaps. The site build (about
 * a minute of the run) happens in the first browser file that needs it: site.test.ts goes first so
 * the build starts at once, the long CPU files run beside it on the other worker, and the other
 * browser files follow them, by when the build is done (buildSite reuses it: see
 * scripts/browser.ts; a browser file started earlier would wait for the build's lock).
 *
 * The order is written here rather than left to vitest, which runs the files that took longest in
 * its cache first, and without a cache (a fresh clone, as in CI) the largest files first: a short
 * file of long tests (crashes.test.ts: 81 lines, once 3.5 minutes) then started last and alone.
 * Files not listed keep vitest's own order after those listed.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, longest first (seconds per file in vitest's JSON report of a whole
 * `npm test` on the idle 2-core machine, 2026-12-06; crashes and diagnose as their CPU time after
 * the sample and the shared derivations), but the browser files after the CPU files that cover the
 * site build. Under load, the build alone took four minutes (2026-12-06, load average 10): this
 * worker then runs nothing else meanwhile. Re-measure when a file moves by much.
 */
const ORDER = [
  'website/tests/site.test.ts', // 77 s: builds the site (the oracle over the catalogue, then Docusaurus)
  'properties/derive/diagnose.test.ts', // 50 s
  'properties/derive/crashes.test.ts', // 40 s: a seeded sample (MCV_CRASHES=all for every variant)
  'properties/emit/emit.test.ts', // 36 s
  'website/tests/a11y.test.ts', // 41 s
  'website/tests/check.test.ts', // 25 s
  'website/tests/generate.test.ts', // 19 s
  'properties/derive/derive.test.ts', // 15 s
  'properties/derive/inferCatalogue.test.ts', // 15 s
  'cli/mcv.test.ts', // 10 s
  'properties/engine/ops/loop.test.ts', // 9 s
];

const rank = (spec: TestSpecification): number => {
  const id = spec.moduleId.replaceAll('\\', '/');
  const i = ORDER.findIndex((f) => id.endsWith(`/${f}`));
  return i === -1 ? ORDER.length : i;
};

/** Vitest's order, but the files of {@link ORDER} first, in that order. */
export default class TestOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted
      .map((spec, i) => ({ spec, i }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i)
      .map(({ spec }) => spec);
  }
}
