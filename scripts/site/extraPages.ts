/**
 * Pages measured by the oracle when the site is built, beside the catalogue's: the guide page on
 * gradients of symmetric matrices (symmetricPage.ts). Returns the files and, instead of throwing,
 * the failures, which generate.ts turns into its GenerateError.
 */
import type { SiteData } from './data.js';
import { conventionFailures, measureConventions, symmetricPage } from './symmetricPage.js';

export function extraPages(data: Pick<SiteData, 'seed' | 'cases'>): { files: Map<string, string>; failures: string[] } {
  const files = new Map<string, string>();
  const checks = measureConventions(data.seed, data.cases);
  files.set('docs/generated/symmetric.md', symmetricPage(checks, data.cases));
  return { files, failures: conventionFailures(checks) };
}

/** The sidebar entries of these pages in the guide. */
export const EXTRA_GUIDE_ITEMS = ['generated/symmetric'];
