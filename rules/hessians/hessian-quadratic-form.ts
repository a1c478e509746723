import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hessian-quadratic-form',
  title: 'Hessian of the quadratic form xᵀAx',
  area: 'hessians',
  kind: 'hessian',
  latex: String.raw`\frac{\partial^2\,\mathbf{x}^\top\mathbf{A}\mathbf{x}}{\partial\mathbf{x}\,\partial\mathbf{x}^\top} = \mathbf{A} + \mathbf{A}^\top`,
  f: "x'*A*x",
  wrt: 'x',
  H: "A + A'",
  shapes: { x: 'n', A: 'nxn' },
  sources: [
    { work: 'cookbook', where: 'sec. 2.4.2, second-order derivatives', unverified: 'the section was not read in the stored 2012 text; the equation number is not given' },
    { work: 'standard' },
  ],
  explanation:
    'The gradient is $(\\mathbf{A} + \\mathbf{A}^\\top)\\mathbf{x}$ (denominator layout), linear in $\\mathbf{x}$, so its differential is $(\\mathbf{A} + \\mathbf{A}^\\top)\\,d\\mathbf{x}$. The headline example of Laue et al. (NeurIPS 2018). Along one direction $\\mathbf{v}$ the second derivative is $\\mathbf{v}^\\top(\\mathbf{A} + \\mathbf{A}^\\top)\\mathbf{v} = 2\\mathbf{v}^\\top\\mathbf{A}\\mathbf{v}$, so $2\\mathbf{A}$ passes every check along a single direction: the oracle uses two independent ones.',
  derivedFrom: ['grad-quadratic-form'],
  mistakes: [
    {
      id: 'single-direction-trap',
      claim: '2*A',
      why: 'vᵀ(2A)v = vᵀ(A + Aᵀ)v for every v, so 2A passes along any single direction, but uᵀ(2A)v ≠ uᵀ(A + Aᵀ)v for a non-symmetric A: a Hessian is symmetric, 2A is not.',
    },
    { id: 'half', claim: 'A', why: 'The quadratic form has x on both sides: each contributes A or Aᵀ, and dropping one loses half of the Hessian.' },
    { id: 'gradient-instead', claim: "(A + A')*x", why: 'That is the gradient, a vector; the Hessian is the n×n matrix that maps dx to d(∇f).' },
  ],
});
