/** det(X): the determinant, the product of the LU factorisation's pivots. */
import { alloc, CALL, needSquare, scalarShape } from './shared.js';
import { call, mul } from '../ast.js';
import * as M from '../matrix.js';
import { bounded, ETA, hadamardSpread, logdetSpread, luPerturbation, U } from './rounding.js';
import type { Op } from './types.js';
import { fn, python } from './code.js';

export default {
  name: 'det',
  syntax: ['det(X)'],
  form: 'function',
  arity: [1, 1],
  doc: 'determinant',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: ([x], c) => {
    needSquare(x!.v, 'det', c);
    const n = x!.v.rows;
    alloc(c.budget, 1, 1, n ** 3, c);
    const d = M.det(x!.v);
    if (!c.bound) return { v: M.scalar(d) };
    // The first-order bound needs X⁻¹; Hadamard's needs nothing, so it also holds where X is
    // singular (det = 0 exactly, a case to check rather than discard) and where first order
    // is not enough (‖X⁻¹‖‖ΔX‖ near 1). The pivots' product rounds by n·u relative.
    const xb = bounded(x!);
    const first = Math.abs(d) * logdetSpread(xb);
    const hadamard = hadamardSpread(x!.v, luPerturbation(xb));
    const spread = Number.isFinite(first) ? Math.min(first, hadamard) : hadamard;
    return { v: M.scalar(d), e: M.scalar(spread + n * U * Math.abs(d) + ETA) };
  },
  tex: ([x], _n, k) => k.call('\\det', x!),
  differential: { rules: ['diff-det'], d: ({ args: [x], dargs: [dx] }) => mul(call('det', x!), call('trace', mul(call('inv', x!), dx!))) },
  shape: scalarShape,
  linearity: 'nonlinear',
  printing: CALL,
  torch: 'f_det',
  code: {
    ...python(([a], k) => (a!.repr === 'mat' ? fn(k.lib.det, a!.code) : a!)),
    ts: ([a], k) => (a!.repr === 'mat' ? fn(k.helper('_det'), a!.code) : a!),
  },
  domain: { where: 'X square (its differential uses inv(X): drawn invertible)', invertible: true },
} satisfies Op;
