/**
 * The order in which `npm test` runs its files, for two workers on a 2-core machine.
 *
 * The site build (about a minute of the run) happens in the first browser file that needs it:
 * site.test.ts goes first so the build starts at once, every file that needs no browser runs
 * beside it on the other worker, and the Check page's browser file goes last, by when the build is
 * done (buildSite reuses it: see scripts/browser.ts). Any other order leaves a worker idle,
 * waiting for the build's lock. Within each group, files keep vitest's own order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const FIRST = ['website/tests/site.test.ts'];
const LAST = ['website/tests/a11y.test.ts', 'website/tests/check.test.ts'];

const rank = (spec: TestSpecification): number => {
  const id = spec.moduleId.replaceAll('\\', '/');
  if (FIRST.some((f) => id.endsWith(f))) return 0;
  if (LAST.some((f) => id.endsWith(f))) return 2;
  return 1;
};

export default class TestOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted
      .map((spec, i) => ({ spec, i }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i)
      .map(({ spec }) => spec);
  }
}
