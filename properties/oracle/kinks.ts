/**
 * Is a counterexample on a kink of f? The oracle's points include exact zeros and equal entries
 * (shrinking moves towards them), so a refutation can land where relu, abs, sign, max or min has
 * no derivative. The refutation stands (a symmetric difference measures the mean of the two sides
 * there, which a correct claim matches), but the reader is told, naming the subexpression: the
 * operations' entries say where their kinks are (`domain.onKink`).
 */
import type { MathNode } from 'mathjs';
import { compile, type Expr } from '../engine/expr.js';
import * as M from '../engine/matrix.js';
import type { Mat } from '../engine/matrix.js';
import { functionOp } from '../engine/ops/index.js';

/** Does f call an operation with a kink (relu, abs, max…: an entry with `domain.onKink`)? */
export function hasKinkOperations(f: Expr): boolean {
  let found = false;
  f.node.traverse((node: MathNode) => {
    if (node.type === 'FunctionNode' && functionOp((node as MathNode & { fn: { name: string } }).fn.name)?.domain.onKink) found = true;
  });
  return found;
}

/** The calls of f to operations with a kink, each with its arguments compiled (null where one does not compile on its own), per f: compiled once, read at every failing case. */
const KINKY_CALLS = new WeakMap<Expr, { node: MathNode; kink: string; onKink: (...entries: number[]) => boolean; args: Expr[] | null }[]>();

function kinkyCalls(f: Expr, opts: { field: 'f'; known: Set<string>; dims: Set<string> }) {
  let calls = KINKY_CALLS.get(f);
  if (calls) return calls;
  calls = [];
  const list = calls;
  f.node.traverse((node: MathNode) => {
    if (node.type !== 'FunctionNode') return;
    const n = node as MathNode & { fn: { name: string }; args: MathNode[] };
    const op = functionOp(n.fn.name);
    const onKink = op?.domain.onKink;
    if (!op || !onKink) return;
    let args: Expr[] | null;
    try {
      args = n.args.map((a) => compile(a.toString(), opts));
    } catch {
      // A subexpression that does not compile on its own: nothing to say about it.
      args = null;
    }
    list.push({ node, kink: op.domain.kink ?? '', onKink, args });
  });
  KINKY_CALLS.set(f, calls);
  return calls;
}

/** One sentence naming each subexpression of f that is at its kink at this point, or undefined. */
export function kinkNote(f: Expr, values: Readonly<Record<string, Mat>>, dims: Readonly<Record<string, number>>): string | undefined {
  const scope: Record<string, Mat> = { ...values };
  for (const [k, v] of Object.entries(dims)) scope[k] = M.scalar(v);
  const opts = { field: 'f' as const, known: new Set(Object.keys(values)), dims: new Set(Object.keys(dims)) };
  const hits: string[] = [];
  for (const call of kinkyCalls(f, opts)) {
    if (!call.args) continue;
    let args: Mat[];
    try {
      args = call.args.map((a) => a.evaluate(scope));
    } catch {
      // A subexpression that does not evaluate on its own here: nothing to say about it.
      continue;
    }
    const size = Math.max(...args.map((a) => a.data.length));
    for (let i = 0; i < size; i++) {
      const entries = args.map((a) => a.data[a.data.length === 1 ? 0 : i]!);
      if (call.onKink(...entries)) {
        hits.push(`\`${call.node.toString()}\` (${call.kink})`);
        break;
      }
    }
  }
  return hits.length ? `This point is on a kink of f, where it has no derivative: ${hits.join('; ')}.` : undefined;
}
