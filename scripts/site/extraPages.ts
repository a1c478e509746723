/**
 * Pages measured by the oracle when the site is built, beside the catalogue's: the guide page on
 * gradients of symmetric matrices (symmetricPage.ts) and "The Matrix Cookbook, checked" (cookbookPage.ts). Returns the files and, instead of throwing,
 * the failures, which generate.ts turns into its GenerateError.
 */
import { cookbookFailures, cookbookPage, measureCookbook } from './cookbookPage.js';
import type { SiteData } from './data.js';
import { conventionFailures, measureConventions, symmetricPage } from './symmetricPage.js';

export function extraPages(data: Pick<SiteData, 'seed' | 'cases' | 'rules'>): { files: Map<string, string>; failures: string[] } {
  const files = new Map<string, string>();
  const checks = measureConventions(data.seed, data.cases);
  files.set('docs/generated/symmetric.md', symmetricPage(checks, data.cases));
  const cookbook = measureCookbook(data.seed, data.cases);
  files.set('docs/generated/cookbook.md', cookbookPage(cookbook, data));
  return { files, failures: [...conventionFailures(checks), ...cookbookFailures(cookbook)] };
}

/** The sidebar entry of the Cookbook page, after the catalogue. */
export const COOKBOOK_SIDEBAR_ITEM = { type: 'doc', id: 'generated/cookbook', label: 'The Matrix Cookbook, checked' } as const;

/** The sidebar entries of these pages in the guide. */
export const EXTRA_GUIDE_ITEMS = ['generated/symmetric'];
