import { defineRule } from '../schema.js';

export default defineRule({
  id: "inverse-of-transpose",
  title: "Inverse of a transpose",
  area: "algebra",
  kind: "identity",
  latex: String.raw`(\mathbf{A}^\top)^{-1} = (\mathbf{A}^{-1})^\top`,
  lhs: "u'*inv(A')*v",
  rhs: "u'*inv(A)'*v",
  shapes: {
    "A": "nxn",
    "u": "n",
    "v": "n"
  },
  assume: {
    "A": [
      "invertible"
    ]
  },
  sources: [
    {
      "work": "cookbook",
      "where": "(3)"
    }
  ],
  explanation: "Transpose $\\mathbf{A}\\mathbf{A}^{-1} = \\mathbf{I}$: $(\\mathbf{A}^{-1})^\\top\\mathbf{A}^\\top = \\mathbf{I}$. Written $\\mathbf{A}^{-\\top}$. The check compares $\\mathbf{u}^\\top(\\cdot)\\mathbf{v}$ of both sides for random vectors $\\mathbf{u}, \\mathbf{v}$, which for all $\\mathbf{u}, \\mathbf{v}$ is the matrix identity.",
  mistakes: [
    {
      "id": "transpose-dropped",
      "claim": "u'*inv(A)*v",
      "why": "The transpose does not disappear: A⁻ᵀ = A⁻¹ only for a symmetric A."
    },
    {
      "id": "transpose-as-inverse",
      "claim": "u'*A*v",
      "why": "(Aᵀ)⁻¹ = A would mean AAᵀ = I, which holds only for an orthogonal A."
    }
  ],
});
