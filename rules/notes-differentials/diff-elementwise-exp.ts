import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-elementwise-exp',
  title: 'Differential of elementwise exp',
  area: 'notes-differentials',
  kind: 'differential',
  latex: String.raw`d\exp(\mathbf{X}) = \exp(\mathbf{X}) \odot d\mathbf{X}`,
  F: 'exp(X)',
  wrt: ['X'],
  dF: 'exp(X) .* dX',
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'notes',
      where: 'Differential rules (5)',
    },
    {
      work: 'wikipedia',
      where: 'vector-by-vector identities (elementwise functions: diag of the derivative)',
    },
  ],
  explanation: "Elementwise functions have diagonal Jacobians: $d f(\\mathbf{X}) = f'(\\mathbf{X})\\odot d\\mathbf{X}$. Not the matrix exponential.",
  equivalent: ['dX .* exp(X)'],
  mistakes: [
    {
      id: 'matrix-product',
      claim: 'exp(X)*dX',
      why: 'σ′(X) ⊙ dX is entrywise; a matrix product mixes entries (and needs a square X).',
    },
    {
      id: 'exp-of-differential',
      claim: 'exp(dX)',
      why: 'A differential is linear in dX; exp(dX) is not (it is 1 at dX = 0).',
    },
    {
      id: 'differential-dropped',
      claim: 'exp(X)',
      why: 'The derivative exp(X) must multiply dX.',
    },
  ],
});
