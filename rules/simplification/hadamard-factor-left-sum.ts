import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hadamard-factor-left-sum',
  title: 'A common factor of an entrywise product taken out',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{C} \odot \mathbf{A} + \mathbf{C} \odot \mathbf{B} = \mathbf{C} \odot (\mathbf{A} + \mathbf{B})`,
  lhs: 'C .* A + C .* B',
  rhs: 'C .* (A + B)',
  shapes: { A: 'mxn', B: 'mxn', C: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  explanation:
    'The Hadamard product distributes over sums entry by entry. Taken out, the common factor shows the signal a backward pass carries: the gradient of a softmax cross-entropy after a ReLU layer is (W₂ᵀ(P − Y)) ⊙ relu′, not W₂ᵀP ⊙ relu′ − W₂ᵀY ⊙ relu′.',
  mistakes: [
    {
      id: 'factor-dropped',
      claim: 'C .* A + B',
      why: 'The common factor multiplies both terms.',
    },
  ],
});
