import { defineRule } from '../schema.js';

export default defineRule({
  id: 'trace-cyclic',
  title: 'Trace of a product is invariant under cycling',
  area: 'notes-trace',
  kind: 'identity',
  latex: String.raw`\mathrm{Tr}(\mathbf{X}\mathbf{Y}) = \mathrm{Tr}(\mathbf{Y}\mathbf{X}),\quad \mathbf{X}\ \text{and}\ \mathbf{Y}^\top\ \text{of the same size}`,
  lhs: 'trace(X*Y)',
  rhs: 'trace(Y*X)',
  shapes: {
    X: 'mxn',
    Y: 'nxm',
  },
  sources: [
    {
      work: 'notes',
      where: 'Trace rules (2)',
    },
  ],
  explanation: 'Both sides are $\\sum_{i,j} X_{ij}Y_{ji}$. The size condition is what makes both products square.',
  equivalent: ["sum(X .* Y')", "trace(Y'*X')"],
  mistakes: [
    {
      id: 'transpose-one',
      claim: "trace(X*Y')",
      why: 'Transposing one factor is not cycling: Tr(XYᵀ) = Σ XᵢⱼYᵢⱼ pairs other entries than Tr(XY) = Σ XᵢⱼYⱼᵢ (and needs X and Y of the same size).',
      shapes: {
        X: 'nxn',
        Y: 'nxn',
      },
    },
    {
      id: 'product-of-traces',
      claim: 'trace(X)*trace(Y)',
      why: 'The trace of a product is not the product of the traces (and needs square factors).',
      shapes: {
        X: 'nxn',
        Y: 'nxn',
      },
    },
  ],
});
