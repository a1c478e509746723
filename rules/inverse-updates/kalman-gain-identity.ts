import { defineRule } from '../schema.js';

export default defineRule({
  id: 'kalman-gain-identity',
  title: 'Two forms of the Kalman gain',
  area: 'inverse-updates',
  kind: 'identity',
  latex: String.raw`(\mathbf{P}^{-1} + \mathbf{B}^\top\mathbf{R}^{-1}\mathbf{B})^{-1}\mathbf{B}^\top\mathbf{R}^{-1} = \mathbf{P}\mathbf{B}^\top(\mathbf{B}\mathbf{P}\mathbf{B}^\top + \mathbf{R})^{-1}`,
  lhs: "inv(inv(P) + B'*inv(R)*B)*B'*inv(R)",
  rhs: "P*B'*inv(B*P*B' + R)",
  shapes: {
    P: 'nxn',
    R: 'mxm',
    B: 'mxn',
  },
  assume: {
    P: ['spd'],
    R: ['spd'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(158), (185)',
    },
  ],
  explanation:
    'Multiply both sides by $(\\mathbf{B}\\mathbf{P}\\mathbf{B}^\\top + \\mathbf{R})$ on the right and by $(\\mathbf{P}^{-1} + \\mathbf{B}^\\top\\mathbf{R}^{-1}\\mathbf{B})$ on the left: both give $\\mathbf{B}^\\top + \\mathbf{B}^\\top\\mathbf{R}^{-1}\\mathbf{B}\\mathbf{P}\\mathbf{B}^\\top$. The left form inverts an $n\\times n$ matrix, the right an $m\\times m$ one.',
  derivedFrom: ['woodbury'],
  mistakes: [
    {
      id: 'factors-commuted',
      claim: "B'*P*inv(B*P*B' + R)",
      why: 'P stands to the left of Bᵀ: BᵀP is not even defined unless m = n, and then it is another matrix.',
    },
    {
      id: 'r-inverted-inside',
      claim: "P*B'*inv(B*P*B' + inv(R))",
      why: 'The innovation covariance is BPBᵀ + R, with R itself, not R⁻¹.',
    },
    {
      id: 'p-inverted',
      claim: "inv(P)*B'*inv(B*P*B' + R)",
      why: 'The left factor is P, not P⁻¹: the information form P⁻¹ appears only inside the left side.',
    },
  ],
});
