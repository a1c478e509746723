import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-btxtdxc',
  title: 'Gradient of bᵀXᵀDXc',
  area: 'linear-quadratic',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathbf{b}^\top\mathbf{X}^\top\mathbf{D}\mathbf{X}\mathbf{c}}{\partial\mathbf{X}} = \mathbf{D}^\top\mathbf{X}\mathbf{b}\mathbf{c}^\top + \mathbf{D}\mathbf{X}\mathbf{c}\mathbf{b}^\top`,
  f: "b'*X'*D*X*c",
  wrt: 'X',
  G: "D'*X*b*c' + D*X*c*b'",
  shapes: {
    b: 'n',
    X: 'mxn',
    D: 'mxm',
    c: 'n',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(82)',
    },
  ],
  derivedFrom: ['grad-btxtxc'],
  mistakes: [
    {
      id: 'symmetric-shortcut',
      claim: "D*X*(b*c' + c*b')",
      why: 'Taking D out of both terms assumes D symmetric; in general one term carries Dᵀ.',
    },
  ],
});
