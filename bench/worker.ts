/** A benchmark worker: runs the tasks its parent sends (bench/pool.ts) and sends back the results. */
import { runTask, type Task } from './tasks.js';
import type { Settings } from '../properties/presentation/benchResults.js';

process.on('message', (msg: { task: Task; settings: Settings }) => {
  try {
    const c0 = process.cpuUsage();
    const result = runTask(msg.task, msg.settings);
    const c = process.cpuUsage(c0);
    process.send!({ ok: true, task: msg.task, result, cpuSeconds: (c.user + c.system) / 1e6 });
  } catch (e) {
    process.send!({ ok: false, task: msg.task, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
process.on('disconnect', () => process.exit(0));
