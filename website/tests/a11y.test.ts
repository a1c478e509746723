/// <reference lib="dom" />
/**
 * The site for every reader: axe-core's WCAG 2 A and AA rules (2.0 and 2.1) find no violation on
 * any kind of page, in the light and the dark theme: the home page, the catalogue, a rule page of
 * each kind the catalogue has (read from the rule objects, so a new kind is covered when it
 * lands), an exercise, the method, every guide page, the Check page with a verified and with a
 * refuted verdict, and the search box with its suggestions open.
 *
 * One chromium page follows links inside the loaded site (client-side routing, as a reader
 * does), and the theme changes as a reader's system setting changes it (prefers-color-scheme).
 * Skipped only when chromium is missing and CI is not set; in CI a missing chromium fails.
 */
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DERIVATIONS } from '../../rules/derivations/index.js';
import { mistakeClaim, ruleClaim } from '../../rules/claims.js';
import { RULES } from '../../rules/index.js';
import { checkHrefForClaim, deriveHref } from '../../properties/presentation/url.js';
import { ROOT, openSite, type SiteSession } from '../../scripts/browser.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** WCAG 2.0 and 2.1, levels A and AA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** One line per element at fault: the rule, the element, and what axe says is wrong. */
const describeViolations = (vs: Violation[]): string[] => vs.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}): ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`));

/** The kinds of rule in the catalogue, each with its first rule. */
const byKind = RULES.filter((r, i) => RULES.findIndex((x) => x.kind === r.kind) === i);
/** The hand-written guide pages, and the reliability page generated from the bench's results when they are committed. */
const guidePages = [
  ...readdirSync(join(ROOT, 'docs/guide'))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => `/guide/${f.replace(/\.mdx?$/, '')}`),
  ...(existsSync(join(ROOT, 'bench/results/latest.json')) ? ['/guide/reliability'] : []),
  // Generated at build with the oracle's verdicts (scripts/site/extraPages.ts).
  '/guide/symmetric',
  '/cookbook',
];
/** A rule whose first mistake the Check page refutes: any rule will do; the first one is the lightest. */
const checked = RULES[0]!;

// Never skipped: scripts/chromium.ts finds a browser on any machine after `npm install`, or fails saying why.
describe('the site meets WCAG 2.1 AA (axe-core)', () => {
  let site: SiteSession;
  let page: Page;
  let current = '';

  beforeAll(async () => {
    site = await openSite(() => current);
    page = site.page;
    await page.goto(`${site.url}/`, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await site?.close();
  });

  /** Follows a link inside the loaded site and waits until the page at `path` is rendered. */
  async function navigate(path: string, ready = 'article h1'): Promise<void> {
    current = path;
    const url = new URL(path, 'http://x');
    // Every page has its own title: the new one is shown once the title has changed.
    const title = (await page.evaluate(() => window.location.pathname)) === url.pathname ? null : await page.title();
    await page.evaluate((p) => {
      window.history.pushState(null, '', p);
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    }, path);
    await page.waitForFunction(([p, t, sel]) => window.location.pathname === p && (t === null || document.title !== t) && document.querySelector(sel!) !== null, [url.pathname, title, ready] as const);
  }

  /** axe-core's WCAG A/AA rules on the page as shown now: the elements at fault, one per line. */
  async function axe(): Promise<string[]> {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(
      (tags) =>
        (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe
          .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
          .then((r) => r.violations),
      TAGS,
    );
    return describeViolations(violations as Violation[]);
  }

  /** Opens the Check page on a claim (as a rule page's link does) and waits for its verdict. */
  async function checkPage(href: string, verdict: 'verified' | 'refuted' | 'derived'): Promise<void> {
    await navigate('/', 'article h1');
    await navigate(href, '[data-testid="verdict"]');
    await page.waitForFunction((v) => document.querySelector('[data-testid="verdict"]')?.textContent === v, verdict, { timeout: 30_000 });
  }

  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      beforeAll(async () => {
        // A reader's system setting: the site follows it until the reader picks a theme.
        await page.emulateMedia({ colorScheme: theme });
        // Colours change with a short transition: check them once every transition is over.
        await page.waitForFunction((t) => document.documentElement.dataset.theme === t && document.getAnimations().length === 0, theme);
      });

      const pages: [string, string][] = [
        ['the home page', '/'],
        ['the catalogue', '/catalogue'],
        ...byKind.map((r): [string, string] => [`${/^[aeiou]/.test(r.kind) ? 'an' : 'a'} ${r.kind} rule page (${r.id})`, `/rules/${r.id}`]),
        [`an exercise (${DERIVATIONS[0]!.id})`, `/exercises/${DERIVATIONS[0]!.id}`],
        ['the method', '/method'],
        ['the two-page sheet', '/quick-sheet'],
        ...guidePages.map((p): [string, string] => [`the guide page ${p}`, p]),
      ];
      for (const [what, path] of pages)
        test(`${what}: no WCAG A/AA violation`, async () => {
          await navigate(path);
          expect(await axe(), `${path} in the ${theme} theme`).toEqual([]);
        });

      test('the Check page with a verified and with a refuted verdict: no WCAG A/AA violation', async () => {
        await checkPage(checkHrefForClaim(ruleClaim(checked), { seed: 1 }), 'verified');
        expect(await axe(), `verified verdict, ${theme} theme`).toEqual([]);
        await checkPage(checkHrefForClaim(mistakeClaim(checked, checked.mistakes[0]!), { seed: 1 }), 'refuted');
        expect(await page.locator('[data-testid="counterexample"]').count(), 'the refuted verdict shows its counterexample').toBe(1);
        expect(await axe(), `refuted verdict, ${theme} theme`).toEqual([]);
      });

      test("the Check page's Derive view (a derivation, line by line, with its rule links): no WCAG A/AA violation", async () => {
        await checkPage(deriveHref({ f: "x'*A*x", wrt: 'x', shapes: { x: 'n', A: 'nxn' } }, { seed: 1 }), 'derived');
        expect(await page.locator('[data-testid="derive-step"]').count(), 'the derivation is shown').toBeGreaterThan(0);
        expect(await axe(), `Derive view, ${theme} theme`).toEqual([]);
      });

      test('the search box with its suggestions open: no WCAG A/AA violation', async () => {
        await navigate('/');
        const input = page.locator('input.navbar__search-input');
        await input.fill('');
        await input.click();
        await input.pressSequentially('trace', { delay: 10 });
        try {
          await page.locator('[role="option"]').first().waitFor({ timeout: 20_000 });
          expect(await axe(), `search suggestions, ${theme} theme`).toEqual([]);
        } finally {
          // Close the suggestions, so that the next page is checked as a reader sees it.
          await page.keyboard.press('Escape');
          await input.fill('');
          await input.blur();
          await page.locator('[role="option"]').first().waitFor({ state: 'detached' });
        }
      });
    });
  }

  test('formulas keep their MathML for screen readers, and a formula too wide for a phone is a named region a keyboard reaches', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    // The widest statement of the catalogue, on a phone-sized screen.
    const wide = [...RULES].sort((a, b) => b.latex.length - a.latex.length)[0]!;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await navigate(`/rules/${wide.id}`);
      const seen = await page.evaluate(() => {
        const display = document.querySelector('article .katex-display')!;
        return {
          mathml: display.querySelectorAll('.katex-mathml math').length,
          scrolls: display.scrollWidth > display.clientWidth,
          tabindex: display.getAttribute('tabindex'),
          role: display.getAttribute('role'),
          label: display.getAttribute('aria-label'),
        };
      });
      expect(seen.mathml, 'KaTeX MathML inside the formula').toBe(1);
      expect(seen.scrolls, `${wide.id}'s statement is wider than a phone`).toBe(true);
      expect(seen).toMatchObject({ tabindex: '0', role: 'region' });
      expect(seen.label).toMatch(/formula/i);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  test('no page raised a console error', () => {
    expect(site.errors).toEqual([]);
  });
});
