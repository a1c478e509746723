/**
 * The one place that finds a chromium for the browser tests, the screenshots and any build step
 * that drives a browser (playwright-core launches it: `launch({ executablePath: await
 * chromiumExecutable(), args: CHROMIUM_FLAGS, headless: true })`).
 *
 * In order:
 * 1. `CHROMIUM_PATH`, when set (it must then exist: a wrong path is an error, not a fallback);
 *    `CHROMIUM_PATH=packaged` picks the packaged one below even where Debian's is installed (to
 *    run the tests as a machine without it would);
 * 2. Debian's chromium at /usr/bin/chromium, when installed;
 * 3. the headless chromium shipped inside the npm package @sparticuz/chromium (a dev dependency,
 *    so `npm install` brings it on any machine): unpacked to a temporary folder on first use, about
 *    4 s, then reused.
 * No browser is an error saying how to get one, never a reason to skip a test.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tryLock, unlock } from './lock.js';

/** Flags that work as root in containers, for Debian's chromium and the packaged one alike, and keep the browser off the network. */
export const CHROMIUM_FLAGS: string[] = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

/** Debian's chromium (the `chromium` package). */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

let packaged: Promise<string> | undefined;

/** The path of a chromium to launch; throws with what to do when there is none. */
export async function chromiumExecutable(): Promise<string> {
  const override = process.env.CHROMIUM_PATH;
  if (override && override !== 'packaged') {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH=${override}: no such file; point it at a chromium binary, or unset it to use ${SYSTEM_CHROMIUM} or the packaged @sparticuz/chromium`);
    return override;
  }
  if (override !== 'packaged' && existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  packaged ??= unpackPackaged();
  return packaged;
}

async function unpackPackaged(): Promise<string> {
  let mod: { default: { executablePath(): Promise<string> } };
  try {
    mod = (await import('@sparticuz/chromium')) as typeof mod;
  } catch (e) {
    throw new Error(
      `no chromium: ${SYSTEM_CHROMIUM} is absent and the package @sparticuz/chromium cannot be loaded (${(e as Error).message}). ` +
        'Run `npm install` (it brings @sparticuz/chromium, a dev dependency), or `apt-get install chromium`, or set CHROMIUM_PATH.',
    );
  }
  try {
    // It unpacks to a fixed temporary path and reuses what is there: two test workers unpacking at
    // once would each launch the other's half-written file, so one unpacks while the other waits.
    return await withLock(join(tmpdir(), 'mcv-chromium-unpack.lock'), () => mod.default.executablePath());
  } catch (e) {
    throw new Error(`no chromium: unpacking the one in @sparticuz/chromium failed (${(e as Error).message}); \`apt-get install chromium\` or set CHROMIUM_PATH`);
  }
}

/** Runs `f` holding a lock shared by every process on this machine (scripts/lock.ts); stale after 5 minutes. */
async function withLock<T>(lock: string, f: () => Promise<T>): Promise<T> {
  const started = Date.now();
  while (!tryLock(lock, 5 * 60_000, Date.now() - started)) await new Promise((ok) => setTimeout(ok, 100));
  try {
    return await f();
  } finally {
    unlock(lock);
  }
}
