/** +A, which is A. */
import { tr } from '../ast.js';
import { sameShape } from './shared.js';
import type { Op } from './types.js';
import { python } from './code.js';

export default {
  name: 'unaryPlus',
  syntax: ['+A'],
  form: 'operator',
  arity: [1, 1],
  doc: 'A itself',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: ([a]) => a!,
  tex: ([a]) => a!,
  // The derivation engine reads +A as A (engine/ast.ts), so this is never cited.
  differential: { rules: [], because: () => '+X = X.', d: ({ dargs: [a] }) => a! },
  shape: sameShape,
  linearity: {
    kind: 'linear',
    transpose: ({ node, A, back }) => {
      const [a] = node.args;
      return back(a!, A);
    },
    readOff: ({ node, m }) => {
      const [a] = node.args;
      return m(a!);
    },
    transposed: ([a]) => tr(a!),
  },
  printing: { form: 'prefix', symbol: '+', prec: 3, operand: 2 },
  // The translation drops a unary plus (bench/torchExpr.ts); the identity, should it be called.
  torch: 'op_pos',
  code: { ...python(([a]) => a!), ts: ([a]) => a! },
  domain: { where: 'everywhere' },
} satisfies Op;
