/**
 * A repeated subexpression named, as a person writes it: `G = X'*(p - y)  where p = softmax(X*w)`.
 * Purely a way of printing: the named form is the same term (the name stands for its definition),
 * and the substituted G stays the answer that was verified and that `--claim` takes.
 */
import { fromMath, print, size, type Node } from '../engine/ast.js';
import { parseExpression } from '../engine/expr.js';
import { freshName, termId } from './terms.js';

/** A subexpression this small is shorter written out than named. */
const MIN_SIZE = 4;

/** The named form of an expression: the expression with the name in place, and the definition. */
export interface Named {
  /** The expression with every occurrence of the subexpression replaced by its name. */
  readonly expr: string;
  /** The name and what it stands for, e.g. `{ name: 'p', value: 'softmax(X*w)' }`. */
  readonly where: { readonly name: string; readonly value: string };
}

const isCall = (n: Node): n is Node & { k: 'call' } => n.k === 'call';

/** The names a term uses (so that the new name is not one of them). */
function names(n: Node, out = new Set<string>()): Set<string> {
  if (n.k === 'sym') out.add(n.name);
  if (isCall(n)) {
    out.add(n.name);
    for (const a of n.args) names(a, out);
  }
  return out;
}

/**
 * The name a person gives: p for a probability (softmax, sigmoid), r for a residual (a
 * difference), otherwise T; a letter the expression and the caller's names do not use.
 */
function nameFor(n: Node, taken: (s: string) => boolean): string {
  const base = isCall(n) && (n.name === 'softmax' || n.name === 'sigmoid') ? 'p' : isCall(n) && n.name === 'subtract' ? 'r' : 'T';
  return freshName(base, taken);
}

/**
 * The expression with its most repeated subexpression named (the one whose naming saves the most
 * nodes, at least MIN_SIZE nodes large and occurring at least twice), or null when nothing
 * repeats. `taken` holds the names that must not be reused (the variables, sizes and functions
 * of f).
 */
export function nameRepeated(source: string, taken: Iterable<string> = []): Named | null {
  let root: Node;
  try {
    root = fromMath(parseExpression(source), source, '');
  } catch {
    return null;
  }
  const count = new Map<number, { node: Node; n: number }>();
  const visit = (n: Node): void => {
    if (!isCall(n)) return;
    const id = termId(n);
    const hit = count.get(id);
    if (hit) hit.n++;
    else count.set(id, { node: n, n: 1 });
    for (const a of n.args) visit(a);
  };
  visit(root);
  let best: { node: Node; saves: number } | null = null;
  for (const { node, n } of count.values()) {
    const s = size(node);
    if (n < 2 || s < MIN_SIZE) continue;
    // Each occurrence but one becomes a single name; the definition is written once.
    const saves = (n - 1) * (s - 1) - 1;
    if (saves > 0 && (!best || saves > best.saves)) best = { node, saves };
  }
  if (!best) return null;
  const used = names(root, new Set(taken));
  const name = nameFor(best.node, (s) => used.has(s));
  const target = termId(best.node);
  const replace = (n: Node): Node => {
    if (!isCall(n)) return n;
    if (termId(n) === target) return { k: 'sym', name };
    return { k: 'call', name: n.name, args: n.args.map(replace) };
  };
  return { expr: print(replace(root)), where: { name, value: print(best.node) } };
}
