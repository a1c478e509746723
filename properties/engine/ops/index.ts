/**
 * The table of operations: every function and operator of the expression syntax, one file each
 * (the file name is the engine's name of the operation). An explicit list, in the order of
 * `mcv --help`: the elementwise functions, the other functions, then the operators and the matrix
 * literal. The interpreter (expr.ts), the error bounds, the oracle's step rules, the LaTeX
 * (tex.ts), `mcv --help`, the guide's function reference and the derivation engine all read it.
 */
import abs from './abs.js';
import add from './add.js';
import cos from './cos.js';
import cosh from './cosh.js';
import det from './det.js';
import diag from './diag.js';
import divide from './divide.js';
import dotDivide from './dotDivide.js';
import dotMultiply from './dotMultiply.js';
import dotPow from './dotPow.js';
import exp from './exp.js';
import expm1 from './expm1.js';
import eye from './eye.js';
import inv from './inv.js';
import kron from './kron.js';
import log from './log.js';
import log1p from './log1p.js';
import logdet from './logdet.js';
import logsumexp from './logsumexp.js';
import matrix from './matrix.js';
import max from './max.js';
import mean from './mean.js';
import min from './min.js';
import multiply from './multiply.js';
import norm from './norm.js';
import ones from './ones.js';
import pow from './pow.js';
import relu from './relu.js';
import sigmoid from './sigmoid.js';
import sign from './sign.js';
import sin from './sin.js';
import sinh from './sinh.js';
import softmax from './softmax.js';
import softplus from './softplus.js';
import sqrt from './sqrt.js';
import square from './square.js';
import subtract from './subtract.js';
import sum from './sum.js';
import tan from './tan.js';
import tanh from './tanh.js';
import trace from './trace.js';
import transpose from './transpose.js';
import unaryMinus from './unaryMinus.js';
import unaryPlus from './unaryPlus.js';
import zeros from './zeros.js';
import type { Op } from './types.js';

/** Every operation, in the order of `mcv --help`. */
export const OPS: readonly Op[] = [
  exp,
  expm1,
  log,
  log1p,
  sqrt,
  sin,
  cos,
  tan,
  sinh,
  cosh,
  tanh,
  sigmoid,
  softplus,
  relu,
  abs,
  sign,
  square,
  trace,
  inv,
  det,
  logdet,
  transpose,
  sum,
  mean,
  kron,
  diag,
  eye,
  ones,
  zeros,
  softmax,
  logsumexp,
  norm,
  max,
  min,
  add,
  subtract,
  unaryMinus,
  unaryPlus,
  multiply,
  dotMultiply,
  divide,
  dotDivide,
  pow,
  dotPow,
  matrix,
];

/** Operations by their engine name. */
export const OPS_BY_NAME: ReadonlyMap<string, Op> = new Map(OPS.map((op) => [op.name, op]));

/** The functions an expression may call by name, in help order. */
export const FUNCTION_OPS: readonly Op[] = OPS.filter((op) => op.form === 'function');

/** The operation of a mathjs operator (`'` is mathjs's ctranspose), or undefined. */
export function operatorOp(fn: string): Op | undefined {
  const op = OPS_BY_NAME.get(fn === 'ctranspose' ? 'transpose' : fn);
  return op && (op.form === 'operator' || op.name === 'transpose') ? op : undefined;
}

/** The function called `name`, or undefined. */
export function functionOp(name: string): Op | undefined {
  const op = OPS_BY_NAME.get(name);
  return op?.form === 'function' ? op : undefined;
}

export { sigmoid as sigmoidOp };
export type { Op } from './types.js';
