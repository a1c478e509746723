/**
 * Runs benchmark tasks on worker processes, one per core: each is a separate Node process running
 * bench/worker.ts through tsx, so the cores share nothing. With one worker the tasks run in this
 * process instead.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runTask, type Task, type TaskResult } from './tasks.js';
import type { Settings } from '../properties/presentation/benchResults.js';

/** A task's result, its wall time and the CPU time it used (what an idle machine would need). */
export type Outcome = { task: Task; ok: true; result: TaskResult; seconds: number; cpuSeconds: number } | { task: Task; ok: false; error: string; seconds: number; cpuSeconds: number };

type Report = (o: Outcome, done: number, total: number) => void;

function runHere(task: Task, settings: Settings): Outcome {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const cpu = () => {
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1e6;
  };
  try {
    const result = runTask(task, settings);
    return { task, ok: true, result, seconds: (performance.now() - t0) / 1000, cpuSeconds: cpu() };
  } catch (e) {
    return { task, ok: false, error: e instanceof Error ? e.message : String(e), seconds: (performance.now() - t0) / 1000, cpuSeconds: cpu() };
  }
}

export async function runPool(tasks: readonly Task[], settings: Settings, workers: number, onDone: Report): Promise<Outcome[]> {
  const out: Outcome[] = [];
  const record = (o: Outcome) => {
    out.push(o);
    onDone(o, out.length, tasks.length);
  };
  if (workers <= 1) {
    for (const task of tasks) record(runHere(task, settings));
    return out;
  }
  const queue = [...tasks];
  const script = fileURLToPath(new URL('./worker.ts', import.meta.url));
  await new Promise<void>((resolve) => {
    let alive = 0;
    const spawn = () => {
      const child = fork(script, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced' });
      alive++;
      let current: { task: Task; t0: number } | null = null;
      const next = () => {
        const task = queue.shift();
        current = task ? { task, t0: performance.now() } : null;
        if (task) child.send({ task, settings });
        else child.disconnect();
      };
      child.on('message', (m: { ok: boolean; result?: TaskResult; error?: string; cpuSeconds?: number }) => {
        if (!current) return;
        const seconds = (performance.now() - current.t0) / 1000;
        const cpuSeconds = m.cpuSeconds ?? seconds;
        record(m.ok ? { task: current.task, ok: true, result: m.result!, seconds, cpuSeconds } : { task: current.task, ok: false, error: m.error ?? 'unknown error', seconds, cpuSeconds });
        next();
      });
      child.on('exit', (code) => {
        if (current) {
          // The worker died in the middle of a task: record it, and carry on with the others.
          const seconds = (performance.now() - current.t0) / 1000;
          record({ task: current.task, ok: false, error: `the worker exited with code ${code}`, seconds, cpuSeconds: seconds });
          current = null;
        }
        if (--alive === 0) {
          // No worker left: whatever remains runs here.
          for (let t = queue.shift(); t; t = queue.shift()) record(runHere(t, settings));
          resolve();
        }
      });
      next();
    };
    for (let i = 0; i < Math.min(workers, queue.length); i++) spawn();
    if (alive === 0) resolve();
  });
  return out;
}
