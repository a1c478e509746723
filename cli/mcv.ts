/**
 * `mcv`: check a gradient, a differential or an identity from the command line, list the
 * catalogue, or verify it. Exit status: 0 verified, 1 refuted, 2 bad input. The program itself is
 * in program.ts.
 */
import { runMcv } from './program.js';

// `mcv list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

// process.exit() would cut off output still queued for a pipe (`mcv list --json | …` stopped at
// 128 KiB); setting exitCode lets Node flush stdout and exit on its own.
process.exitCode = await runMcv(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
