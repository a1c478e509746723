import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-unit-vector',
  title: 'Differential of the unit vector (x − a)/‖x − a‖',
  area: 'norms',
  kind: 'differential',
  latex: String.raw`d\,\frac{\mathbf{x}-\mathbf{a}}{\|\mathbf{x}-\mathbf{a}\|_2} = \Big(\frac{\mathbf{I}}{\|\mathbf{x}-\mathbf{a}\|_2} - \frac{(\mathbf{x}-\mathbf{a})(\mathbf{x}-\mathbf{a})^\top}{\|\mathbf{x}-\mathbf{a}\|_2^3}\Big)d\mathbf{x}`,
  F: '(x - a)/norm(x - a)',
  wrt: ['x'],
  dF: "(eye(n)/norm(x - a) - (x - a)*(x - a)'/norm(x - a)^3)*dx",
  shapes: {
    x: 'n',
    a: 'n',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(130)',
    },
  ],
  explanation: 'The Jacobian projects out the radial direction and divides by the length: moving along $\\mathbf{x}-\\mathbf{a}$ does not change the unit vector.',
  derivedFrom: ['grad-euclidean-distance'],
  mistakes: [
    {
      id: 'projection-dropped',
      claim: 'dx/norm(x - a)',
      why: 'The length also changes with x; its derivative removes the radial part of dx.',
    },
    {
      id: 'sign',
      claim: "(eye(n)/norm(x - a) + (x - a)*(x - a)'/norm(x - a)^3)*dx",
      why: 'Dividing by a growing length decreases the vector: the radial term is subtracted.',
    },
    {
      id: 'power',
      claim: "(eye(n)/norm(x - a) - (x - a)*(x - a)'/norm(x - a)^2)*dx",
      why: 'd(1/r) = −dr/r² and dr = (x − a)ᵀdx/r, so the outer product is divided by r³.',
    },
  ],
});
