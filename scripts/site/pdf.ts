/**
 * Prints the cheat sheet (the /cheatsheet page of the built site, scripts/site/printPage.ts) to
 * website/build/mcv-cheatsheet.pdf, and the two-page sheet (/quick-sheet, scripts/site/quickSheet.ts)
 * to website/build/mcv-quick-sheet.pdf, with chromium, as the last step of the site build (the
 * `mcv-cheatsheet-pdf` plugin in website/docusaurus.config.ts runs it after Docusaurus has written
 * the site). The page is printed as a reader's browser prints it, with the site's print
 * stylesheet (website/src/css/custom.css), from the built files themselves: chromium asks for
 * http://mcv.print/… and gets the file from the build folder, with no server and no network.
 *
 * Usage: npx tsx scripts/site/pdf.ts [build folder]   (default: website/build)
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../chromium.js';
import { CHEATSHEET_PATH, CHEATSHEET_PDF } from './printPage.js';
import { QUICK_SHEET_PATH, QUICK_SHEET_PDF } from './quickSheet.js';

const ORIGIN = 'http://mcv.print';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/** The file of the build that answers a path, as a static host maps it (/a/b → /a/b/index.html). */
function fileFor(buildDir: string, pathname: string): string | null {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(buildDir, safe);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return file.startsWith(buildDir) && existsSync(file) ? file : null;
}

/** A page of the site printed to a PDF of the build: its path, the PDF's name and the footer's title. */
interface Sheet {
  path: string;
  pdf: string;
  title: string;
  /** Paper margins, in millimetres (top, right, bottom, left). */
  margin: readonly [number, number, number, number];
}

const SHEETS: readonly Sheet[] = [
  { path: CHEATSHEET_PATH, pdf: CHEATSHEET_PDF, title: 'the verified cheat sheet', margin: [14, 14, 16, 14] },
  // Narrow margins: two columns of formulas on two pages.
  { path: QUICK_SHEET_PATH, pdf: QUICK_SHEET_PDF, title: 'the two-page sheet', margin: [9, 9, 11, 9] },
];

/** Prints the cheat sheet and the two-page sheet of the build in `buildDir` into it; returns their paths. */
export async function printCheatSheets(buildDir: string): Promise<string[]> {
  const dir = resolve(buildDir);
  for (const s of SHEETS) if (!fileFor(dir, s.path)) throw new Error(`${join(dir, s.path, 'index.html')} is missing: build the site first (npm run build:site)`);
  const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: CHROMIUM_FLAGS, headless: true });
  try {
    // The page needs no script to print: KaTeX was rendered at build time, and the theme's own
    // scripts would only hydrate what the print stylesheet hides.
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route(`${ORIGIN}/**`, async (route) => {
      const file = fileFor(dir, new URL(route.request().url()).pathname);
      if (!file) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    });
    // Anything else (there should be nothing) is refused: the PDF never depends on the network.
    await context.route(
      (url) => !url.href.startsWith(ORIGIN),
      (route) => route.abort(),
    );
    const outs: string[] = [];
    for (const s of SHEETS) outs.push(await printSheet(context, dir, s));
    return outs;
  } finally {
    await browser.close();
  }
}

async function printSheet(context: BrowserContext, dir: string, s: Sheet): Promise<string> {
  const out = join(dir, s.pdf);
  const page = await context.newPage();
  try {
    await page.goto(`${ORIGIN}${s.path}/`, { waitUntil: 'load' });
    // KaTeX's fonts load when text first uses them: wait for them before printing.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: `${s.margin[0]}mm`, right: `${s.margin[1]}mm`, bottom: `${s.margin[2]}mm`, left: `${s.margin[3]}mm` },
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:8px;width:100%;text-align:center;color:#444">matrix-calculus-verified · ${s.title} · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
      outline: true,
      tagged: true,
    });
    writeFileSync(out, pdf);
    return out;
  } finally {
    await page.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  try {
    const outs = await printCheatSheets(process.argv[2] ?? resolve(import.meta.dirname, '../../website/build'));
    for (const out of outs) process.stdout.write(`cheat sheet: ${out} (${(statSync(out).size / 1024).toFixed(0)} KB)\n`);
    process.stdout.write(`cheat sheets printed in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (e) {
    process.stderr.write(`cheat sheet: ${(e as Error).message}\n`);
    process.exit(1);
  }
}
