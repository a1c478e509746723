/** One unit of benchmark work, run in a worker process (bench/worker.ts) or in the main one. */
import { RULES } from '../rules/index.js';
import type { GradientRule, HessianRule, Rule } from '../rules/schema.js';
import { detectRule } from './detection.js';
import { falseAlarmsOf } from './falseAlarms.js';
import { gradcheckRule } from './gradcheck.js';
import type { DetectionResult, FalseAlarmResult, GradcheckResult, ScaleResult, Settings } from '../properties/presentation/benchResults.js';
import { scaleInvarianceOf } from './scaleInvariance.js';

export type Phase = 'detection' | 'falseAlarms' | 'scale' | 'gradcheck';
export interface Task {
  phase: Phase;
  id: string;
  /** gradcheck: the Python that imports torch. */
  python?: string;
}
export type TaskResult =
  | { phase: 'detection'; result: DetectionResult }
  | { phase: 'falseAlarms'; result: FalseAlarmResult }
  | { phase: 'scale'; result: ScaleResult }
  | { phase: 'gradcheck'; result: GradcheckResult };

function rule(id: string): Rule {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id} in the catalogue`);
  return r;
}

export function runTask(task: Task, settings: Settings): TaskResult {
  const r = rule(task.id);
  switch (task.phase) {
    case 'detection':
      if (r.kind !== 'gradient' && r.kind !== 'hessian') throw new Error(`${r.id} is not a gradient or Hessian rule`);
      return { phase: 'detection', result: detectRule(r as GradientRule | HessianRule, settings) };
    case 'falseAlarms':
      return { phase: 'falseAlarms', result: falseAlarmsOf(r, settings) };
    case 'scale':
      return { phase: 'scale', result: scaleInvarianceOf(r, settings) };
    case 'gradcheck':
      if (r.kind !== 'gradient') throw new Error(`${r.id} is not a gradient rule`);
      return { phase: 'gradcheck', result: gradcheckRule(r as GradientRule, settings, task.python!) };
  }
}
