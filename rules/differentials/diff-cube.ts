import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-cube',
  title: 'Differential of X³',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d(\mathbf{X}^3) = d\mathbf{X}\,\mathbf{X}^2 + \mathbf{X}\,d\mathbf{X}\,\mathbf{X} + \mathbf{X}^2\,d\mathbf{X}`,
  F: 'X^3',
  wrt: ['X'],
  dF: 'dX*X^2 + X*dX*X + X^2*dX',
  shapes: {
    X: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(90)',
      unverified: 'the 2012 Cookbook gives the entrywise form of the derivative of a matrix power at (90); this matrix form was not confirmed there',
    },
  ],
  explanation: 'In general $d(\\mathbf{X}^k) = \\sum_{r=0}^{k-1}\\mathbf{X}^r\\,d\\mathbf{X}\\,\\mathbf{X}^{k-1-r}$: one term per position of $d\\mathbf{X}$.',
  derivedFrom: ['diff-product'],
  mistakes: [
    {
      id: 'scalar-power-rule',
      claim: '3*X^2*dX',
      why: 'The scalar rule d(x³) = 3x²dx assumes dX commutes with X; the three positions of dX give three different terms.',
    },
    {
      id: 'scalar-power-rule-right',
      claim: '3*dX*X^2',
      why: 'The scalar rule with dX on the left is just as wrong: dX sits in each of the three positions once.',
    },
  ],
});
