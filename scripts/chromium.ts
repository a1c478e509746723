/**
 * The browser every script and test drives: one place that says where chromium is and how it is
 * started. CHROMIUM_PATH names another executable; otherwise Debian's chromium at /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';

/** Flags that work as root in containers and keep chromium off the network (TOOLCHAIN.md). */
export const CHROMIUM_FLAGS: string[] = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** The chromium executable to launch; throws a message saying how to get one when there is none. */
export async function chromiumExecutable(): Promise<string> {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(
      `no chromium at ${path}${process.env.CHROMIUM_PATH ? ' (from CHROMIUM_PATH)' : ''}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH to a chromium executable`,
    );
  return path;
}
