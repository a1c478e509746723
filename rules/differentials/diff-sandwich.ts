import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-sandwich',
  title: 'Differential of AXB',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d(\mathbf{A}\mathbf{X}\mathbf{B}) = \mathbf{A}\,d\mathbf{X}\,\mathbf{B}`,
  F: 'A*X*B',
  wrt: ['X'],
  dF: 'A*dX*B',
  shapes: {
    A: 'pxm',
    X: 'mxn',
    B: 'nxq',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(33), (37)',
    },
    {
      work: 'wikipedia',
      where: 'differential identities',
    },
  ],
  explanation: 'Constants stay where they are; only $\\mathbf{X}$ is replaced by $d\\mathbf{X}$.',
  derivedFrom: ['diff-product'],
  mistakes: [
    {
      id: 'gradient-side-transposes',
      claim: "A'*dX*B'",
      why: 'Transposes belong to the gradient read off later (AᵀGBᵀ), not to the differential.',
      shapes: {
        A: 'nxn',
        X: 'nxn',
        B: 'nxn',
      },
    },
    {
      id: 'constants-moved',
      claim: 'A*B*dX',
      why: 'Matrices do not commute: dX stays between A and B.',
    },
  ],
});
