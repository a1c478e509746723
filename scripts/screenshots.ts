/// <reference lib="dom" />
/**
 * Screenshots of the built site for people to look at: desktop and a 390 px phone, light and dark.
 * Usage: npx tsx scripts/screenshots.ts [path ...]   (default: a rule page, the catalogue, an exercise)
 * FULL=1 takes whole pages; TILES=1 also cuts them into viewport-sized tiles.
 * Writes artifacts/screenshots/<name>-<viewport>.png. Build the site first (npm run build:site).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, ROOT, launch, serveStatic } from './browser.js';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/rules/grad-bilinear-matrix', '/catalogue', '/exercises/least-squares'];
const out = join(ROOT, 'artifacts/screenshots');
mkdirSync(out, { recursive: true });
const server = await serveStatic(BUILD_DIR);
const views = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, dark: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, dark: false },
  { name: 'desktop-dark', viewport: { width: 1280, height: 900 }, dark: true },
];
for (const v of views) {
  const { context, close } = await launch(v.viewport);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.emulateMedia({ colorScheme: v.dark ? 'dark' : 'light' });
  for (const p of paths) {
    await page.goto(server.url + p, { waitUntil: 'networkidle' });
    const file = join(out, `${p.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}-${v.name}.png`);
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
    // TILES=1: the whole page as viewport-sized tiles (easier to look at than one tall image).
    if (process.env.TILES === '1') {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, k = 1; y < height; y += v.viewport.height, k++) {
        const tile = file.replace(/\.png$/, `-${k}.png`);
        await page.screenshot({ path: tile, fullPage: true, clip: { x: 0, y, width: v.viewport.width, height: Math.min(v.viewport.height, height - y) } });
        console.log(tile);
      }
    }
  }
  await close();
}
await server.close();
