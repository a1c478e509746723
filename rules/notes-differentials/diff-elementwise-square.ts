import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-elementwise-square',
  title: 'Differential of elementwise square',
  area: 'notes-differentials',
  kind: 'differential',
  latex: String.raw`d(\mathbf{X}^{\circ 2}) = 2\mathbf{X} \odot d\mathbf{X}`,
  F: 'square(X)',
  wrt: ['X'],
  dF: '2*X .* dX',
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'notes',
      where: 'Differential rules (5)',
    },
    {
      work: 'cookbook',
      where: '(38)',
    },
  ],
  explanation:
    'The Hadamard product rule $d(\\mathbf{X}\\odot\\mathbf{Y}) = d\\mathbf{X}\\odot\\mathbf{Y} + \\mathbf{X}\\odot d\\mathbf{Y}$ with $\\mathbf{Y} = \\mathbf{X}$; here the two terms are equal because $\\odot$ commutes.',
  derivedFrom: ['diff-hadamard'],
  mistakes: [
    {
      id: 'dropped-factor-two',
      claim: 'X .* dX',
      why: 'd(x²) = 2x dx: the factor 2 is lost.',
    },
    {
      id: 'matrix-square',
      claim: 'dX*X + X*dX',
      why: 'That is d(X²) for the matrix square X·X, not the entrywise square X ⊙ X (and needs a square X).',
    },
    {
      id: 'square-of-differential',
      claim: 'square(dX)',
      why: '(dX)⊙(dX) is second order; the differential is linear in dX.',
    },
    {
      id: 'matrix-product',
      claim: '2*X*dX',
      why: 'The Hadamard square is entrywise; a matrix product mixes entries (and needs X square).',
    },
  ],
});
