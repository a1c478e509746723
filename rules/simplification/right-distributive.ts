import { defineRule } from '../schema.js';

export default defineRule({
  id: 'right-distributive',
  title: 'A common right factor',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}\mathbf{C}+\mathbf{B}\mathbf{C} = (\mathbf{A}+\mathbf{B})\mathbf{C}`,
  lhs: 'A*C + B*C',
  rhs: '(A + B)*C',
  shapes: { A: 'mxn', B: 'mxn', C: 'nxp' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'factor-on-the-wrong-side',
      claim: 'C*(A + B)',
      why: 'Matrix products do not commute: the common factor stays on its side.',
      shapes: { A: 'nxn', B: 'nxn', C: 'nxn' },
    },
  ],
});
