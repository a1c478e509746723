/** +A, which is A. */
import type { Op } from './types.js';

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
} satisfies Op;
