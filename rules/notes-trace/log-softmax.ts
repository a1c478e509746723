import { defineRule } from '../schema.js';

export default defineRule({
  id: 'log-softmax',
  title: 'Log of the softmax',
  area: 'notes-trace',
  kind: 'identity',
  latex: String.raw`\log \operatorname{softmax}(\mathbf{z}) = \mathbf{z} - \mathbf{1}\log(\mathbf{1}^\top \exp(\mathbf{z}))`,
  lhs: 'log(softmax(z))',
  rhs: "z - ones(n)*log(ones(n)'*exp(z))",
  shapes: {
    z: 'n',
  },
  sources: [
    {
      work: 'notes',
      where: 'Exercise 2, solution (first line)',
    },
  ],
  mistakes: [
    {
      id: 'log-of-sum-as-sum',
      claim: "z - ones(n)*(ones(n)'*z)",
      why: 'log(1ᵀexp z) is not 1ᵀz: the log does not pass through the sum.',
    },
    {
      id: 'log-dropped',
      claim: "z - ones(n)*(ones(n)'*exp(z))",
      why: 'The normaliser enters through its log.',
    },
  ],
});
