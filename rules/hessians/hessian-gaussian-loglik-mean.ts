import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hessian-gaussian-loglik-mean',
  title: 'Hessian of the Gaussian log-likelihood in the mean',
  area: 'hessians',
  kind: 'hessian',
  latex: String.raw`\frac{\partial^2\log\mathcal{N}(\mathbf{x};\boldsymbol\mu,\mathbf{S})}{\partial\boldsymbol\mu\,\partial\boldsymbol\mu^\top} = -\mathbf{S}^{-1}`,
  f: "-0.5*logdet(S) - 0.5*(x - mu)'*inv(S)*(x - mu)",
  wrt: 'mu',
  H: '-inv(S)',
  G: 'inv(S)*(x - mu)',
  shapes: { mu: 'n', x: 'n', S: 'nxn' },
  assume: { S: ['spd'] },
  sources: [{ work: 'cookbook', where: '(394)', unverified: 'the gradient, in its mixture form with one component; the Hessian is its differential' }, { work: 'standard' }],
  explanation:
    'The gradient $\\mathbf{S}^{-1}(\\mathbf{x} - \\boldsymbol\\mu)$ is affine in $\\boldsymbol\\mu$. The Hessian is negative definite: the log-likelihood is concave in the mean, and the Fisher information of $\\boldsymbol\\mu$ is $\\mathbf{S}^{-1}$.',
  derivedFrom: ['gaussian-loglik-mean-gradient'],
  mistakes: [
    { id: 'sign', claim: 'inv(S)', why: 'The quadratic term enters with −½: the log-likelihood is concave in μ, its Hessian −Σ⁻¹.' },
    { id: 'covariance-not-precision', claim: '-S', why: 'The precision Σ⁻¹, not the covariance Σ, weighs the quadratic form.' },
    {
      id: 'non-symmetric-covariance',
      claim: '-inv(S)',
      why: 'For a non-symmetric S the quadratic form only sees the symmetric part of S⁻¹: the Hessian is −(S⁻¹ + S⁻ᵀ)/2, and −S⁻¹ passes along one direction only (the single-direction trap).',
      assume: { S: ['invertible'] },
    },
  ],
});
