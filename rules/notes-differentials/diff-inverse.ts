import { defineRule } from '../schema.js';

export default defineRule({
  id: "diff-inverse",
  title: "Differential of the inverse",
  area: "notes-differentials",
  kind: "differential",
  latex: String.raw`d(\mathbf{X}^{-1}) = -\mathbf{X}^{-1}\, d\mathbf{X}\, \mathbf{X}^{-1}`,
  F: "inv(X)",
  wrt: [
    "X"
  ],
  dF: "-inv(X)*dX*inv(X)",
  shapes: {
    "X": "nxn"
  },
  assume: {
    "X": [
      "invertible"
    ]
  },
  sources: [
    {
      "work": "notes",
      "where": "Differential rules (3)"
    }
  ],
  explanation: "Differentiate $\\mathbf{X}\\mathbf{X}^{-1} = \\mathbf{I}$: $d\\mathbf{X}\\,\\mathbf{X}^{-1} + \\mathbf{X}\\,d\\mathbf{X}^{-1} = 0$, then multiply by $\\mathbf{X}^{-1}$ on the left.",
  derivedFrom: [
    "diff-product"
  ],
  mistakes: [
    {
      "id": "scalar-rule",
      "claim": "-inv(X)*inv(X)*dX",
      "why": "The scalar rule d(1/x) = −dx/x² carried over: X⁻¹ must stand on both sides of dX, because matrices do not commute."
    },
    {
      "id": "sign",
      "claim": "inv(X)*dX*inv(X)",
      "why": "The sign is lost: the inverse decreases where X grows."
    },
    {
      "id": "inverse-of-differential",
      "claim": "-inv(dX)",
      "why": "d(X⁻¹) is not (dX)⁻¹: a differential is linear in dX."
    }
  ],
});
