import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-xtbx',
  title: 'Gradient of xᵀBx (Cookbook form)',
  area: 'linear-quadratic',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathbf{x}^\top\mathbf{B}\mathbf{x}}{\partial\mathbf{x}} = (\mathbf{B}+\mathbf{B}^\top)\mathbf{x}`,
  f: "x'*B*x",
  wrt: 'x',
  G: "(B + B')*x",
  shapes: {
    x: 'n',
    B: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(81)',
    },
    {
      work: 'wikipedia',
      where: 'scalar-by-vector identities',
    },
  ],
  explanation: 'The notes’ quadratic-form rule with its Cookbook number; $2\\mathbf{B}\\mathbf{x}$ only for a symmetric $\\mathbf{B}$.',
  derivedFrom: ['grad-quadratic-form'],
  mistakes: [
    {
      id: 'two-bx',
      claim: '2*B*x',
      why: '2Bx assumes B = Bᵀ; for a general B the product rule gives Bx + Bᵀx.',
    },
    {
      id: 'two-btx',
      claim: "2*B'*x",
      why: 'Doubling the other term is just as wrong: Bᵀx and Bx differ for a non-symmetric B.',
    },
    {
      id: 'row-vector',
      claim: "x'*(B + B')",
      why: 'That is the row dfᵀ/dx; the gradient is a column like x.',
    },
  ],
});
