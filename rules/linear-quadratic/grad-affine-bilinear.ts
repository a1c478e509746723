import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-affine-bilinear',
  title: 'Gradient of (Bx + b)ᵀC(Dx + d)',
  area: 'linear-quadratic',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,(\mathbf{B}\mathbf{x}+\mathbf{b})^\top\mathbf{C}(\mathbf{D}\mathbf{x}+\mathbf{d})}{\partial\mathbf{x}} = \mathbf{B}^\top\mathbf{C}(\mathbf{D}\mathbf{x}+\mathbf{d}) + \mathbf{D}^\top\mathbf{C}^\top(\mathbf{B}\mathbf{x}+\mathbf{b})`,
  f: "(B*x + b)'*C*(D*x + d)",
  wrt: 'x',
  G: "B'*C*(D*x + d) + D'*C'*(B*x + b)",
  shapes: {
    B: 'mxn',
    x: 'n',
    b: 'm',
    C: 'mxp',
    D: 'pxn',
    d: 'p',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(78)',
    },
  ],
  explanation: 'The product rule: each affine factor contributes one term, carried back to $\\mathbf{x}$ through its own matrix.',
  derivedFrom: ['diff-product', 'grad-linear-map'],
  mistakes: [
    {
      id: 'c-not-transposed',
      claim: "B'*C*(D*x + d) + D'*C*(B*x + b)",
      why: 'The second term passes through C from the other side, so it needs Cᵀ (here C is not even square).',
    },
    {
      id: 'one-term',
      claim: "B'*C*(D*x + d)",
      why: 'x appears in both factors; the second one contributes Dᵀ Cᵀ(Bx + b).',
    },
  ],
});
