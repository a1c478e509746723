import { defineRule } from '../schema.js';

export default defineRule({
  id: 'pca-objective-gradient',
  title: 'Gradient of the PCA objective Tr(WᵀSW)',
  area: 'ml-objectives',
  kind: 'gradient',
  latex: String.raw`\mathbf{S} = \mathbf{S}^\top:\quad \nabla_{\mathbf{W}}\,\mathrm{Tr}(\mathbf{W}^\top\mathbf{S}\mathbf{W}) = 2\mathbf{S}\mathbf{W}`,
  f: "trace(W'*S*W)",
  wrt: 'W',
  G: '2*S*W',
  shapes: {
    W: 'nxk',
    S: 'nxn',
  },
  assume: {
    S: ['spd'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(108)',
    },
  ],
  explanation:
    'The variance captured by the columns of $\\mathbf{W}$ under a covariance $\\mathbf{S}$. The factor 2 needs $\\mathbf{S}$ symmetric, which a covariance is; in general the gradient is $(\\mathbf{S}+\\mathbf{S}^\\top)\\mathbf{W}$.',
  derivedFrom: ['grad-trace-xtbx'],
  mistakes: [
    {
      id: 'without-symmetry',
      claim: '2*S*W',
      why: 'For a non-symmetric S the gradient is (S + Sᵀ)W.',
      assume: {},
    },
    {
      id: 'dropped-two',
      claim: 'S*W',
      why: 'W appears twice in WᵀSW.',
    },
  ],
});
