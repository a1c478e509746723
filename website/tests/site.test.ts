/// <reference lib="dom" />
/**
 * The reference site in a real browser: builds it (npm run build:site, which runs the oracle over
 * the catalogue and the exercises), serves website/build on 127.0.0.1 and drives Debian's
 * chromium through playwright-core. Every rule page and every exercise page must load without a
 * console error and without a KaTeX error.
 *
 * Never skipped: a missing browser fails with a message saying how to get one (scripts/chromium.ts).
 * MCV_SITE_BUILT=1 reuses the current website/build instead of building (for quick local runs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DERIVATIONS } from '../../rules/derivations/index.js';
import { AREAS, RULES } from '../../rules/index.js';
import { derivationChecks } from '../../properties/derive/derivation.js';
import { CHEATSHEET_PDF } from '../../scripts/site/printPage.js';
import { QUICK_SHEET, QUICK_SHEET_PDF } from '../../scripts/site/quickSheet.js';
import { CHAPTER2 } from '../../rules/cookbook/chapter2.js';
import { BUILD_DIR, ROOT, openSite, type SiteSession } from '../../scripts/browser.js';

// Never skipped: scripts/chromium.ts finds a browser on any machine after `npm install`, or fails saying why.
const suite = describe;
const name = 'the site in a browser';

suite(name, () => {
  let site: SiteSession;
  let page: Page;
  /** Console errors and uncaught exceptions, with the page they happened on. */
  let errors: string[] = [];
  let current = '';

  beforeAll(async () => {
    site = await openSite(() => current);
    ({ page, errors } = site);
  });

  afterAll(async () => {
    await site?.close();
  });

  /** Loads a page (a full load, as from a bookmark) and returns the errors it raised. */
  async function visit(path: string): Promise<string[]> {
    const before = errors.length;
    current = path;
    const res = await page.goto(site.url + path, { waitUntil: 'load' });
    expect(res?.status(), `${path} answered ${res?.status()}`).toBe(200);
    return errors.slice(before);
  }

  /**
   * Goes to a page the way a reader clicking a link does (client-side routing, no reload), which
   * is several times faster than a full load, and waits until the page titled `title` is shown.
   * The server-rendered HTML of the same page is checked separately ({@link staticHtml}).
   */
  async function navigate(path: string, title?: string): Promise<string[]> {
    const before = errors.length;
    current = path;
    // Without a title: wait for the page's heading to replace the one shown now.
    const previous = title ?? (await page.evaluate(() => document.querySelector('article h1')?.textContent ?? ''));
    await page.evaluate((p) => {
      window.history.pushState(null, '', p);
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    }, path);
    await page.waitForFunction(
      ([p, t, known]) => {
        const h1 = document.querySelector('article h1')?.textContent;
        return window.location.pathname === p && h1 !== undefined && (known ? document.title.startsWith(t!) && h1 === t : h1 !== t);
      },
      [path, previous, title !== undefined] as const,
    );
    return errors.slice(before);
  }

  /** The server-rendered HTML of a page, as the build wrote it. */
  const staticHtml = (path: string): string => readFileSync(join(BUILD_DIR, path, 'index.html'), 'utf8');
  const katexErrors = () => page.locator('.katex-error').allTextContents();

  test('the home page loads, with the navbar and math', async () => {
    expect(await visit('/')).toEqual([]);
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/matrix calculus/i);
    for (const label of ['Method', 'Catalogue', 'Exercises', 'Guide']) expect(await page.locator('.navbar__item', { hasText: label }).count(), `navbar item ${label}`).toBeGreaterThan(0);
    expect(await page.locator('.katex').count()).toBeGreaterThan(0);
    expect(await katexErrors()).toEqual([]);
  });

  test('the catalogue has one row per rule, each linked to its page, grouped by area', async () => {
    expect(await visit('/catalogue')).toEqual([]);
    const rows = page.locator('article table tbody tr');
    expect(await rows.count()).toBe(RULES.length);
    const links = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td a')?.getAttribute('href') ?? ''));
    const byArea = Object.keys(AREAS).flatMap((a) => RULES.filter((r) => r.area === a));
    expect(links).toEqual(byArea.map((r) => `/rules/${r.id}`));
    expect(await katexErrors()).toEqual([]);
  });

  describe('every rule page', () => {
    beforeAll(async () => {
      // Any page of the site starts the client-side router; the home page is the lightest.
      await visit('/');
    });
    for (const r of RULES) {
      test(`rule page ${r.id} loads without errors`, async () => {
        expect(staticHtml(`rules/${r.id}`), 'the server-rendered page has a KaTeX error').not.toContain('katex-error');
        expect(await navigate(`/rules/${r.id}`, r.title)).toEqual([]);
        // One round trip to the browser for everything the page must show.
        const seen = await page.evaluate(() => ({
          katexErrors: [...document.querySelectorAll('.katex-error')].map((e) => e.textContent),
          katex: document.querySelectorAll('article .katex').length,
          mistakes: document.querySelectorAll('article h3[id^="mistake-"]').length,
          text: document.querySelector('article')?.textContent ?? '',
        }));
        expect(seen.katexErrors).toEqual([]);
        expect(seen.katex).toBeGreaterThan(0);
        expect(seen.mistakes, 'one section per mistake').toBe(r.mistakes.length);
        expect(seen.text).toContain(`npx mcv verify --rule ${r.id} --seed`);
      });
    }
  });

  describe('every exercise page', () => {
    for (const d of DERIVATIONS) {
      test(`exercise page ${d.id} loads without errors, every line checked`, async () => {
        expect(staticHtml(`exercises/${d.id}`)).not.toContain('katex-error');
        expect(await navigate(`/exercises/${d.id}`, d.title)).toEqual([]);
        expect(await page.locator('article h1').textContent()).toBe(d.title);
        expect(await katexErrors()).toEqual([]);
        const checks = derivationChecks(d);
        expect(await page.locator('article h3[id^="line-"]').count()).toBe(checks.length);
        expect(await page.locator('article p', { hasText: '✓ checked' }).count()).toBe(checks.length);
        // Beside the hand-written derivation, the one mcv derive found, its every line verified.
        expect(await page.locator('article h2#derived').count()).toBe(1);
        expect(await page.locator('article p', { hasText: '✓ Every line verified' }).count()).toBe(1);
      });
    }
  });

  test('the method page, the exercises list and the guide load without errors', async () => {
    for (const path of ['/method', '/exercises', '/guide/oracle', '/guide/cli']) {
      expect(await navigate(path)).toEqual([]);
      expect(await katexErrors(), path).toEqual([]);
    }
    // The reliability page exists when the bench's results are committed (bench/results/latest.json).
    if (existsSync(join(ROOT, 'bench/results/latest.json'))) {
      expect(await navigate('/guide/reliability', 'How reliable is the oracle?')).toEqual([]);
      expect(await page.locator('article h1').textContent()).toBe('How reliable is the oracle?');
      expect(await page.locator('article svg[role="img"]').count(), 'the plot of refutation rate against δ').toBeGreaterThan(0);
      await page.screenshot({ path: join(ROOT, 'artifacts', 'reliability-page.png'), fullPage: true });
    }
    await navigate('/method');
    // The notes' rules are all on the method page, linked.
    for (const r of RULES.filter((x) => x.area.startsWith('notes-'))) expect(await page.locator(`article a[href="/rules/${r.id}"]`).count(), `method page links ${r.id}`).toBeGreaterThan(0);
  });

  test('the Matrix Cookbook, checked: every equation of chapter 2 in the book’s order with its status, linked from the home page and the catalogue; the guide on symmetric matrices', async () => {
    expect(await navigate('/cookbook', 'The Matrix Cookbook, checked')).toEqual([]);
    expect(await katexErrors(), '/cookbook').toEqual([]);
    const ids = await page.locator('article h4[id^="eq-"]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids).toEqual(CHAPTER2.map((e) => `eq-${e.equation}`));
    // Each equation shows one of the four statuses the oracle computed (none unresolved: the build would have stopped).
    const text = (await page.locator('article').textContent()) ?? '';
    for (const s of ['✓ proven', '✗ wrong as printed', '⚠ needs an assumption', '— not expressible']) expect(text).toContain(s);
    expect(text).not.toContain('? unresolved');
    expect(await page.locator('article a[href="/rules/logdet-gradient"]').count()).toBeGreaterThan(0);
    for (const from of ['/', '/catalogue']) {
      await navigate(from);
      expect(await page.locator('article a[href="/cookbook"]').count(), `${from} links the Cookbook page`).toBeGreaterThan(0);
    }
    expect(await navigate('/guide/symmetric', 'Gradients of symmetric matrices')).toEqual([]);
    expect(await katexErrors(), '/guide/symmetric').toEqual([]);
    expect(await page.locator('article table').count(), 'one table per function').toBe(3);
  });

  test('search finds a rule by a word of its title', async () => {
    // A word found in one rule title only, so that rule must be among the results.
    const words = (t: string) => t.toLowerCase().match(/[a-z]{5,}/g) ?? [];
    const count = new Map<string, number>();
    for (const r of RULES) for (const w of new Set(words(r.title))) count.set(w, (count.get(w) ?? 0) + 1);
    const rule = RULES.find((r) => words(r.title).some((w) => count.get(w) === 1))!;
    const word = words(rule.title).find((w) => count.get(w) === 1)!;
    await visit('/');
    const input = page.locator('input.navbar__search-input');
    await input.click();
    await input.pressSequentially(word, { delay: 20 });
    // The search box lists suggestions (page titles and matching passages); pick the rule's page.
    const hit = page.locator('[role="option"]').filter({ hasText: rule.title }).first();
    await hit.waitFor({ timeout: 20_000 });
    await hit.click();
    await page.waitForURL(`**/rules/${rule.id}*`);
    await page.waitForFunction((t) => document.querySelector('article h1')?.textContent === t, rule.title);
  });

  test('copying a formula puts its LaTeX, from the rule object, on the clipboard', async () => {
    const rule = RULES.find((r) => r.id === 'diff-inverse')!;
    await navigate(`/rules/${rule.id}`, rule.title);
    // Select the statement (the first displayed formula) and copy, as a reader does with the mouse and Ctrl+C.
    const copied = await page.evaluate(() => {
      const formula = document.querySelector('article .katex-display')!;
      window.getSelection()!.selectAllChildren(formula);
      const data = new DataTransfer();
      document.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
      return data.getData('text/plain');
    });
    // Delimited as TeX ($…$, or $$…$$ when the selection holds the whole display), the source exactly.
    const m = /^(\$\$?)([\s\S]*)\1$/.exec(copied);
    expect(m, copied).not.toBeNull();
    expect(m![2]).toBe(rule.latex);
  });

  test('dark mode switches, and a phone-sized screen never scrolls sideways', async () => {
    await visit('/rules/grad-bilinear-matrix');
    // The toggle cycles system → light → dark.
    const toggle = page.locator('button[title*="mode"]').first();
    for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== 'dark'; i++) await toggle.click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    while ((await page.locator('html').getAttribute('data-theme')) === 'dark') await toggle.click();
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      // The first page loads at this size, the others follow links inside the site.
      for (const [i, path] of ['/rules/grad-bilinear-matrix', '/catalogue', `/exercises/${DERIVATIONS.at(-1)!.id}`, '/method'].entries()) {
        await (i === 0 ? visit(path) : navigate(path));
        const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        expect(scroll, `${path} is ${scroll}px wide on a ${inner}px screen`).toBeLessThanOrEqual(inner);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  test('a rule page shows every mistake with how it was refuted, and its equivalent spellings (screenshots saved for review)', async () => {
    const dir = join(ROOT, 'artifacts');
    mkdirSync(dir, { recursive: true });
    const rule = RULES.find((r) => r.id === 'diff-inverse')!;
    await navigate('/rules/diff-inverse', rule.title);
    for (const m of rule.mistakes) expect(await page.locator(`article h3#mistake-${m.id}`).count(), `mistake ${m.id}`).toBe(1);
    expect(await page.locator('article p', { hasText: /^Refuted by (value|its shape alone)/ }).count()).toBe(rule.mistakes.length);
    expect(await page.locator('article h3', { hasText: 'Equivalent spellings' }).count()).toBe(1);
    const shot = await page.screenshot({ path: join(dir, 'rule-page.png'), fullPage: true });
    // A full page, not the first screen of it: taller than the 900px viewport.
    expect(shot.readUInt32BE(20), 'screenshot height').toBeGreaterThan(900);
    const exercise = DERIVATIONS.at(-1)!;
    await navigate(`/exercises/${exercise.id}`, exercise.title);
    expect(await page.locator('article .katex').count(), "the derivation's lines are typeset").toBeGreaterThan(exercise.steps.length);
    await page.screenshot({ path: join(dir, 'exercise-page.png'), fullPage: true });
  });

  test('notation: a differential stands apart from its neighbours, and an exercise states sizes in the letters its expressions use', () => {
    const annotations = (path: string) => [...staticHtml(path).matchAll(/<annotation encoding="?application\/x-tex"?>([\s\S]*?)<\/annotation>/g)].map((x) => x[1]!.replace(/&amp;/g, '&'));
    // The generated claim of the differential of the inverse, as the hand-written statement spaces it.
    expect(annotations('rules/diff-inverse').join('\n')).toContain(String.raw`d\left[\mathbf{X}^{-1}\right] = -\mathbf{X}^{-1}\, d\mathbf{X}\, \mathbf{X}^{-1}`);
    for (const d of DERIVATIONS) {
      const dims = new Set(Object.values(d.shapes).flatMap((s) => s.split('x')));
      const stated = annotations(`exercises/${d.id}`).flatMap((t) => [...t.matchAll(/\\mathbb\{R\}\^(?:\{([^}]+)\}|(\w))/g)].flatMap((x) => (x[1] ?? x[2]!).split('\\times')));
      expect(
        stated.map((l) => l.trim()).filter((l) => !dims.has(l)),
        `${d.id}: sizes stated in letters its shapes (${[...dims].join(', ')}) do not use`,
      ).toEqual([]);
    }
  });

  test('a rule page prints as its content alone: no navigation, every formula whole', async () => {
    const rule = RULES.find((r) => r.id === 'diff-inverse')!;
    if (!page.url().startsWith(site.url)) await visit('/');
    await navigate(`/rules/${rule.id}`, rule.title);
    await page.emulateMedia({ media: 'print' });
    try {
      const seen = await page.evaluate(() => ({
        shown: ['.navbar', '.theme-doc-sidebar-container', '.theme-doc-toc-desktop', '.theme-doc-breadcrumbs', '.pagination-nav', '.footer'].filter((sel) =>
          [...document.querySelectorAll(sel)].some((e) => getComputedStyle(e).display !== 'none'),
        ),
        clipped: [...document.querySelectorAll('article .katex-display')].filter((e) => getComputedStyle(e).overflowX !== 'visible').length,
        articleWidth: document.querySelector('article')!.getBoundingClientRect().width,
      }));
      expect(seen.shown, 'navigation printed').toEqual([]);
      expect(seen.clipped, 'formulas that would be cut off on paper').toBe(0);
      // The content takes the whole width of the paper (the page is 1280 px wide here).
      expect(seen.articleWidth).toBeGreaterThan(1000);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('the build prints the verified cheat sheet (PDF): every rule and exercise, stamped with the date and commit; the home page and the catalogue link it', async () => {
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(join(BUILD_DIR, CHEATSHEET_PDF))));
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    const pages = (text as string[]).map((t) => t.replace(/\s+/g, ' '));
    // A title page, then each area from a new page; a rule is never split.
    expect(totalPages).toBeGreaterThan(new Set(RULES.map((r) => r.area)).size);
    const all = pages.join(' ');
    const missing = [...RULES, ...DERIVATIONS].filter((x) => !all.includes(x.title.replace(/\s+/g, ' '))).map((x) => x.title);
    expect(missing, 'titles not found in the PDF').toEqual([]);
    // The commit is one of this history (the build may be one reused from an earlier commit with
    // the same sources), or `unknown` outside a git checkout.
    const inGit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT }).status === 0;
    const stamp = /Built on (\d{4}-\d{2}-\d{2}) from commit ([0-9a-f]{7,40}|unknown)\b/.exec(pages[0]!);
    expect(stamp, `the first page: ${pages[0]!.slice(0, 300)}`).not.toBeNull();
    if (inGit) expect(spawnSync('git', ['merge-base', '--is-ancestor', stamp![2]!, 'HEAD'], { cwd: ROOT }).status, `commit ${stamp![2]} is not HEAD or before it`).toBe(0);
    // The HTML as the build minified it: an attribute value may lose its quotes.
    for (const path of ['', 'catalogue']) expect(staticHtml(path), `/${path} links the PDF`).toMatch(new RegExp(`href="?/${CHEATSHEET_PDF.replace('.', '\\.')}[\\s">]`));
  });

  test('the build prints the two-page sheet (PDF): exactly two pages, every section and formula title, stamped with the date and commit; the home page and the catalogue link it', async () => {
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(join(BUILD_DIR, QUICK_SHEET_PDF))));
    const { totalPages, text } = await extractText(pdf, { mergePages: true });
    expect(totalPages, 'the sheet must fit on two pages: shorten scripts/site/quickSheet.ts or tighten its print style').toBe(2);
    const all = (text as string).replace(/\s+/g, ' ');
    expect(all).toMatch(/built on \d{4}-\d{2}-\d{2} from commit ([0-9a-f]{7,40}|unknown)\b/);
    const titles = QUICK_SHEET.flatMap((s) => [s.title, ...s.rules.map((id) => RULES.find((r) => r.id === id)!.title)]);
    expect(
      titles.filter((t) => !all.includes(t.replace(/\s+/g, ' '))),
      'titles not found in the PDF',
    ).toEqual([]);
    for (const path of ['', 'catalogue']) expect(staticHtml(path), `/${path} links the two-page PDF`).toMatch(new RegExp(`href="?/${QUICK_SHEET_PDF.replace('.', '\\.')}[\\s">]`));
  });

  test('no page raised a console error at any time', () => {
    expect(errors).toEqual([]);
  });
});
