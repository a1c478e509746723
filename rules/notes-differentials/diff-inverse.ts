import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-inverse',
  title: 'Differential of the inverse',
  area: 'notes-differentials',
  kind: 'differential',
  latex: String.raw`d(\mathbf{X}^{-1}) = -\mathbf{X}^{-1}\, d\mathbf{X}\, \mathbf{X}^{-1}`,
  F: 'inv(X)',
  wrt: ['X'],
  dF: '-inv(X)*dX*inv(X)',
  shapes: {
    X: 'nxn',
  },
  assume: {
    X: ['invertible'],
  },
  sources: [
    {
      work: 'notes',
      where: 'Differential rules (3)',
    },
    {
      work: 'cookbook',
      where: '(40), (59)',
    },
    {
      work: 'wikipedia',
      where: 'differential identities',
    },
    {
      work: 'giles',
      where: 'matrix inverse',
    },
  ],
  explanation: 'Differentiate $\\mathbf{X}\\mathbf{X}^{-1} = \\mathbf{I}$: $d\\mathbf{X}\\,\\mathbf{X}^{-1} + \\mathbf{X}\\,d\\mathbf{X}^{-1} = 0$, then multiply by $\\mathbf{X}^{-1}$ on the left.',
  derivedFrom: ['diff-product'],
  equivalent: ['-inv(X)*dX/X'],
  mistakes: [
    {
      id: 'scalar-rule',
      claim: '-inv(X)*inv(X)*dX',
      why: 'The scalar rule d(1/x) = −dx/x² carried over: X⁻¹ must stand on both sides of dX, because matrices do not commute.',
    },
    {
      id: 'sign',
      claim: 'inv(X)*dX*inv(X)',
      why: 'The sign is lost: the inverse decreases where X grows.',
    },
    {
      id: 'inverse-of-differential',
      claim: '-inv(dX)',
      why: 'd(X⁻¹) is not (dX)⁻¹: a differential is linear in dX.',
    },
    {
      id: 'gradient-transposes',
      claim: "-inv(X)'*dX*inv(X)'",
      why: 'The transposes belong to the adjoint rule (Ā = −X⁻ᵀ C̄ X⁻ᵀ), not to the forward differential.',
    },
    {
      id: 'divided-by-square',
      claim: '-dX/(X*X)',
      why: 'The scalar rule −dx/x² written with a matrix division: dX·X⁻² is not X⁻¹dX X⁻¹ unless dX commutes with X.',
    },
  ],
});
