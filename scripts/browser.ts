/**
 * Helpers for the browser tests and the screenshot script: a static server for website/build on
 * 127.0.0.1 (a free port), chromium driven by playwright-core (Debian's, or the one npm installs:
 * scripts/chromium.ts finds it, and a missing browser fails the tests, never skips them), and the
 * site build itself.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumExecutable } from './chromium.js';
import { tryLock, unlock } from './lock.js';

export const ROOT = resolve(import.meta.dirname, '..');
export const BUILD_DIR = join(ROOT, 'website/build');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

/** Serves a static directory the way a host serves a Docusaurus build: /a/b → /a/b/index.html. */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, safe);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'not found');
      return;
    }
    // Hashed assets may be cached (as any host does): without it chromium reloads every bundle on every page.
    const cache = /\/assets\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cache });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** A persistent chromium context in a throw-away profile folder; `close` removes it. */
export async function launch(viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const executablePath = await chromiumExecutable();
  const profile = mkdtempSync(join(tmpdir(), 'mcv-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_FLAGS, viewport });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The built site served on 127.0.0.1, and a chromium page that records every error it raises. */
export interface SiteSession {
  url: string;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions, each prefixed by `where()` at the time. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Builds the site (unless MCV_SITE_BUILT=1 says website/build is current), serves it and opens
 * chromium on it: what every browser test file starts with.
 */
export async function openSite(where: () => string = () => ''): Promise<SiteSession> {
  if (process.env.MCV_SITE_BUILT !== '1') buildSite();
  const server = await serveStatic(BUILD_DIR);
  const browser = await launch();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors: string[] = [];
  const label = () => (where() ? `${where()}: ` : '');
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${label()}console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`${label()}uncaught: ${err.message}`));
  return {
    url: server.url,
    context: browser.context,
    page,
    errors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Cases per rule behind the evidence on the pages the browser tests build. */
const TEST_BUILD_CASES = 20;

/**
 * Generates the pages and builds the site (npm run build:site's two steps); throws with the output on failure.
 * Several test files need the build and vitest runs them in parallel: a lock keeps two builds from
 * writing website/build at once, and a build whose inputs (the seed and every source file the site
 * is made from) are those of the build already there is skipped, so one `npm test` builds once.
 */
export function buildSite(): void {
  const key = buildKey();
  withBuildLock(() => {
    const stamp = join(BUILD_DIR, '.mcv-build-key');
    if (key && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) {
      process.stderr.write('site: website/build is already built from these sources and this seed; reusing it\n');
      return;
    }
    // The pages' evidence with TEST_BUILD_CASES cases per rule unless MCV_RUNS says otherwise (the
    // verdicts themselves are rules.test.ts's, at 100 cases), and no minifying: these pages are read
    // by the tests, not downloaded, and the two save about 25 s of CPU in a run held to two minutes.
    // `npm run build:site` (and so `npm start`) builds the site as it ships.
    const env = { ...process.env, MCV_RUNS: process.env.MCV_RUNS ?? String(TEST_BUILD_CASES) };
    for (const [what, cmd, args] of [
      ['npm run docs:generate', 'npm', ['run', '--silent', 'docs:generate']],
      ['docusaurus build website --no-minify', 'npx', ['--no-install', 'docusaurus', 'build', 'website', '--no-minify']],
    ] as const) {
      const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', env });
      if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    }
    if (key) writeFileSync(stamp, key);
  });
}

/** What the site is built from; empty (always build) when no seed is set, since the build then draws its own. */
function buildKey(): string {
  if (!process.env.MCV_SEED) return '';
  const hash = createHash('sha256').update(`${process.env.MCV_SEED}/${process.env.MCV_RUNS ?? TEST_BUILD_CASES}/no-minify\n`);
  // Outputs and scratch files, not inputs: the build itself, generated pages, partial benchmark runs.
  const skip = new Set(['node_modules', 'build', '.docusaurus', 'tests', 'partial.json', 'quick.json']);
  const generated = new Set([join(ROOT, 'docs/rules'), join(ROOT, 'docs/generated')]);
  const walk = (path: string): void => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!skip.has(name) && !generated.has(join(path, name))) walk(join(path, name));
    } else hash.update(`${path}\n`).update(readFileSync(path));
  };
  for (const p of ['package.json', 'package-lock.json', 'rules', 'properties', 'cli', 'scripts', 'bench', 'docs', 'website']) walk(join(ROOT, p));
  return hash.digest('hex');
}

/** Runs `f` holding a lock shared by every process of this checkout (a directory: mkdir is atomic). */
function withBuildLock(f: () => void): void {
  // Under node_modules/.cache: ignored by git, and cleaned with node_modules.
  const lock = join(ROOT, 'node_modules/.cache/mcv-site-build.lock');
  mkdirSync(join(lock, '..'), { recursive: true });
  const started = Date.now();
  // A build takes minutes under load: stale after 20.
  while (!tryLock(lock, 20 * 60_000, Date.now() - started)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  try {
    f();
  } finally {
    unlock(lock);
  }
}
