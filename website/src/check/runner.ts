/**
 * Runs checks in a Web Worker and stops one that runs too long: the oracle has its own time limit
 * (the same as `mcv`'s, so the message is the same), and if the worker still has not answered a
 * little after it, the worker is terminated and a fresh one takes the next check.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { TIME_LIMIT_MS, parseTimeLimit } from '../../../properties/presentation/args.js';
import type { CheckReply, CheckRequest, Job } from './protocol.js';

/** After the oracle's own limit, how long to wait for its answer before terminating the worker. */
export const GRACE_MS = 2_000;

/** A check that ended without the worker's answer. */
export interface Stopped {
  id: number;
  ok: false;
  stopped: 'timeout' | 'cancelled';
  message: string;
}

export type Outcome = CheckReply | Stopped;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The check's time limit; a malformed one is the oracle's to report (the worker answers with its message). */
function limitOf(job: Job): number {
  try {
    return parseTimeLimit('derive' in job ? job.derive.timeLimit : job.args.timeLimit) ?? TIME_LIMIT_MS;
  } catch {
    return TIME_LIMIT_MS;
  }
}

/** A worker-backed checker: `run` answers one check at a time, `stop` abandons the one in progress. */
export function useChecker(): { run: (job: Job) => Promise<Outcome>; stop: () => void; warm: () => void } {
  const worker = useRef<Worker | null>(null);
  const pending = useRef<{ id: number; started: number; limit: number; timer: ReturnType<typeof setTimeout>; done: (o: Outcome) => void } | null>(null);
  const nextId = useRef(1);

  const get = useCallback((): Worker => {
    if (!worker.current) {
      const w = new Worker(new URL('./check.worker.ts', import.meta.url));
      w.onmessage = (e: MessageEvent<CheckReply>) => {
        const p = pending.current;
        if (!p || p.id !== e.data.id) return;
        clearTimeout(p.timer);
        pending.current = null;
        p.done(e.data);
      };
      worker.current = w;
    }
    return worker.current;
  }, []);

  /** Ends the check in progress without its answer: the worker is terminated, the next check gets a new one. */
  const abandon = useCallback((stopped: Stopped['stopped']) => {
    const p = pending.current;
    worker.current?.terminate();
    worker.current = null;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    const took = seconds(Date.now() - p.started);
    p.done({
      id: p.id,
      ok: false,
      stopped,
      message:
        stopped === 'timeout'
          ? `the check was stopped after ${took}: it ran past the time limit of ${p.limit / 1000} s without an answer; use smaller sizes or fewer cases`
          : `you stopped the check after ${took}, before it reached a verdict`,
    });
  }, []);

  const run = useCallback(
    (job: Job) =>
      new Promise<Outcome>((resolve) => {
        if (pending.current) abandon('cancelled');
        const id = nextId.current++;
        const limit = limitOf(job);
        const timer = setTimeout(() => abandon('timeout'), limit + GRACE_MS);
        pending.current = { id, started: Date.now(), limit, timer, done: resolve };
        get().postMessage({ ...job, id } satisfies CheckRequest);
      }),
    [abandon, get],
  );

  const stop = useCallback(() => abandon('cancelled'), [abandon]);
  /** Starts the worker ahead of the first check, so its code is loaded by then. */
  const warm = useCallback(() => void get(), [get]);

  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  return useMemo(() => ({ run, stop, warm }), [run, stop, warm]);
}
