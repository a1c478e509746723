import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-xax',
  title: 'Differential of XAX',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d(\mathbf{X}\mathbf{A}\mathbf{X}) = d\mathbf{X}\,\mathbf{A}\mathbf{X} + \mathbf{X}\mathbf{A}\,d\mathbf{X}`,
  F: 'X*A*X',
  wrt: ['X'],
  dF: 'dX*A*X + X*A*dX',
  shapes: {
    X: 'nxn',
    A: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(37)',
    },
  ],
  explanation: 'The product rule, applied to each occurrence of $\\mathbf{X}$ in place.',
  derivedFrom: ['diff-product'],
  mistakes: [
    {
      id: 'scalar-rule',
      claim: '2*X*A*dX',
      why: 'The scalar rule d(ax²) = 2ax dx assumes commuting factors; dX·AX and XA·dX are different matrices.',
    },
    {
      id: 'one-term',
      claim: 'dX*A*X',
      why: 'X appears twice; both occurrences vary.',
    },
  ],
});
