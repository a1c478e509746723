import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-elementwise-cos',
  title: 'Differential of elementwise cos',
  area: 'notes-differentials',
  kind: 'differential',
  latex: String.raw`d\cos(\mathbf{X}) = -\sin(\mathbf{X}) \odot d\mathbf{X}`,
  F: 'cos(X)',
  wrt: ['X'],
  dF: '-sin(X) .* dX',
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
      claim: 'sin(X) .* dX',
      why: 'cos′ = −sin: the sign is lost.',
    },
  ],
});
