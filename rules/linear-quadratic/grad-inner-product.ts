import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-inner-product',
  title: 'Gradient of an inner product xᵀa',
  area: 'linear-quadratic',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathbf{x}^\top\mathbf{a}}{\partial\mathbf{x}} = \frac{\partial\,\mathbf{a}^\top\mathbf{x}}{\partial\mathbf{x}} = \mathbf{a}`,
  f: "x'*a",
  wrt: 'x',
  G: 'a',
  shapes: {
    x: 'n',
    a: 'n',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(69)',
    },
    {
      work: 'wikipedia',
      where: 'scalar-by-vector identities',
    },
  ],
  explanation: 'The order inside the inner product does not matter: $\\mathbf{x}^\\top\\mathbf{a} = \\mathbf{a}^\\top\\mathbf{x}$ is a scalar, its own transpose.',
  derivedFrom: ['grad-linear'],
  mistakes: [
    {
      id: 'row-because-x-first',
      claim: "a'",
      why: 'Writing x first does not turn the gradient into a row: it has the shape of x in denominator layout.',
    },
    {
      id: 'factor-two',
      claim: '2*a',
      why: 'The factor 2 belongs to xᵀx, where x appears twice; here it appears once.',
    },
  ],
});
