import { defineRule } from '../schema.js';

export default defineRule({
  id: 'left-distributive',
  title: 'A common left factor',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}\mathbf{B}+\mathbf{A}\mathbf{C} = \mathbf{A}(\mathbf{B}+\mathbf{C})`,
  lhs: 'A*B + A*C',
  rhs: 'A*(B + C)',
  shapes: { A: 'mxn', B: 'nxp', C: 'nxp' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'factor-on-the-wrong-side',
      claim: '(B + C)*A',
      why: 'Matrix products do not commute: the common factor stays on its side.',
      shapes: { A: 'nxn', B: 'nxn', C: 'nxn' },
    },
  ],
});
