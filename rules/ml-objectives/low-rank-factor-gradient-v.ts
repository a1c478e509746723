import { defineRule } from '../schema.js';

export default defineRule({
  id: 'low-rank-factor-gradient-v',
  title: 'Low-rank factorisation: gradient with respect to V',
  area: 'ml-objectives',
  kind: 'gradient',
  latex: String.raw`\nabla_{\mathbf{V}}\|\mathbf{X}-\mathbf{U}\mathbf{V}^\top\|_F^2 = -2(\mathbf{X}-\mathbf{U}\mathbf{V}^\top)^\top\mathbf{U}`,
  f: "norm(X - U*V','fro')^2",
  wrt: 'V',
  G: "-2*(X - U*V')'*U",
  shapes: {
    X: 'mxn',
    U: 'mxk',
    V: 'nxk',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(119)-type, through the transpose X − UVᵀ = (Xᵀ − VUᵀ)ᵀ',
    },
  ],
  derivedFrom: ['low-rank-factor-gradient-u'],
  mistakes: [
    {
      id: 'residual-not-transposed',
      claim: "-2*(X - U*V')*U",
      why: 'V enters through Vᵀ, so the residual is transposed; without it the sizes do not fit.',
    },
    {
      id: 'sign',
      claim: "2*(X - U*V')'*U",
      why: 'The residual decreases as V grows.',
    },
  ],
});
