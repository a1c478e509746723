import { defineRule } from '../schema.js';

export default defineRule({
  id: 'gaussian-loglik-covariance-gradient',
  title: 'Gaussian log-likelihood: gradient with respect to the covariance',
  area: 'ml-objectives',
  kind: 'gradient',
  latex: String.raw`\nabla_{\mathbf{S}}\log\mathcal{N}(\mathbf{x};\boldsymbol\mu,\mathbf{S}) = \tfrac12\big(\mathbf{S}^{-1}(\mathbf{x}-\boldsymbol\mu)(\mathbf{x}-\boldsymbol\mu)^\top\mathbf{S}^{-1} - \mathbf{S}^{-1}\big)`,
  f: "-0.5*logdet(S) - 0.5*(x - mu)'*inv(S)*(x - mu)",
  wrt: 'S',
  G: "0.5*(inv(S)*(x - mu)*(x - mu)'*inv(S) - inv(S))",
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
      where: '(396)',
      unverified: 'the mixture-of-Gaussians derivative of sec. 8.4.2 specialised to one component; the equation number was read from a garbled OCR line',
    },
  ],
  explanation:
    'Checked as a gradient under $df = \\mathrm{Tr}(\\mathbf{G}^\\top d\\boldsymbol\\Sigma)$ for every direction, at a symmetric positive definite $\\boldsymbol\\Sigma$. Setting it to zero gives the maximum-likelihood $\\boldsymbol\\Sigma = (\\mathbf{x}-\\boldsymbol\\mu)(\\mathbf{x}-\\boldsymbol\\mu)^\\top$ for one sample.',
  derivedFrom: ['logdet-gradient-spd', 'bilinear-inverse-gradient'],
  mistakes: [
    {
      id: 'without-symmetry',
      claim: "0.5*(inv(S)*(x - mu)*(x - mu)'*inv(S) - inv(S))",
      why: 'For a non-symmetric S both terms need S⁻ᵀ: ½(S⁻ᵀ(x − μ)(x − μ)ᵀS⁻ᵀ − S⁻ᵀ).',
      assume: {
        S: ['invertible'],
      },
    },
    {
      id: 'logdet-sign',
      claim: "0.5*(inv(S)*(x - mu)*(x - mu)'*inv(S) + inv(S))",
      why: 'The −½ log det Σ term contributes −½Σ⁻¹.',
    },
    {
      id: 'independent-entries-form',
      claim: "2*(0.5*(inv(S)*(x - mu)*(x - mu)'*inv(S) - inv(S))) - 0.5*(inv(S)*(x - mu)*(x - mu)'*inv(S) - inv(S)) .* eye(n)",
      why: 'The symmetric-matrix form 2G − G⊙I differentiates with respect to the independent entries of Σ; under df = Tr(Gᵀ dΣ) it double-counts the off-diagonal entries.',
    },
  ],
});
