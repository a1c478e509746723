/**
 * A lock shared by every process on this machine: a directory (mkdir is atomic) holding the
 * owner's pid. Used by the site build of the browser tests and by the unpacking of the packaged
 * chromium, which differ only in how they wait (synchronously, or with the event loop free).
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One attempt to take `lock`: true when taken. A lock left by a process that died, or older than
 * `staleMs`, is removed (so the next attempt can take it); `waitedMs` past `staleMs` is an error
 * naming the lock.
 */
export function tryLock(lock: string, staleMs: number, waitedMs: number): boolean {
  try {
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(process.pid));
    return true;
  } catch {
    let owner = NaN;
    try {
      owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    } catch {
      // Just created, pid not written yet.
    }
    let alive = false;
    try {
      if (Number.isInteger(owner)) {
        process.kill(owner, 0);
        alive = true;
      }
    } catch {
      alive = false;
    }
    const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if ((Number.isInteger(owner) && !alive) || age > staleMs) rmSync(lock, { recursive: true, force: true });
    else if (waitedMs > staleMs) throw new Error(`waited ${Math.round(staleMs / 60_000)} minutes for ${lock}; remove it if nothing that takes it is running`);
    return false;
  }
}

/** Releases a lock taken with {@link tryLock}. */
export const unlock = (lock: string): void => rmSync(lock, { recursive: true, force: true });
