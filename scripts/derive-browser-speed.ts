/**
 * How fast `mcv derive` is in the browser: every gradient rule and worked exercise derived and
 * verified (100 cases per line, as the page does by default) on the Check page's Derive kind, in
 * its Web Worker, in headless chromium on the built site. Prints the median and the slowest, both
 * as the worker measures it (derive + verify) and as the reader waits (click to rendered lines).
 *
 *   npx tsx scripts/derive-browser-speed.ts          # builds the site first (MCV_SITE_BUILT=1 reuses website/build)
 *
 * Not a test: timings depend on the machine and its load (say which when you quote them).
 */
import { RULES } from '../rules/index.js';
import { DERIVATIONS } from '../rules/derivations/index.js';
import { commandLine } from '../properties/presentation/args.js';
import { deriveCommand } from '../properties/presentation/derive.js';
import { deriveArgsFromState, deriveHref, stateFromQuery } from '../properties/presentation/url.js';
import { openSite } from './browser.js';

const problems = [
  ...RULES.flatMap((r) => (r.kind === 'gradient' ? [{ id: `rule ${r.id}`, f: r.f, wrt: r.wrt, shapes: r.shapes, assume: r.assume }] : [])),
  ...DERIVATIONS.map((d) => ({ id: `exercise ${d.id}`, f: d.f, wrt: d.wrt, shapes: d.shapes, assume: d.assume })),
];
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const site = await openSite();
try {
  const { page } = site;
  await page.goto(`${site.url}/check`, { waitUntil: 'load' });
  const worker: number[] = [];
  const wait: number[] = [];
  const rows: { id: string; worker: number; wait: number; verdict: string }[] = [];
  // Warm-up: the worker's code is loaded and compiled once, as for a reader's first derivation.
  for (const [i, p] of [problems[0]!, ...problems].entries()) {
    const href = deriveHref(p, { seed: 1 });
    const t0 = Date.now();
    await page.evaluate((h) => {
      window.history.pushState(null, '', h);
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    }, href);
    // The result of these fields: the command shown is theirs (the previous one is a different problem).
    const command = commandLine('npx mcv', deriveCommand(deriveArgsFromState(stateFromQuery(href.split('?')[1]!)!), 1));
    await page.waitForFunction((c) => document.querySelector('[data-testid="command"]')?.textContent === c, command, { timeout: 60_000 });
    const took = Date.now() - t0;
    const verdict = (await page.locator('[data-testid="verdict"]').textContent()) ?? '';
    const ms = Number(
      (await page
        .locator('[data-testid="elapsed"]')
        .getAttribute('data-ms')
        .catch(() => null)) ?? NaN,
    );
    if (i === 0) continue;
    worker.push(ms);
    wait.push(took);
    rows.push({ id: p.id, worker: ms, wait: took, verdict });
  }
  const notDerived = rows.filter((r) => r.verdict !== 'derived');
  console.log(`browser speed of mcv derive on the Check page (${problems.length} problems: every gradient rule and exercise, 100 cases per line, seed 1), ${new Date().toISOString().slice(0, 10)}:`);
  console.log(`  in the worker (derive + verify): median ${median(worker).toFixed(0)} ms, max ${Math.max(...worker).toFixed(0)} ms`);
  console.log(`  as the reader waits (to the rendered lines): median ${median(wait).toFixed(0)} ms, max ${Math.max(...wait).toFixed(0)} ms`);
  console.log(
    `  slowest: ${[...rows]
      .sort((a, b) => b.wait - a.wait)
      .slice(0, 3)
      .map((r) => `${r.id} ${r.wait} ms`)
      .join(', ')}`,
  );
  if (notDerived.length) console.log(`  NOT derived: ${notDerived.map((r) => `${r.id} (${r.verdict})`).join(', ')}`);
  if (site.errors.length) console.log(`  console errors:\n    ${site.errors.join('\n    ')}`);
} finally {
  await site.close();
}
