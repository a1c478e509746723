/**
 * Prints the cheat sheet (the /cheatsheet page of the built site, scripts/site/printPage.ts) to
 * website/build/mcv-cheatsheet.pdf with chromium, as the last step of the site build (the
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
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../chromium.js';
import { CHEATSHEET_PATH, CHEATSHEET_PDF } from './printPage.js';

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

/** Prints the cheat sheet page of the build in `buildDir` to `buildDir/mcv-cheatsheet.pdf`; returns its path. */
export async function printCheatSheet(buildDir: string): Promise<string> {
  const dir = resolve(buildDir);
  const out = join(dir, CHEATSHEET_PDF);
  if (!fileFor(dir, CHEATSHEET_PATH)) throw new Error(`${join(dir, CHEATSHEET_PATH, 'index.html')} is missing: build the site first (npm run build:site)`);
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
    const page = await context.newPage();
    await page.goto(`${ORIGIN}${CHEATSHEET_PATH}/`, { waitUntil: 'load' });
    // KaTeX's fonts load when text first uses them: wait for them before printing.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' },
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#444">matrix-calculus-verified · the verified cheat sheet · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
      outline: true,
      tagged: true,
    });
    writeFileSync(out, pdf);
    return out;
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  try {
    const out = await printCheatSheet(process.argv[2] ?? resolve(import.meta.dirname, '../../website/build'));
    process.stdout.write(`cheat sheet: ${out} (${(statSync(out).size / 1024).toFixed(0)} KB) printed in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (e) {
    process.stderr.write(`cheat sheet: ${(e as Error).message}\n`);
    process.exit(1);
  }
}
