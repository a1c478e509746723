import { defineRule } from '../schema.js';

export default defineRule({
  id: 'sign-differential',
  title: 'Differential of the elementwise sign',
  area: 'elementwise',
  kind: 'differential',
  latex: String.raw`d\,\mathrm{sign}(\mathbf{X}) = \mathbf{0}\quad(X_{ij}\neq 0)`,
  F: 'sign(X)',
  wrt: ['X'],
  dF: '0*dX',
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation:
    'sign is a step: flat on each side of 0, so its differential is 0 wherever it exists, which is everywhere but where an entry is 0 (random points never are). It is what makes the Hessian of $\\sum_{ij}\\lvert X_{ij}\\rvert$ zero almost everywhere.',
  mistakes: [
    {
      id: 'identity-slope',
      claim: 'dX',
      why: 'sign is flat away from 0; slope 1 belongs to X itself.',
    },
    {
      id: 'abs-derivative',
      claim: 'sign(X) .* dX',
      why: 'sign(X) ⊙ dX is the differential of |X|, whose derivative sign is; sign’s own derivative is 0.',
    },
  ],
});
