import { defineRule } from '../schema.js';

export default defineRule({
  id: 'kron-determinant',
  title: 'Determinant of a Kronecker product',
  area: 'kronecker',
  kind: 'identity',
  latex: String.raw`\det(\mathbf{A}\otimes\mathbf{B}) = \det(\mathbf{A})^m\det(\mathbf{B})^n,\quad \mathbf{A}\in\mathbb{R}^{n\times n},\ \mathbf{B}\in\mathbb{R}^{m\times m}`,
  lhs: 'det(kron(A,B))',
  rhs: 'det(A)^m*det(B)^n',
  shapes: {
    A: 'nxn',
    B: 'mxm',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(514)–(519)',
      unverified:
        'the 2012 Cookbook states the rank form det(A)^{rank B} det(B)^{rank A} somewhere in the (514)–(519) block (garbled OCR); neither the equation number nor this square-matrix form was confirmed',
    },
  ],
  explanation:
    '$\\mathbf{A}\\otimes\\mathbf{B} = (\\mathbf{A}\\otimes\\mathbf{I}_m)(\\mathbf{I}_n\\otimes\\mathbf{B})$; the second factor is block diagonal with $n$ copies of $\\mathbf{B}$, and the first is a permuted block diagonal with $m$ copies of $\\mathbf{A}$. Each exponent is the size of the *other* matrix.',
  derivedFrom: ['kron-mixed-product'],
  mistakes: [
    {
      id: 'exponents-swapped',
      claim: 'det(A)^n*det(B)^m',
      why: 'Each determinant is raised to the size of the other factor: A appears in m copies, B in n.',
    },
    {
      id: 'product-of-determinants',
      claim: 'det(A)*det(B)',
      why: 'The ordinary product rule det(AB) = det A det B does not apply: A⊗B is nm×nm.',
    },
  ],
});
