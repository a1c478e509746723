import { defineRule } from '../schema.js';

export default defineRule({
  id: 'gaussian-density-gradient',
  title: 'Gradient of the Gaussian density with respect to x',
  area: 'ml-objectives',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,p(\mathbf{x})}{\partial\mathbf{x}} = -p(\mathbf{x})\,\mathbf{S}^{-1}(\mathbf{x}-\boldsymbol\mu),\quad p(\mathbf{x}) = \mathcal{N}(\mathbf{x};\boldsymbol\mu,\mathbf{S}) = \exp\big(-\tfrac12\log\det(2\pi\mathbf{S}) - \tfrac12(\mathbf{x}-\boldsymbol\mu)^\top\mathbf{S}^{-1}(\mathbf{x}-\boldsymbol\mu)\big)`,
  f: "exp(-0.5*logdet(2*pi*S) - 0.5*(x - mu)'*inv(S)*(x - mu))",
  wrt: 'x',
  G: "-exp(-0.5*logdet(2*pi*S) - 0.5*(x - mu)'*inv(S)*(x - mu))*inv(S)*(x - mu)",
  shapes: {
    x: 'n',
    mu: 'n',
    S: 'nxn',
  },
  assume: {
    S: ['spd'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(347)',
    },
  ],
  explanation:
    '$p = \\det(2\\pi\\boldsymbol\\Sigma)^{-1/2}\\exp(-\\tfrac12(\\mathbf{x}-\\boldsymbol\\mu)^\\top\\boldsymbol\\Sigma^{-1}(\\mathbf{x}-\\boldsymbol\\mu))$, and $\\nabla p = p\\,\\nabla\\ln p$.',
  derivedFrom: ['gaussian-loglik-mean-gradient'],
  mistakes: [
    {
      id: 'log-density-gradient',
      claim: '-inv(S)*(x - mu)',
      why: 'That is the gradient of ln p; the gradient of p carries the factor p.',
    },
    {
      id: 'sign',
      claim: "exp(-0.5*logdet(2*pi*S) - 0.5*(x - mu)'*inv(S)*(x - mu))*inv(S)*(x - mu)",
      why: 'The density decreases away from the mean.',
    },
    {
      id: 'without-symmetry',
      claim: "-exp(-0.5*logdet(2*pi*S) - 0.5*(x - mu)'*inv(S)*(x - mu))*inv(S)*(x - mu)",
      why: 'For a non-symmetric S the quadratic form gives ½(S⁻¹ + S⁻ᵀ)(x − μ).',
      assume: {
        S: ['invertible'],
      },
    },
  ],
});
