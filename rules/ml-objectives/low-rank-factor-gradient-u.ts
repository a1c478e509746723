import { defineRule } from '../schema.js';

export default defineRule({
  id: 'low-rank-factor-gradient-u',
  title: 'Low-rank factorisation: gradient with respect to U',
  area: 'ml-objectives',
  kind: 'gradient',
  latex: String.raw`\nabla_{\mathbf{U}}\|\mathbf{X}-\mathbf{U}\mathbf{V}^\top\|_F^2 = -2(\mathbf{X}-\mathbf{U}\mathbf{V}^\top)\mathbf{V}`,
  f: "norm(X - U*V','fro')^2",
  wrt: 'U',
  G: "-2*(X - U*V')*V",
  shapes: {
    X: 'mxn',
    U: 'mxk',
    V: 'nxk',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(119)-type: Tr[(AXB + C)(AXB + C)ᵀ] with A = −I, B = Vᵀ, C = X',
    },
  ],
  explanation: 'Alternating least squares sets this to zero: $\\mathbf{U} = \\mathbf{X}\\mathbf{V}(\\mathbf{V}^\\top\\mathbf{V})^{-1}$.',
  derivedFrom: ['grad-trace-residual-gram'],
  mistakes: [
    {
      id: 'sign',
      claim: "2*(X - U*V')*V",
      why: 'The residual X − UVᵀ decreases as U grows: the inner derivative is −dU Vᵀ.',
    },
    {
      id: 'residual-transposed',
      claim: "-2*(X - U*V')'*V",
      why: 'That is the pattern of the gradient with respect to V; for U the residual is not transposed (and the sizes do not fit).',
    },
  ],
});
