import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-hadamard-bilinear',
  title: 'Gradient of aᵀ(X ⊙ Y)b',
  area: 'elementwise',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathbf{a}^\top(\mathbf{X}\odot\mathbf{Y})\mathbf{b}}{\partial\mathbf{X}} = (\mathbf{a}\mathbf{b}^\top)\odot\mathbf{Y}`,
  f: "a'*(X .* Y)*b",
  wrt: 'X',
  G: "(a*b') .* Y",
  shapes: {
    a: 'm',
    X: 'mxn',
    Y: 'mxn',
    b: 'n',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(38)',
    },
  ],
  explanation:
    '$df = \\mathrm{Tr}(\\mathbf{b}\\mathbf{a}^\\top(d\\mathbf{X}\\odot\\mathbf{Y})) = \\mathrm{Tr}(((\\mathbf{a}\\mathbf{b}^\\top)\\odot\\mathbf{Y})^\\top d\\mathbf{X})$ by the notes’ Hadamard trace rule.',
  derivedFrom: ['grad-bilinear-matrix', 'trace-hadamard'],
  mistakes: [
    {
      id: 'hadamard-factor-dropped',
      claim: "a*b'",
      why: 'The entrywise weight Y stays on the gradient.',
    },
    {
      id: 'matrix-product',
      claim: "(a*b')*Y'",
      why: 'The Hadamard product does not turn into a matrix product; that has the wrong size (m×m).',
    },
  ],
});
