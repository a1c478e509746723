import { defineRule } from '../schema.js';

export default defineRule({
  id: 'onehot-rows-ones',
  title: 'A matrix with one-hot rows times ones',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{Y}\mathbf{1}_k\mathbf{1}_m^\top = \mathbf{1}_n\mathbf{1}_m^\top \quad (\text{each row of } \mathbf{Y} \text{ one-hot})`,
  lhs: 'Y*ones(k, m)',
  rhs: 'ones(n, m)',
  shapes: { Y: 'nxk', A: 'kxm' },
  assume: { Y: ['onehot-rows'] },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts): batch-first labels" }],
  mistakes: [
    {
      id: 'counted',
      claim: 'k*ones(n, m)',
      why: 'Each row of Y has exactly one 1, so each row sums to 1, not to k.',
    },
  ],
});
