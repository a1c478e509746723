import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-affine-quadratic-matrix',
  title: 'Gradient of (Xb + c)ᵀD(Xb + c) with respect to X',
  area: 'linear-quadratic',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,(\mathbf{X}\mathbf{b}+\mathbf{c})^\top\mathbf{D}(\mathbf{X}\mathbf{b}+\mathbf{c})}{\partial\mathbf{X}} = (\mathbf{D}+\mathbf{D}^\top)(\mathbf{X}\mathbf{b}+\mathbf{c})\mathbf{b}^\top`,
  f: "(X*b + c)'*D*(X*b + c)",
  wrt: 'X',
  G: "(D + D')*(X*b + c)*b'",
  shapes: {
    X: 'mxn',
    b: 'n',
    c: 'm',
    D: 'mxm',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(83)',
    },
  ],
  explanation:
    'A quadratic form in $\\mathbf{r} = \\mathbf{X}\\mathbf{b}+\\mathbf{c}$ with gradient $(\\mathbf{D}+\\mathbf{D}^\\top)\\mathbf{r}$, pulled back through $d\\mathbf{r} = d\\mathbf{X}\\,\\mathbf{b}$.',
  derivedFrom: ['grad-xtbx', 'grad-bilinear-matrix'],
  mistakes: [
    {
      id: 'two-d',
      claim: "2*D*(X*b + c)*b'",
      why: 'Doubling D assumes it is symmetric.',
    },
    {
      id: 'outer-product-reversed',
      claim: "b*(X*b + c)'*(D + D')",
      why: 'That is the transpose of the gradient (n×m); the gradient has the shape of X.',
    },
  ],
});
