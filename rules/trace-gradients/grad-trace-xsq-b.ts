import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-xsq-b',
  title: 'Gradient of Tr(X²B)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{X}^2\mathbf{B})}{\partial\mathbf{X}} = (\mathbf{X}\mathbf{B} + \mathbf{B}\mathbf{X})^\top`,
  f: 'trace(X^2*B)',
  wrt: 'X',
  G: "(X*B + B*X)'",
  shapes: {
    X: 'nxn',
    B: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(107)',
    },
  ],
  mistakes: [
    {
      id: 'missing-transpose',
      claim: 'X*B + B*X',
      why: 'dTr(X²B) = Tr((XB + BX) dX), which is Tr(Gᵀ dX) with G = (XB + BX)ᵀ: the transpose matters when B and X are not symmetric.',
    },
    {
      id: 'power-rule',
      claim: "2*X'*B'",
      why: 'X² does not differentiate to 2X when X and B do not commute: the two factors of X sit on different sides of dX.',
    },
  ],
});
