import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-elementwise-sin',
  title: 'Differential of elementwise sin',
  area: 'notes-differentials',
  kind: 'differential',
  latex: String.raw`d\sin(\mathbf{X}) = \cos(\mathbf{X}) \odot d\mathbf{X}`,
  F: 'sin(X)',
  wrt: ['X'],
  dF: 'cos(X) .* dX',
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'notes',
      where: 'Differential rules (5)',
    },
  ],
  mistakes: [
    {
      id: 'sign',
      claim: '-cos(X) .* dX',
      why: 'sin′ = cos; the minus sign belongs to cos′ = −sin.',
    },
    {
      id: 'function-kept',
      claim: 'sin(X) .* dX',
      why: 'The function itself is not its derivative (that holds only for exp).',
    },
  ],
});
