import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-btxtxc',
  title: 'Gradient of bᵀXᵀXc',
  area: 'linear-quadratic',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathbf{b}^\top\mathbf{X}^\top\mathbf{X}\mathbf{c}}{\partial\mathbf{X}} = \mathbf{X}(\mathbf{b}\mathbf{c}^\top + \mathbf{c}\mathbf{b}^\top)`,
  f: "b'*X'*X*c",
  wrt: 'X',
  G: "X*(b*c' + c*b')",
  shapes: {
    b: 'n',
    X: 'mxn',
    c: 'n',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(77)',
    },
    {
      work: 'wikipedia',
      where: 'scalar-by-matrix identities',
    },
  ],
  explanation:
    '$df = \\mathbf{b}^\\top d\\mathbf{X}^\\top\\mathbf{X}\\mathbf{c} + \\mathbf{b}^\\top\\mathbf{X}^\\top d\\mathbf{X}\\,\\mathbf{c}$; the two terms give $\\mathbf{X}\\mathbf{c}\\mathbf{b}^\\top$ and $\\mathbf{X}\\mathbf{b}\\mathbf{c}^\\top$.',
  derivedFrom: ['diff-product', 'grad-bilinear-matrix'],
  mistakes: [
    {
      id: 'symmetric-shortcut',
      claim: "2*X*b*c'",
      why: 'The two terms Xbcᵀ and Xcbᵀ are equal only when b and c are parallel.',
    },
    {
      id: 'one-term',
      claim: "X*c*b'",
      why: 'Only Xᵀ was differentiated; the second factor X varies as well.',
    },
  ],
});
