import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-bilinear-transposed',
  title: 'Gradient of aᵀXᵀb',
  area: 'linear-quadratic',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathbf{a}^\top\mathbf{X}^\top\mathbf{b}}{\partial\mathbf{X}} = \mathbf{b}\mathbf{a}^\top`,
  f: "a'*X'*b",
  wrt: 'X',
  G: "b*a'",
  shapes: {
    a: 'n',
    X: 'mxn',
    b: 'm',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(71)',
    },
    {
      work: 'wikipedia',
      where: 'scalar-by-matrix identities',
    },
  ],
  explanation: '$\\mathbf{a}^\\top\\mathbf{X}^\\top\\mathbf{b} = \\mathbf{b}^\\top\\mathbf{X}\\mathbf{a}$, so the previous rule applies with $\\mathbf{a}$ and $\\mathbf{b}$ swapped.',
  derivedFrom: ['grad-bilinear-matrix'],
  mistakes: [
    {
      id: 'transpose-ignored',
      claim: "a*b'",
      why: 'The transpose on X swaps the roles of a and b: f = bᵀXa, with gradient baᵀ.',
      shapes: {
        a: 'n',
        X: 'nxn',
        b: 'n',
      },
    },
  ],
});
