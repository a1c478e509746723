import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-bilinear-matrix',
  title: 'Gradient of aᵀXb with respect to X',
  area: 'notes-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\, \mathbf{a}^\top\mathbf{X}\mathbf{b}}{\partial \mathbf{X}} = \mathbf{a}\mathbf{b}^\top`,
  f: "a'*X*b",
  wrt: 'X',
  G: "a*b'",
  shapes: {
    a: 'm',
    X: 'mxn',
    b: 'n',
  },
  sources: [
    {
      work: 'notes',
      where: 'Matrix Differentiation, worked example f(X) = aᵀXb',
    },
    {
      work: 'cookbook',
      where: '(70)',
    },
    {
      work: 'wikipedia',
      where: 'scalar-by-matrix identities',
    },
  ],
  explanation:
    '$df = \\mathbf{a}^\\top d\\mathbf{X}\\,\\mathbf{b} = \\mathrm{Tr}(\\mathbf{b}\\mathbf{a}^\\top d\\mathbf{X})$, so $\\frac{\\partial f}{\\partial \\mathbf{X}}^\\top = \\mathbf{b}\\mathbf{a}^\\top$ and the gradient is $\\mathbf{a}\\mathbf{b}^\\top$.',
  derivedFrom: ['diff-product', 'trace-cyclic'],
  equivalent: ["(b*a')'", "kron(a, b')"],
  mistakes: [
    {
      id: 'read-off-without-transpose',
      claim: "b*a'",
      why: 'Tr(Gᵀ dX) = Tr(b aᵀ dX) gives Gᵀ = b aᵀ; forgetting to transpose gives baᵀ, the wrong shape (n×m) or, for square X, the wrong numbers.',
    },
    {
      id: 'inner-product',
      claim: "a'*b*eye(m,n)",
      why: 'Confuses the gradient with the scalar aᵀb; the gradient is an outer product.',
    },
    {
      id: 'depends-on-x',
      claim: "(a'*X*b)*a*b'",
      why: 'f is linear in X, so its gradient cannot depend on X.',
    },
  ],
});
