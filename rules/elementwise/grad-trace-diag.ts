import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-diag',
  title: 'Gradient of Tr(A diag(v)) with respect to v',
  area: 'elementwise',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{A}\,\mathrm{diag}(\mathbf{v}))}{\partial\mathbf{v}} = \mathrm{diag}(\mathbf{A})`,
  f: 'trace(A*diag(v))',
  wrt: 'v',
  G: 'diag(A)',
  shapes: {
    A: 'nxn',
    v: 'n',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(142), diagonal-structure analogue',
    },
  ],
  explanation: '$\\mathrm{Tr}(\\mathbf{A}\\,\\mathrm{diag}(\\mathbf{v})) = \\sum_i A_{ii}v_i$: only the diagonal of $\\mathbf{A}$ meets $\\mathbf{v}$.',
  derivedFrom: ['grad-trace-axb'],
  mistakes: [
    {
      id: 'row-sums',
      claim: 'A*ones(n)',
      why: 'diag(v) only touches the diagonal of A; the row sums mix in off-diagonal entries.',
    },
    {
      id: 'column-sums',
      claim: "A'*ones(n)",
      why: 'The column sums mix in off-diagonal entries as well; only Aᵢᵢ multiplies vᵢ.',
    },
  ],
});
