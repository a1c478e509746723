import { defineRule } from '../schema.js';

export default defineRule({
  id: 'right-factor-times-inverse-of-product',
  title: 'A right factor times the inverse of the product',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{B}(\mathbf{A}\mathbf{B})^{-1} = \mathbf{B}\mathbf{B}^{-1}\mathbf{A}^{-1} = \mathbf{A}^{-1}`,
  lhs: 'B*inv(A*B)',
  rhs: 'inv(A)',
  shapes: { A: 'nxn', B: 'nxn' },
  // Square factors of an invertible product are invertible themselves (det AB = det A det B ≠ 0).
  assume: { A: ['invertible'], B: ['invertible'] },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  explanation: "Shortens the gradients of det(A*X*B) and det(Xᵀ*A*X) for a square X to the cookbook's form.",
  mistakes: [
    {
      id: 'wrong-factor-right',
      claim: 'inv(B)',
      why: 'The inverse of a product reverses the order: (AB)⁻¹ = B⁻¹A⁻¹, so the B cancels, leaving A⁻¹.',
    },
  ],
});
