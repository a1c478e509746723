import { defineRule } from '../schema.js';

export default defineRule({
  id: "sherman-morrison",
  title: "Sherman–Morrison formula",
  area: "inverse-updates",
  kind: "identity",
  latex: String.raw`(\mathbf{A} + \mathbf{b}\mathbf{c}^\top)^{-1} = \mathbf{A}^{-1} - \frac{\mathbf{A}^{-1}\mathbf{b}\mathbf{c}^\top\mathbf{A}^{-1}}{1 + \mathbf{c}^\top\mathbf{A}^{-1}\mathbf{b}}`,
  lhs: "u'*inv(A + b*c')*v",
  rhs: "u'*(inv(A) - inv(A)*b*c'*inv(A)/(1 + c'*inv(A)*b))*v",
  shapes: {
    "A": "nxn",
    "b": "n",
    "c": "n",
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
      "where": "(160)"
    }
  ],
  explanation: "The rank-one case of the Woodbury identity; the denominator is the $1\\times 1$ matrix $\\mathbf{I} + \\mathbf{c}^\\top\\mathbf{A}^{-1}\\mathbf{b}$. The check compares $\\mathbf{u}^\\top(\\cdot)\\mathbf{v}$ of both sides for random vectors $\\mathbf{u}, \\mathbf{v}$, which for all $\\mathbf{u}, \\mathbf{v}$ is the matrix identity.",
  derivedFrom: [
    "woodbury-nonsymmetric"
  ],
  mistakes: [
    {
      "id": "denominator-dropped",
      "claim": "u'*(inv(A) - inv(A)*b*c'*inv(A))*v",
      "why": "The correction is divided by 1 + cᵀA⁻¹b; dropping it is only the first-order approximation."
    },
    {
      "id": "denominator-sign",
      "claim": "u'*(inv(A) - inv(A)*b*c'*inv(A)/(1 - c'*inv(A)*b))*v",
      "why": "The denominator is 1 + cᵀA⁻¹b, the determinant ratio det(A + bcᵀ)/det A."
    },
    {
      "id": "sign-of-correction",
      "claim": "u'*(inv(A) + inv(A)*b*c'*inv(A)/(1 + c'*inv(A)*b))*v",
      "why": "The correction is subtracted."
    }
  ],
});
