import { defineRule } from '../schema.js';

export default defineRule({
  id: 'gaussian-loglik-mean-gradient',
  title: 'Gaussian log-likelihood: gradient with respect to the mean',
  area: 'ml-objectives',
  kind: 'gradient',
  latex: String.raw`\nabla_{\boldsymbol\mu}\log\mathcal{N}(\mathbf{x};\boldsymbol\mu,\mathbf{S}) = \mathbf{S}^{-1}(\mathbf{x}-\boldsymbol\mu)`,
  f: "-0.5*logdet(S) - 0.5*(x - mu)'*inv(S)*(x - mu)",
  wrt: 'mu',
  G: 'inv(S)*(x - mu)',
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
      where: '(394)',
      unverified: 'the mixture-of-Gaussians derivative of sec. 8.4.2 specialised to one component; the number was inferred from the order of the equation labels in a garbled OCR text',
    },
  ],
  explanation: 'The constant $-\\tfrac n2\\ln 2\\pi$ is left out; it does not change the gradient. A covariance is symmetric, which the formula needs.',
  derivedFrom: ['grad-weighted-least-squares'],
  mistakes: [
    {
      id: 'sign',
      claim: 'inv(S)*(mu - x)',
      why: 'The likelihood grows as μ moves towards x.',
    },
    {
      id: 'covariance-not-inverted',
      claim: 'S*(x - mu)',
      why: 'The quadratic form uses the precision Σ⁻¹, not Σ.',
    },
    {
      id: 'without-symmetry',
      claim: 'inv(S)*(x - mu)',
      why: 'For a non-symmetric S the quadratic form gives ½(S⁻¹ + S⁻ᵀ)(x − μ).',
      assume: {
        S: ['invertible'],
      },
    },
  ],
});
