import { defineRule } from '../schema.js';

export default defineRule({
  id: 'det-of-scaled',
  title: 'Determinant of a scaled matrix',
  area: 'algebra',
  kind: 'identity',
  latex: String.raw`\det(c\mathbf{A}) = c^n\det\mathbf{A},\quad \mathbf{A}\in\mathbb{R}^{n\times n}`,
  lhs: 'det(c*A)',
  rhs: 'c^n*det(A)',
  shapes: {
    c: '1',
    A: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(19)',
    },
  ],
  explanation: 'The determinant is linear in each of the $n$ rows, and $c\\mathbf{A}$ scales every row by $c$.',
  mistakes: [
    {
      id: 'scaled-once',
      claim: 'c*det(A)',
      why: 'The determinant is not linear in the matrix: each of the n rows carries a factor c.',
    },
  ],
});
