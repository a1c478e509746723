/// <reference lib="dom" />
/**
 * The Check page (/check): its state survives the trip through the URL for every claim of the
 * catalogue; and, in a real browser (chromium through playwright-core, on the built
 * site), it verifies and refutes as `mcv` does, byte for byte, shows bad input next to the field
 * at fault, stops a check that runs too long and still answers the next one, and a shared link
 * reproduces the verdict.
 *
 * The browser part always runs (scripts/chromium.ts finds Debian's chromium or the packaged one).
 * It shares the site build with site.test.ts (buildSite builds once per run); MCV_SITE_BUILT=1 reuses website/build.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { claimFromArgs, commandLine, reproduceArgs } from '../../properties/presentation/args.js';
import { runMcv } from '../../cli/program.js';
import type { ClaimInput, Evidence } from '../../properties/oracle/check.js';
import { mistakeClaim, ruleClaim } from '../../rules/claims.js';
import { RULES } from '../../rules/index.js';
import { deriveCommand, deriveFromArgs } from '../../properties/presentation/derive.js';
import {
  EMPTY_STATE,
  argsFromState,
  checkHref,
  deriveArgsFromState,
  deriveHref,
  splitPairs,
  stateFromClaim,
  stateFromQuery,
  stateToQuery,
  type CheckState,
} from '../../properties/presentation/url.js';
import { BUILD_DIR, ROOT, openSite, type SiteSession } from '../../scripts/browser.js';

/** A claim with its assumptions as lists, so two spellings of the same claim compare equal. */
const normal = (c: ClaimInput) => ({
  ...c,
  wrt: c.kind === 'identity' ? undefined : [...(c.wrt ?? [])],
  assume: Object.fromEntries(Object.entries(c.assume ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v.split(',') : [...v]])),
});

describe('the Check page state (no browser)', () => {
  test('every rule and every mistake survives fields → URL → fields → the claim mcv checks', () => {
    for (const r of RULES)
      for (const c of [ruleClaim(r), ...r.mistakes.map((m) => mistakeClaim(r, m))]) {
        const state = stateFromQuery(stateToQuery(stateFromClaim(c, { seed: -5, cases: 30 })))!;
        const { input, options } = claimFromArgs(argsFromState(state));
        expect(normal(input), `${r.id}: ${c.claim}`).toEqual(normal(c));
        expect(options).toMatchObject({ seed: -5, cases: 30 });
      }
  });

  test('shapes and assumptions are read as mcv reads repeated --shape and --assume', () => {
    expect(splitPairs('X=3x4, a=3 b=4;c=1,')).toEqual(['X=3x4', 'a=3', 'b=4', 'c=1']);
    expect(splitPairs('X=symmetric,invertible, Y = spd')).toEqual(['X=symmetric,invertible', 'Y = spd']);
    expect(splitPairs('  ')).toEqual([]);
    expect(checkHref({ kind: 'identity', f: 'trace(X*Y)', wrt: 'ignored', claim: 'trace(Y*X)', gradient: 'ignored', shapes: 'X=mxn, Y=nxm', assume: '', seed: '', cases: '', limit: '' })).toBe(
      '/check?kind=identity&f=trace%28X*Y%29&claim=trace%28Y*X%29&shapes=X%3Dmxn%2C+Y%3Dnxm',
    );
    expect(stateFromQuery('')).toBeNull();
    expect(stateToQuery(EMPTY_STATE)).toBe('');
  });

  test('a Derive state survives the URL, has no claim in it, and stands for the arguments of mcv derive', () => {
    const href = deriveHref({ f: "-y'*log(softmax(T*x))", wrt: 'T', shapes: { T: 'kxd', x: 'd', y: 'k' }, assume: { y: ['onehot'] } }, { seed: 3 });
    expect(href).toBe('/check?kind=derive&f=-y%27*log%28softmax%28T*x%29%29&wrt=T&shapes=T%3Dkxd%2C+x%3Dd%2C+y%3Dk&assume=y%3Donehot&seed=3');
    const s = stateFromQuery(href.split('?')[1]!)!;
    expect(s.kind).toBe('derive');
    expect(stateToQuery({ ...s, claim: 'ignored' })).toBe(href.split('?')[1]);
    expect(deriveFromArgs(deriveArgsFromState(s))).toMatchObject({ f: "-y'*log(softmax(T*x))", wrt: 'T', shape: { T: 'kxd', x: 'd', y: 'k' }, assume: { y: 'onehot' }, seed: 3, cases: 100 });
    expect(() => argsFromState(s)).toThrow(/no claim/);
  });
});

// Never skipped: scripts/chromium.ts finds a browser on any machine after `npm install`, or fails saying why.
const suite = describe;
const name = 'the Check page in a browser';

const state = (s: Partial<CheckState>): CheckState => ({ kind: 'gradient', f: '', wrt: '', claim: '', gradient: '', shapes: '', assume: '', seed: '', cases: '', limit: '', ...s });
/** The line mcv derive prints for an unsupported f. */
const formatted = (j: { unsupported: { message: string } }) => `unsupported: ${j.unsupported.message}`;
const aXb = state({ f: "a'*X*b", wrt: 'X', claim: "a*b'", shapes: 'X=3x4, a=3, b=4' });

suite(name, () => {
  let site: SiteSession;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    site = await openSite();
    ({ page, errors } = site);
  });

  afterAll(async () => {
    await site?.close();
  });

  /**
   * `mcv … --json`: the program the command runs (cli/program.ts), in-process; cli/mcv.test.ts
   * shows the bundled command prints the same bytes.
   */
  async function mcvJson(args: string[]): Promise<{ code: number; out: string }> {
    let out = '';
    // --json right after the kind: the arguments may end with `-- EXPR`.
    const code = await runMcv([args[0]!, '--json', ...args.slice(1)], { out: (s) => void (out += s), err: () => undefined });
    return { code, out: out.trim() };
  }

  const text = (id: string) => page.locator(`[data-testid="${id}"]`).first().textContent();
  /** The verdict shown once the check in progress is over. */
  async function verdict(timeout = 30_000): Promise<string> {
    await page.locator('[data-testid="verdict"]').waitFor({ timeout });
    return (await text('verdict'))!;
  }
  /**
   * Opens the page as a shared link does: the fields come from the URL and the check runs. Already
   * on the Check page, the link is followed inside the site (client-side routing, as a click on a
   * link there does): the page stays loaded and its worker warm. A full load is in the shared-link
   * test.
   */
  async function open(s: CheckState): Promise<string> {
    const href = checkHref(s);
    if (new URL(page.url()).pathname !== '/check') {
      await page.goto(`${site.url}${href}`, { waitUntil: 'load' });
      return verdict();
    }
    if (s.seed.trim() === '') throw new Error('open() on the loaded page needs a seed: its command tells the new verdict from the one shown');
    await page.evaluate((h) => {
      window.history.pushState(null, '', h);
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    }, href);
    // The verdict of these fields is the one whose reproduce command is theirs, with their seed (a
    // fast check can replace the verdict shown without the page ever showing "running").
    const command = commandLine('npx mcv', s.kind === 'derive' ? deriveCommand(deriveArgsFromState(s), Number(s.seed)) : reproduceArgs(argsFromState(s), Number(s.seed)));
    await page.waitForFunction((c) => document.querySelector('[data-testid="command"]')?.textContent === c, command);
    return verdict();
  }
  async function fill(s: Partial<CheckState>): Promise<void> {
    if (s.kind) await page.selectOption('[data-testid="kind"]', s.kind);
    for (const k of ['f', 'wrt', 'claim', 'gradient', 'shapes', 'assume', 'seed', 'cases', 'limit'] as const) {
      if (s[k] === undefined) continue;
      // The gradient field is there for a Hessian only.
      if (k === 'gradient' && (await page.locator('[data-testid="gradient"]').count()) === 0) continue;
      await page.fill(`[data-testid="${k}"]`, s[k]);
    }
  }
  async function check(): Promise<string> {
    await page.click('[data-testid="check"]');
    return verdict();
  }

  test('the navbar links the page; a true claim from the notes, typed in, is verified', async () => {
    await page.goto(`${site.url}/check`, { waitUntil: 'load' });
    expect(await page.locator('.navbar__item', { hasText: 'Check' }).count()).toBeGreaterThan(0);
    await fill(aXb);
    // The live preview renders what was typed.
    await page.locator('[data-testid="preview"] .katex').first().waitFor();
    expect(await page.locator('[data-testid="preview"]').textContent()).toContain('X');
    expect(await check()).toBe('verified');
    expect(await text('message')).toMatch(/^df = Tr\(Gᵀ dX\) held in 100 random cases/);
    expect(await text('cases-run')).toBe('100');
    expect(Number(await text('max-error'))).toBeLessThanOrEqual(1);
    expect(await text('command')).toMatch(/^npx mcv gradient "a'\*X\*b" --wrt X --claim "a\*b'" --shape X=3x4 --shape a=3 --shape b=4 --seed -?\d+$/);
  });

  test('a wrong gradient is refuted with the shrunk counterexample as matrices and the two numbers', async () => {
    await page.goto(`${site.url}/check`, { waitUntil: 'load' });
    await fill({ kind: 'gradient', f: "x'*A*x", wrt: 'x', claim: '2*A*x', shapes: 'x=n, A=nxn', seed: '7' });
    expect(await check()).toBe('refuted');
    expect(await text('message')).toMatch(/^along dx, the finite difference of f is .* but Tr\(Gᵀ dx\) is/);
    expect(await page.locator('[data-testid="counterexample"] [data-testid="matrix"] .katex .mtable').count()).toBe(3); // x, A and dx
    expect(await page.locator('[data-testid="counterexample"] .katex-error').count()).toBe(0);
    expect(await text('expected')).not.toBe(await text('actual'));
  });

  test('a Hessian: the single-direction trap refuted with both directions shown, as mcv does; the map form of log|det X| verified', async () => {
    await page.goto(`${site.url}/check`, { waitUntil: 'load' });
    const trap = { kind: 'hessian', f: "x'*A*x", wrt: 'x', claim: '2*A', shapes: 'x=n, A=nxn', seed: '3' } as const;
    await fill(trap);
    await page.locator('[data-testid="preview"] .katex').first().waitFor();
    expect(await check()).toBe('refuted');
    // As mcv: the derived Hessian up front, in the claim's (matrix) form.
    expect(await text('derived-gradient')).toBe("A + A'");
    expect(await page.locator('[data-testid="derived-hint"] .katex-error').count()).toBe(0);
    expect(await text('message')).toMatch(/^along dx and dx₂, the mixed second difference of f is .* but Tr\(dx₂ᵀ H\[dx\]\) is/);
    expect(await page.locator('[data-testid="counterexample"] [data-testid="matrix"] .katex .mtable').count()).toBe(4); // x, A, dx and dx₂
    expect(await page.locator('[data-testid="counterexample"] .katex-error').count()).toBe(0);
    const args = ['hessian', "x'*A*x", '--wrt', 'x', '--claim', '2*A', '--shape', 'x=n', '--shape', 'A=nxn', '--seed', '3'];
    expect(await text('command')).toBe(commandLine('npx mcv', args));
    expect(await text('json')).toBe((await mcvJson(args)).out);
    expect(page.url()).toContain('kind=hessian');
    mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'artifacts', 'check-page-hessian.png'), fullPage: true });
    await fill({ assume: 'A=symmetric' });
    expect(await check()).toBe('verified');
    await fill({ f: 'logdet(X)', wrt: 'X', claim: "-(inv(X)*dX*inv(X))'", gradient: "inv(X)'", shapes: 'X=nxn', assume: 'X=invertible', cases: '30' });
    expect(await check()).toBe('verified');
    expect(await text('message')).toMatch(/^d\(∇f\) = H\[dX\] held in 30 random cases/);
    expect(await text('command')).toMatch(/^npx mcv hessian "logdet\(X\)" --wrt X --claim "-\(inv\(X\)\*dX\*inv\(X\)\)'" --gradient "inv\(X\)'" /);
  });

  test("malformed input: the CLI's message next to the field at fault, and the page goes on", async () => {
    await page.goto(`${site.url}/check`, { waitUntil: 'load' });
    await fill({ ...aXb, f: "a'*X*" });
    expect(await page.locator('[data-field="f"] [data-testid="f-parse"]').textContent()).toMatch(/Does not parse yet/);
    expect(await check()).toBe('error');
    const cli = await mcvJson(['gradient', "a'*X*", '--wrt', 'X', '--claim', "a*b'", '--shape', 'X=3x4', '--shape', 'a=3', '--shape', 'b=4']);
    expect(cli.code).toBe(2);
    expect(await page.locator('[data-field="f"] [data-testid="message"]').textContent()).toBe((JSON.parse(cli.out) as { error: string }).error);
    await fill({ f: "a'*X*b", shapes: 'X=3y4, a=3, b=4' });
    expect(await check()).toBe('error');
    expect(await page.locator('[data-field="shapes"] [data-testid="message"]').textContent()).toMatch(/shape of X: "3y4" is not a shape/);
    await fill({ shapes: 'X=3x4, a=3, b=4', assume: 'X=spd' });
    expect(await check()).toBe('error');
    expect(await page.locator('[data-field="assume"] [data-testid="message"]').textContent()).toMatch(/spd/);
    await fill({ assume: '', wrt: 'Y' });
    expect(await check()).toBe('error');
    expect(await page.locator('[data-field="wrt"] [data-testid="message"]').textContent()).toMatch(/--wrt Y names no variable/);
    await fill({ wrt: 'X', limit: 'soon' });
    expect(await check()).toBe('error');
    expect(await page.locator('[data-field="limit"] [data-testid="message"]').textContent()).toMatch(/--time-limit soon: give a number of seconds/);
    await fill({ limit: '' });
    expect(await check()).toBe('verified');
  });

  test('a pathological input is stopped with a clear message, and the page answers the next check', async () => {
    await page.goto(`${site.url}/check`, { waitUntil: 'load' });
    // Huge: the oracle refuses the work.
    await fill({ kind: 'gradient', f: 'logdet(X)', wrt: 'X', claim: "inv(X)'", shapes: 'X=500x500', assume: 'X=spd' });
    expect(await check()).toBe('error');
    expect(await text('message')).toMatch(/more arithmetic than the limit allows|time limit|ran out of time/);
    // Slow: stopped by the reader (the worker is terminated and replaced) …
    await fill({ f: 'trace(X*X)', claim: "2*X'", shapes: 'X=250x250', assume: '' });
    await page.click('[data-testid="check"]');
    await page.waitForTimeout(500);
    await page.click('[data-testid="stop"]');
    expect(await verdict()).toBe('error');
    expect(await text('message')).toMatch(/you stopped the check after/);
    // … or by the time limit: the reader's (2 s here; mcv's 8 s when the field is empty).
    await fill({ limit: '2' });
    const started = Date.now();
    expect(await check()).toBe('error');
    expect(await text('message')).toMatch(/time limit of 2 s|ran out of time|stopped after/);
    expect(Date.now() - started).toBeLessThan(2_000 + 2_000 + 3_000);
    await fill({ ...aXb, limit: '' });
    expect(await check()).toBe('verified');
  });

  test('a shared link fills the fields and reproduces the verdict exactly', async () => {
    await page.goto(`${site.url}/check`, { waitUntil: 'load' });
    await fill({ kind: 'identity', f: 'trace(X*Y)', claim: 'trace(X)*trace(Y)', shapes: 'X=nxn, Y=nxn' });
    expect(await check()).toBe('refuted');
    const json = await text('json');
    const href = await page.locator('[data-testid="share"]').getAttribute('href');
    expect(page.url()).toBe(`${site.url}${href}`);
    const other = await site.context.newPage();
    try {
      await other.goto(`${site.url}${href}`, { waitUntil: 'load' });
      await other.locator('[data-testid="verdict"]').waitFor({ timeout: 30_000 });
      expect(await other.locator('[data-testid="verdict"]').textContent()).toBe('refuted');
      expect(await other.locator('[data-testid="f"]').inputValue()).toBe('trace(X*Y)');
      expect(await other.locator('[data-testid="kind"]').inputValue()).toBe('identity');
      expect(await other.locator('[data-testid="json"]').textContent()).toBe(json);
    } finally {
      await other.close();
    }
  });

  /*
   * Byte for byte where the arithmetic is IEEE's own (+ − × ÷ √: products, inverses, traces,
   * determinants): the engine is deterministic given the seed. Not for exp, log, sin and cos: the
   * V8 of Chromium 156 and of Node 20 round a few per cent of their results differently in the
   * last bit, so there the evidence must agree in everything but the last digits of its numbers.
   */
  test("in-browser verdicts are mcv's: the same --json evidence (byte for byte without exp/log), and the command shown reproduces it", async () => {
    const cases: [CheckState, string[], 'exact' | 'transcendental'][] = [
      [state({ ...aXb, seed: '11' }), ['gradient', "a'*X*b", '--wrt', 'X', '--claim', "a*b'", '--shape', 'X=3x4', '--shape', 'a=3', '--shape', 'b=4', '--seed', '11'], 'exact'],
      [
        state({ f: "x'*A*x", wrt: 'x', claim: '2*A*x', shapes: 'x=n, A=nxn', seed: '7' }),
        ['gradient', "x'*A*x", '--wrt', 'x', '--claim', '2*A*x', '--shape', 'x=n', '--shape', 'A=nxn', '--seed', '7'],
        'exact',
      ],
      [state({ ...aXb, claim: "b*a'", seed: '1' }), ['gradient', "a'*X*b", '--wrt', 'X', '--claim', "b*a'", '--shape', 'X=3x4', '--shape', 'a=3', '--shape', 'b=4', '--seed', '1'], 'exact'],
      [
        state({ kind: 'differential', f: 'inv(X)', wrt: 'X', claim: 'inv(X)*dX*inv(X)', shapes: 'X=nxn', assume: 'X=invertible', seed: '-3', cases: '40' }),
        ['differential', 'inv(X)', '--wrt', 'X', '--claim', 'inv(X)*dX*inv(X)', '--shape', 'X=nxn', '--assume', 'X=invertible', '--cases', '40', '--seed', '-3'],
        'exact',
      ],
      [
        state({ f: "-y'*log(softmax(T*x))", wrt: 'T', claim: "(softmax(T*x) - y)*x'", shapes: 'T=kxd, x=d, y=k', assume: 'y=onehot', seed: '2', cases: '30' }),
        // f starts with a minus: mcv takes it as the expression all the same, no `--` needed.
        [
          'gradient',
          "-y'*log(softmax(T*x))",
          '--wrt',
          'T',
          '--claim',
          "(softmax(T*x) - y)*x'",
          '--shape',
          'T=kxd',
          '--shape',
          'x=d',
          '--shape',
          'y=k',
          '--assume',
          'y=onehot',
          '--cases',
          '30',
          '--seed',
          '2',
        ],
        'transcendental',
      ],
      [
        state({ kind: 'differential', f: 'sigmoid(X)', wrt: 'X', claim: 'sigmoid(X) .* dX', shapes: 'X=mxn', seed: '5' }),
        ['differential', 'sigmoid(X)', '--wrt', 'X', '--claim', 'sigmoid(X) .* dX', '--shape', 'X=mxn', '--seed', '5'],
        'transcendental',
      ],
    ];
    const cli = await Promise.all(cases.map(([, args]) => mcvJson(args)));
    for (const [i, [s, args, arithmetic]] of cases.entries()) {
      const what = args.join(' ');
      const v = await open(s);
      const want = JSON.parse(cli[i]!.out) as Evidence;
      expect(v, what).toBe(want.verdict);
      expect(await text('command'), what).toBe(commandLine('npx mcv', args));
      const json = (await text('json'))!;
      if (arithmetic === 'exact') {
        expect(json, what).toBe(cli[i]!.out);
        continue;
      }
      const got = JSON.parse(json) as Evidence;
      const close = (a: number | undefined, b: number | undefined) => expect(Math.abs(a! - b!), `${what}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-3 + 0.05 * Math.max(Math.abs(a!), Math.abs(b!)));
      const outline = (e: Evidence) => ({ verdict: e.verdict, cases: e.cases, discarded: e.discarded, seed: e.seed, path: e.path, counterexample: Boolean(e.counterexample) });
      expect(outline(got), what).toEqual(outline(want));
      close(got.maxError, want.maxError);
      if (want.counterexample) {
        const [g, w] = [got.counterexample!, want.counterexample];
        expect({ dims: g.dims, values: g.values, direction: g.direction, labels: g.labels, entry: g.entry }, what).toEqual({
          dims: w.dims,
          values: w.values,
          direction: w.direction,
          labels: w.labels,
          entry: w.entry,
        });
        close(g.expected, w.expected);
        close(g.actual, w.actual);
      }
    }
  });

  test('the examples come from the catalogue, and every rule page links here prefilled', async () => {
    await page.goto(`${site.url}/check`, { waitUntil: 'load' });
    const menu = page.locator('[data-testid="example"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="example"] option').length > 10);
    await menu.selectOption('grad-quadratic-form/two-ax-without-symmetry');
    expect(await verdict()).toBe('refuted');
    expect(await page.locator('[data-testid="claim"]').inputValue()).toBe('2*A*x');
    await menu.selectOption('derive/grad-quadratic-form');
    await page.waitForFunction(() => document.querySelector('[data-testid="command"]')?.textContent?.startsWith('npx mcv derive'));
    expect(await verdict()).toBe('derived');
    expect(await text('derived-result')).toBe("(A + A')*x");
    await page.goto(`${site.url}/rules/grad-bilinear-matrix`, { waitUntil: 'load' });
    // The first link checks the rule's claim (the one further down derives its gradient).
    await page.locator('article a[href^="/check?"]').first().click();
    expect(await verdict()).toBe('verified');
    expect(await page.locator('[data-testid="f"]').inputValue()).toBe("a'*X*b");
    expect(await page.locator('[data-testid="shapes"]').inputValue()).toBe('a=m, X=mxn, b=n');
  });

  test('every rule page links to the Check page filled with its own claim', () => {
    for (const r of RULES) {
      const html = readFileSync(join(BUILD_DIR, 'rules', r.id, 'index.html'), 'utf8');
      const href = /href="\/check\?([^"]*)"/.exec(html)?.[1];
      expect(href, `rules/${r.id} has no link to /check`).toBeDefined();
      expect(stateFromQuery(href!.replace(/&amp;/g, '&')), r.id).toEqual(stateFromClaim(ruleClaim(r)));
    }
  });

  test('a phone-sized screen never scrolls sideways; screenshots are saved for review', async () => {
    const dir = join(ROOT, 'artifacts');
    mkdirSync(dir, { recursive: true });
    await open(state({ f: "x'*A*x", wrt: 'x', claim: '2*A*x', shapes: 'x=n, A=nxn', seed: '7' }));
    await page.screenshot({ path: join(dir, 'check-page.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await open(state({ kind: 'identity', f: "inv(A + C*B*C')", claim: "inv(A) + inv(A)*C*inv(inv(B) + C'*inv(A)*C)*C'*inv(A)", shapes: 'A=nxn, B=kxk, C=nxk', assume: 'A=spd, B=spd', seed: '4' }));
      const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(scroll, `${scroll}px wide on a ${inner}px screen`).toBeLessThanOrEqual(inner);
      await page.screenshot({ path: join(dir, 'check-page-phone.png'), fullPage: true });
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  /** `mcv derive … --json`, in-process (cli/mcv.test.ts shows the bundle prints the same bytes). */
  async function deriveJson(s: CheckState): Promise<{ code: number; out: string }> {
    const argv = deriveCommand(deriveArgsFromState(s), Number(s.seed));
    const i = argv.indexOf('--');
    const args = i >= 0 ? [...argv.slice(0, i), '--json', ...argv.slice(i)] : [...argv, '--json'];
    let out = '';
    const code = await runMcv(args, { out: (x) => void (out += x), err: () => undefined });
    return { code, out: out.trim() };
  }

  test('Derive: the derivation rendered line by line with KaTeX and rule links, as mcv derive finds it (one with an assumption; broadcasting; a dimension argument; a matrix F; unsupported; bad input)', async () => {
    if (new URL(page.url()).pathname !== '/check') await page.goto(`${site.url}/check`, { waitUntil: 'load' });
    const derive = (x: Partial<CheckState>) => state({ kind: 'derive', seed: '1', cases: '20', ...x });
    const problems: [CheckState, string][] = [
      // x'Ax with A symmetric: the assumption turns (A + A')x into 2Ax.
      [derive({ f: "x'*A*x", wrt: 'x', shapes: 'x=n, A=nxn', assume: 'A=symmetric' }), '2*A*x'],
      // Exercise 2 of the notes: softmax regression with a one-hot label.
      [derive({ f: "-y'*log(softmax(T*x))", wrt: 'T', shapes: 'T=kxd, x=d, y=k', assume: 'y=onehot' }), "(softmax(T*x) - y)*x'"],
      // Exercise 1: least squares.
      [derive({ f: "norm(X*theta - y,'fro')^2", wrt: 'theta', shapes: 'X=mxd, theta=d, y=m' }), "2*X'*(X*theta - y)"],
      // Broadcasting: a scalar bias added to every entry of the column X*w.
      [derive({ f: 'norm(X*w + b - y)^2', wrt: 'b', shapes: 'X=mxd, w=d, b=1, y=m' }), '2*sum(X*w + b - y)'],
      // A dimension argument: batch-first softmax regression, softmax along each row, one-hot rows.
      [derive({ f: '-sum(sum(Y.*log(softmax(X*W,2))))', wrt: 'W', shapes: 'X=nxd, W=dxk, Y=nxk', assume: 'Y=onehot-rows' }), "X'*(softmax(X*W, 2) - Y)"],
    ];
    for (const [s, G] of problems) {
      const cli = await deriveJson(s);
      expect(cli.code, s.f).toBe(0);
      expect(await open(s), s.f).toBe('derived');
      // The same derivation as mcv derive --json, byte for byte (it prints no measured number).
      expect(await text('json'), s.f).toBe(cli.out);
      expect(await text('derived-result'), s.f).toBe(G);
      const want = JSON.parse(cli.out) as { steps: { by: string[] }[] };
      expect(await page.locator('[data-testid="derive-step"]').count(), s.f).toBe(want.steps.length);
      expect(await page.locator('[data-testid="derive-steps"] .katex').count(), s.f).toBeGreaterThan(want.steps.length);
      expect(await page.locator('[data-testid="derive-steps"] .katex-error').count(), s.f).toBe(0);
      // Every rule cited, linked to its page: each line's, then the read-off line's, which starts with
      // trace-transpose and adds the simplification identities its G needed, if any.
      const links = await page.locator('[data-testid="derive-steps"] [data-testid="rule-link"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const lineRules = want.steps.flatMap((x) => x.by).map((id) => `/rules/${id}`);
      expect(links.slice(0, lineRules.length), s.f).toEqual(lineRules);
      expect(links[lineRules.length], s.f).toBe('/rules/trace-transpose');
      expect(RULES.map((r) => `/rules/${r.id}`)).toEqual(expect.arrayContaining(links));
      if (s.f.startsWith('norm')) {
        // The gradient as code, each target's file byte for byte what mcv derive --emit prints.
        for (const target of ['numpy', 'ts']) {
          await page.locator(`[data-testid="code-tab-${target}"]`).click();
          let emitted = '';
          await runMcv([...deriveCommand(deriveArgsFromState(s), Number(s.seed)), '--emit', target], { out: (x) => void (emitted += x), err: () => undefined });
          expect(await text('code'), target).toBe(emitted);
        }
        // The gradient in its variable's form: a column as number[], a scalar bias as a number.
        expect(await text('code')).toMatch(/export function gradient\(variables: Variables\): number(\[\])? \{/);
        expect(await page.locator('[data-testid="copy-code"]').count()).toBe(1);
      }
      if (s.assume !== 'y=onehot') continue;
      // The one-hot assumption is said where it is used.
      const steps = await page.locator('[data-testid="derive-steps"]').textContent();
      expect(steps).toContain('y is one-hot, so');
      expect(steps).toContain('onehot-columns-ones');
      mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'artifacts', 'check-page-derive.png'), fullPage: true });
    }
    // A matrix-valued F: its differential dF.
    const F = derive({ f: 'inv(X)*A', wrt: 'X', shapes: 'X=nxn, A=nxn', assume: 'X=invertible' });
    expect(await open(F)).toBe('derived');
    expect(await text('derived-result')).toBe('-inv(X)*dX*inv(X)*A');
    expect(await text('message')).toMatch(/^dF \(as a differential claim\) and J \(as a Jacobian claim\) verified in 20 random cases each; seed 1$/);
    expect(await text('derived-jacobian')).toBe("-kron((inv(X)*A)', inv(X))");
    // Something it cannot differentiate: exit 3 in mcv, the same message here.
    const spectral = derive({ f: 'trace(X) + norm(X, 2)', wrt: 'X', shapes: 'X=nxn' });
    const cli = await deriveJson(spectral);
    expect(cli.code).toBe(3);
    expect(await open(spectral)).toBe('unsupported');
    expect(`unsupported: ${await text('message')}`).toBe(formatted(JSON.parse(cli.out) as { unsupported: { message: string } }));
    expect(await page.locator('[data-testid="derive-step"]').count()).toBe(0);
    // Bad input: the message of mcv derive next to the field at fault.
    await fill({ wrt: 'Y' });
    expect(await check()).toBe('error');
    const bad = await deriveJson({ ...spectral, wrt: 'Y' });
    expect(bad.code).toBe(2);
    expect(await page.locator('[data-field="wrt"] [data-testid="message"]').textContent()).toBe((JSON.parse(bad.out) as { error: string }).error);
    expect(await page.locator('[data-testid="claim"]').count(), 'Derive has no claim field').toBe(0);
  });

  test('a refuted gradient shows the derived gradient up front, and its link opens the Derive kind filled in', async () => {
    const wrong = state({ f: "x'*A*x", wrt: 'x', claim: '2*A*x', shapes: 'x=n, A=nxn', seed: '7' });
    expect(await open(wrong)).toBe('refuted');
    const hint = page.locator('[data-testid="derived-hint"]');
    expect(await hint.isVisible()).toBe(true);
    expect(await text('derived-gradient')).toBe("(A + A')*x");
    expect(await hint.locator('.katex').count()).toBeGreaterThan(0);
    // The mistake explained, as mcv prints it after "diagnosis:" (the same code, in the worker).
    const cli = JSON.parse((await mcvJson(['gradient', "x'*A*x", '--wrt', 'x', '--claim', '2*A*x', '--shape', 'x=n', '--shape', 'A=nxn', '--seed', '7'])).out) as { diagnosis: { summary: string } };
    expect(await text('diagnosis')).toBe(`Diagnosis: ${cli.diagnosis.summary}`);
    expect(await text('diagnosis')).toMatch(/only if A is symmetric/);
    // And the counterexample's two numbers in words: how far apart, and how many times the tolerance.
    expect(await text('difference-note')).toMatch(/^they differ by [\d.e-]+%, (\d+|10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+) times what rounding can explain$/);
    await page.locator('[data-testid="derive-link"]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="command"]')?.textContent?.startsWith('npx mcv derive'));
    expect(await verdict()).toBe('derived');
    expect(await page.locator('[data-testid="kind"]').inputValue()).toBe('derive');
    expect(await page.locator('[data-testid="f"]').inputValue()).toBe("x'*A*x");
    expect(await text('derived-result')).toBe("(A + A')*x");
    expect(page.url()).toContain('kind=derive');
  });

  test('no shapes typed: they are inferred and shown; a Jacobian is checked, a wrong one gets the derived one, and Derive reads J off a matrix F', async () => {
    const aXbBare = { ...aXb, shapes: '', seed: '3' };
    expect(await open(aXbBare)).toBe('verified');
    expect(await text('shapes-inferred')).toBe('shapes: a=m, X=mxn, b=n (inferred from use; --shape sets them)');
    expect(await text('command')).toBe(commandLine('npx mcv', reproduceArgs(argsFromState(aXbBare), 3)));
    const softmax = state({ kind: 'jacobian', f: 'softmax(x)', wrt: 'x', claim: "diag(softmax(x)) - softmax(x)*softmax(x)'", seed: '1', cases: '20' });
    expect(await open(softmax)).toBe('verified');
    expect(await text('message')).toMatch(/^d vec F = J d vec x held in 20 random cases/);
    expect(await text('shapes-inferred')).toBe('shapes: x=n (inferred from use; --shape sets them)');
    const transposed = state({ kind: 'jacobian', f: 'A*x', wrt: 'x', claim: "A'", seed: '2', cases: '20' });
    const cli = await mcvJson(reproduceArgs(argsFromState(transposed), 2));
    expect(cli.code).toBe(1);
    expect(await open(transposed)).toBe('refuted');
    expect(await text('json')).toBe(cli.out);
    expect(await text('derived-gradient')).toBe('A');
    const kron = state({ kind: 'derive', f: 'A*X*B', wrt: 'X', seed: '1', cases: '20' });
    expect(await open(kron)).toBe('derived');
    expect(await text('shapes-inferred')).toBe('shapes: A=mxn, X=nxk, B=kxp (inferred from use; --shape sets them)');
    expect(await text('derived-jacobian')).toBe("kron(B', A)");
    expect(await page.locator('[data-testid="derive-jacobian"] .katex').count()).toBeGreaterThan(0);
  });

  test('Derive with several variables (wrt X,theta): the whole df, each part to its G, and G_X, G_theta as mcv derive --wrt X,theta gives them', async () => {
    const several = state({ kind: 'derive', f: 'norm(X*theta - y)^2', wrt: 'X,theta', shapes: 'X=mxd, theta=d, y=m', seed: '1', cases: '20' });
    const cli = await deriveJson(several);
    expect(cli.code).toBe(0);
    expect(await open(several)).toBe('derived');
    expect(await text('json')).toBe(cli.out);
    let plain = '';
    await runMcv(deriveCommand(deriveArgsFromState(several), 1), { out: (x) => void (plain += x), err: () => undefined });
    expect(await text('text')).toBe(plain.trim());
    const want = JSON.parse(cli.out) as { wrt: string[]; steps: unknown[]; gradients: Record<string, { gradient: string; steps: unknown[] }> };
    expect(want.wrt).toEqual(['X', 'theta']);
    // One line per variable, as the CLI's last lines: G_X = …, G_theta = ….
    expect(await page.locator('[data-testid="several-result"]').allTextContents()).toEqual(want.wrt.map((w) => `G_${w} = ${want.gradients[w]!.gradient}`));
    expect(plain.trimEnd().split('\n').slice(-2)).toEqual(want.wrt.map((w) => `G_${w} = ${want.gradients[w]!.gradient}`));
    // The whole df, then each variable's lines and its gradient, rendered with KaTeX.
    const partLines = want.wrt.reduce((n, w) => n + want.gradients[w]!.steps.length, 0);
    expect(await page.locator('[data-testid="derive-step"]').count()).toBe(want.steps.length + partLines);
    expect(await page.locator('[data-testid="derive-result"]').count()).toBe(2);
    expect(await page.locator('[data-testid="several-part"]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-wrt')))).toEqual(['X', 'theta']);
    expect(await page.locator('[data-testid="result"] .katex-error').count()).toBe(0);
    expect(await text('lines-checked')).toBe(String(want.steps.length + partLines + 2));
    // Each G links to the gradient check of itself, with respect to its own variable.
    const links = await page.locator('[data-testid="check-derived"]').evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href') ?? '', 'http://x').searchParams.get('wrt')));
    expect(links).toEqual(['X', 'theta']);
  });

  test('the new functions on the page: relu derived with its kink said, as mcv derive --json; softplus gradient verified and a wrong one refuted, as mcv', async () => {
    const relu = state({ kind: 'derive', f: 'sum(relu(X*w))', wrt: 'w', shapes: 'X=mxd, w=d', seed: '1', cases: '20' });
    const cli = await deriveJson(relu);
    expect(cli.code).toBe(0);
    expect(await open(relu)).toBe('derived');
    expect(await text('json')).toBe(cli.out);
    expect(await text('derived-result')).toBe((JSON.parse(cli.out) as { gradient: string }).gradient);
    expect(await page.locator('[data-testid="derive-steps"]').textContent()).toContain('relu has a kink at 0');
    const softplus = { f: 'sum(softplus(X*w))', wrt: 'w', shapes: 'X=mxd, w=d', cases: '20' };
    for (const [claim, seed, verdict] of [
      ["X'*sigmoid(X*w)", '2', 'verified'],
      ["X'*(1 ./ (1 + exp(X*w)))", '3', 'refuted'],
    ] as const) {
      const s = state({ ...softplus, claim, seed });
      const args = reproduceArgs(argsFromState(s), Number(seed));
      const expected = await mcvJson(args);
      expect(JSON.parse(expected.out).verdict, claim).toBe(verdict);
      expect(await open(s), claim).toBe(verdict);
    }
  });

  test('no console error at any time', () => {
    expect(errors).toEqual([]);
  });
});
