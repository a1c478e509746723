import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-bilinear-same-vector',
  title: 'Gradient of aᵀXa',
  area: 'linear-quadratic',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathbf{a}^\top\mathbf{X}\mathbf{a}}{\partial\mathbf{X}} = \frac{\partial\,\mathbf{a}^\top\mathbf{X}^\top\mathbf{a}}{\partial\mathbf{X}} = \mathbf{a}\mathbf{a}^\top`,
  f: "a'*X*a",
  wrt: 'X',
  G: "a*a'",
  shapes: {
    a: 'n',
    X: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(72)',
    },
  ],
  derivedFrom: ['grad-bilinear-matrix'],
  mistakes: [
    {
      id: 'doubled',
      claim: "2*a*a'",
      why: 'The form is linear in X: nothing doubles, unlike the quadratic form xᵀAx in x.',
    },
  ],
});
