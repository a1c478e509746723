/** The mcv program run in-process, for the CLI's tests: what it writes to stdout and stderr, and its exit status. */
import { runMcv } from './program.js';

export async function mcv(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '',
    err = '';
  const code = await runMcv(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

/** `mcv … --json`, its output parsed. */
export async function json(...args: string[]) {
  const r = await mcv(...args, '--json');
  // biome-ignore lint/suspicious/noExplicitAny: the JSON output of mcv, read field by field by the assertions
  return { code: r.code, body: JSON.parse(r.out) as Record<string, any> };
}
