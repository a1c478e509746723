import { defineRule } from '../schema.js';

export default defineRule({
  id: "inverse-of-product",
  title: "Inverse of a product",
  area: "algebra",
  kind: "identity",
  latex: String.raw`(\mathbf{A}\mathbf{B})^{-1} = \mathbf{B}^{-1}\mathbf{A}^{-1}`,
  lhs: "u'*inv(A*B)*v",
  rhs: "u'*inv(B)*inv(A)*v",
  shapes: {
    "A": "nxn",
    "B": "nxn",
    "u": "n",
    "v": "n"
  },
  assume: {
    "A": [
      "invertible"
    ],
    "B": [
      "invertible"
    ]
  },
  sources: [
    {
      "work": "cookbook",
      "where": "(1), (155)"
    }
  ],
  explanation: "$(\\mathbf{A}\\mathbf{B})(\\mathbf{B}^{-1}\\mathbf{A}^{-1}) = \\mathbf{A}\\mathbf{A}^{-1} = \\mathbf{I}$: the factors are undone in the reverse order, like taking off shoes and socks. The check compares $\\mathbf{u}^\\top(\\cdot)\\mathbf{v}$ of both sides for random vectors $\\mathbf{u}, \\mathbf{v}$, which for all $\\mathbf{u}, \\mathbf{v}$ is the matrix identity.",
  mistakes: [
    {
      "id": "order-kept",
      "claim": "u'*inv(A)*inv(B)*v",
      "why": "The inverses must come in the reverse order; A⁻¹B⁻¹ inverts BA, not AB, and matrices do not commute."
    }
  ],
});
