import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hadamard-sum-inner',
  title: 'Sum of a Hadamard product is an inner product',
  area: 'notes-trace',
  kind: 'identity',
  latex: String.raw`\mathbf{1}^\top(\mathbf{u} \odot \mathbf{v}) = \mathbf{u}^\top\mathbf{v}`,
  lhs: "ones(n)'*(u .* v)",
  rhs: "u'*v",
  shapes: {
    u: 'n',
    v: 'n',
  },
  sources: [
    {
      work: 'notes',
      where: 'Exercise 2, solution (helper identity)',
    },
  ],
  mistakes: [
    {
      id: 'product-of-sums',
      claim: 'sum(u)*sum(v)',
      why: 'Σ uᵢvᵢ is not (Σ uᵢ)(Σ vᵢ): the cross terms uᵢvⱼ do not belong.',
    },
  ],
});
