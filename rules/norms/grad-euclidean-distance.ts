import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-euclidean-distance',
  title: 'Gradient of the Euclidean distance ‖x − a‖',
  area: 'norms',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\|\mathbf{x}-\mathbf{a}\|_2}{\partial\mathbf{x}} = \frac{\mathbf{x}-\mathbf{a}}{\|\mathbf{x}-\mathbf{a}\|_2}\quad(\mathbf{x}\neq\mathbf{a})`,
  f: 'norm(x - a)',
  wrt: 'x',
  G: '(x - a)/norm(x - a)',
  shapes: {
    x: 'n',
    a: 'n',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(129)',
    },
    {
      work: 'wikipedia',
      where: 'scalar-by-vector identities',
    },
  ],
  explanation: 'The unit vector pointing away from $\\mathbf{a}$. At $\\mathbf{x} = \\mathbf{a}$ the norm has a kink and no gradient (such points are skipped).',
  derivedFrom: ['grad-squared-norm'],
  mistakes: [
    {
      id: 'squared-norm-gradient',
      claim: '2*(x - a)',
      why: 'That is the gradient of ‖x − a‖²; the square root divides it by 2‖x − a‖.',
    },
    {
      id: 'not-normalised',
      claim: 'x - a',
      why: 'The gradient of a norm is a unit vector: x − a must be divided by its length.',
    },
    {
      id: 'sign',
      claim: '(a - x)/norm(x - a)',
      why: 'The distance grows when x moves away from a, along x − a.',
    },
  ],
});
