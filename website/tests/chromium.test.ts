/** scripts/chromium.ts: the browser the tests launch, found on any machine, or a failure saying how to get one. */
import { accessSync, constants } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { CHROMIUM_FLAGS, SYSTEM_CHROMIUM, chromiumExecutable } from '../../scripts/chromium.js';

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

test('CHROMIUM_PATH naming no file is an error naming it, not a fallback', async () => {
  process.env.CHROMIUM_PATH = '/no/such/chromium';
  await expect(chromiumExecutable()).rejects.toThrow(/CHROMIUM_PATH=\/no\/such\/chromium: no such file/);
});

test("without CHROMIUM_PATH there is always an executable browser (Debian's, or the packaged one)", async () => {
  delete process.env.CHROMIUM_PATH;
  const exe = await chromiumExecutable();
  expect(() => accessSync(exe, constants.X_OK)).not.toThrow();
  expect(CHROMIUM_FLAGS).toContain('--no-sandbox');
  expect(SYSTEM_CHROMIUM).toBe('/usr/bin/chromium');
});
