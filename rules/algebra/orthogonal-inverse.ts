import { defineRule } from '../schema.js';

export default defineRule({
  id: "orthogonal-inverse",
  title: "The inverse of an orthogonal matrix is its transpose",
  area: "algebra",
  kind: "identity",
  latex: String.raw`\mathbf{Q}^\top\mathbf{Q} = \mathbf{I} \implies \mathbf{Q}^{-1} = \mathbf{Q}^\top`,
  lhs: "u'*inv(Q)*v",
  rhs: "u'*Q'*v",
  shapes: {
    "Q": "nxn",
    "u": "n",
    "v": "n"
  },
  assume: {
    "Q": [
      "orthogonal"
    ]
  },
  sources: [
    {
      "work": "cookbook",
      "where": "sec. 9.5",
      "unverified": "the statement is in sec. 9.5 of the 2012 Cookbook but carries no equation number in the stored text"
    }
  ],
  explanation: "$\\mathbf{Q}^\\top$ is a left inverse by definition, and for a square matrix a left inverse is also the right inverse. The check compares $\\mathbf{u}^\\top(\\cdot)\\mathbf{v}$ of both sides for random vectors $\\mathbf{u}, \\mathbf{v}$, which for all $\\mathbf{u}, \\mathbf{v}$ is the matrix identity.",
  mistakes: [
    {
      "id": "without-orthogonality",
      "claim": "u'*Q'*v",
      "why": "For an invertible Q that is not orthogonal, QᵀQ ≠ I, so Qᵀ is not the inverse.",
      "assume": {
        "Q": [
          "invertible"
        ]
      }
    },
    {
      "id": "self-inverse",
      "claim": "u'*Q*v",
      "why": "Only involutions (Q² = I, such as reflections) are their own inverse; a rotation is not."
    }
  ],
});
