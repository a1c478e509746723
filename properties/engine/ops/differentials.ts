/** Small helpers of the operations' differentials (sums that drop a zero term, constant exponents). */
import { add, neg, num, sub, type Node } from '../ast.js';
import type { DiffInput } from './types.js';

/** a + b, where null is 0. */
export const plus = (a: Node | null, b: Node | null): Node | null => (a && b ? add(a, b) : (a ?? b));
/** a − b, where null is 0. */
export const minus = (a: Node | null, b: Node | null): Node | null => (a && b ? sub(a, b) : (a ?? (b ? neg(b) : null)));

/** The exponent, constant in the variable: a number, or an expression such as a dimension letter. */
export const constantExponent = (x: DiffInput): number | Node => {
  const p = x.args[1]!;
  if (x.dargs[1]) x.unsupported('the exponent depends on the variable; mcv derive differentiates powers with a constant exponent only');
  if (p.k === 'num') return p.v;
  if (p.k === 'call' && p.name === 'unaryMinus' && p.args[0]!.k === 'num') return -p.args[0]!.v;
  return p;
};
export const expNode = (p: number | Node): Node => (typeof p === 'number' ? num(p) : p);
export const minusOne = (p: number | Node): Node => (typeof p === 'number' ? num(p - 1) : sub(p, num(1)));
