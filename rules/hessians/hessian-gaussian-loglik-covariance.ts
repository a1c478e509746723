import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hessian-gaussian-loglik-covariance',
  title: 'Hessian of the Gaussian log-likelihood in the covariance',
  area: 'hessians',
  kind: 'hessian',
  latex: String.raw`\mathbf{r} = \mathbf{x}-\boldsymbol\mu:\quad d\big(\nabla_{\mathbf{S}}\log\mathcal{N}\big) = \tfrac12\Big(\mathbf{S}^{-1}d\mathbf{S}^\top\mathbf{S}^{-1} - \mathbf{S}^{-1}d\mathbf{S}^\top\mathbf{S}^{-1}\mathbf{r}\mathbf{r}^\top\mathbf{S}^{-1} - \mathbf{S}^{-1}\mathbf{r}\mathbf{r}^\top\mathbf{S}^{-1}d\mathbf{S}^\top\mathbf{S}^{-1}\Big)\quad(\mathbf{S}\ \text{spd})`,
  f: "-0.5*logdet(S) - 0.5*(x - mu)'*inv(S)*(x - mu)",
  wrt: 'S',
  H: "0.5*(inv(S)*dS'*inv(S) - inv(S)*dS'*inv(S)*(x - mu)*(x - mu)'*inv(S) - inv(S)*(x - mu)*(x - mu)'*inv(S)*dS'*inv(S))",
  shapes: { S: 'nxn', x: 'n', mu: 'n' },
  assume: { S: ['spd'] },
  sources: [{ work: 'cookbook', where: '(396)', unverified: 'the gradient, in its mixture form with one component; the Hessian is its differential' }, { work: 'standard' }],
  explanation:
    'The gradient for every direction is $\\tfrac12(\\mathbf{S}^{-\\top}\\mathbf{r}\\mathbf{r}^\\top\\mathbf{S}^{-\\top} - \\mathbf{S}^{-\\top})$; its differential has $d(\\mathbf{S}^{-\\top}) = -\\mathbf{S}^{-\\top}d\\mathbf{S}^\\top\\mathbf{S}^{-\\top}$, and at a symmetric $\\mathbf{S}$ the inverses lose their transposes but $d\\mathbf{S}$ keeps its own: the assumption constrains the point, never the direction. Differentiating the spd form $\\tfrac12(\\mathbf{S}^{-1}\\mathbf{r}\\mathbf{r}^\\top\\mathbf{S}^{-1} - \\mathbf{S}^{-1})$ instead drops that transpose.',
  derivedFrom: ['gaussian-loglik-covariance-gradient', 'diff-inverse'],
  mistakes: [
    {
      id: 'direction-not-transposed',
      claim: "0.5*(inv(S)*dS*inv(S) - inv(S)*dS*inv(S)*(x - mu)*(x - mu)'*inv(S) - inv(S)*(x - mu)*(x - mu)'*inv(S)*dS*inv(S))",
      why: 'The differential of the spd form of the gradient: that form is the gradient only at symmetric points, and its differential along a non-symmetric direction is not d(∇f).',
    },
    {
      id: 'logdet-term-sign',
      claim: "0.5*(-inv(S)*dS'*inv(S) - inv(S)*dS'*inv(S)*(x - mu)*(x - mu)'*inv(S) - inv(S)*(x - mu)*(x - mu)'*inv(S)*dS'*inv(S))",
      why: 'The −½Σ⁻¹ of the gradient has differential +½Σ⁻¹dΣᵀΣ⁻¹: two minus signs.',
    },
    {
      id: 'product-rule-merged',
      claim: "0.5*(inv(S)*dS'*inv(S) - 2*inv(S)*dS'*inv(S)*(x - mu)*(x - mu)'*inv(S))",
      why: 'Σ⁻¹rrᵀΣ⁻¹ has two factors to differentiate, and the two terms are different maps: merging them passes along one direction but not along two.',
    },
  ],
});
