import { defineRule } from '../schema.js';

export default defineRule({
  id: 'inverse-of-product-times-left-factor',
  title: 'The inverse of a product times its left factor',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(\mathbf{A}\mathbf{B})^{-1}\mathbf{A} = \mathbf{B}^{-1}\mathbf{A}^{-1}\mathbf{A} = \mathbf{B}^{-1}`,
  lhs: 'inv(A*B)*A',
  rhs: 'inv(B)',
  shapes: { A: 'nxn', B: 'nxn' },
  // Square factors of an invertible product are invertible themselves (det AB = det A det B ≠ 0).
  assume: { A: ['invertible'], B: ['invertible'] },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  explanation: "Shortens the gradients of det(A*X*B) and det(Xᵀ*A*X) for a square X to the cookbook's form.",
  mistakes: [
    {
      id: 'wrong-factor-left',
      claim: 'inv(A)',
      why: 'The inverse of a product reverses the order: (AB)⁻¹ = B⁻¹A⁻¹, so the A cancels, leaving B⁻¹.',
    },
  ],
});
