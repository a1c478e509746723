/**
 * Chapter 2, "Derivatives", of the Matrix Cookbook (K. B. Petersen and M. S. Pedersen, version of
 * November 15, 2012), equation by equation, (32) to (144): each as printed (LaTeX, written here)
 * and, where mcv's syntax can express it, as a claim for the oracle. No status is typed here: the
 * oracle computes it (properties/derive/cookbook.ts) when the site is built and the tests run.
 *
 * - `claim`: the equation as printed, with the assumptions the text states (or its domain, e.g. an
 *   invertible X where X⁻¹ appears). Symbolic powers and generic functions are instances, said so
 *   in `instance` (k = 3, a chosen Y(x)).
 * - `assumption`: one the text does not state, under which the printed form holds (status "needs
 *   an assumption" when the claim is refuted without it and proven with it).
 * - `corrected`: a corrected form of a claim wrong as printed (it must be proven).
 * - `reason`: why an equation is not expressible (eigenvalues, complex values, index notation…).
 * - `rules`: the catalogue rules that state the equation (each cites it in its sources).
 */
import type { ClaimInput } from '../../properties/oracle/check.js';

export interface CookbookEquation {
  /** The equation number in the 2012 edition. */
  equation: string;
  /** The section, e.g. "2.1.4 Other nonlinear forms". */
  section: string;
  /** The formula as printed, in LaTeX. */
  latex: string;
  claim?: ClaimInput;
  /** How a symbolic power or a generic function was instantiated. */
  instance?: string;
  assumption?: Readonly<Record<string, readonly string[]>>;
  corrected?: string;
  reason?: string;
  rules?: readonly string[];
  /** A sentence for the page. */
  note?: string;
}

type Shapes = Readonly<Record<string, string>>;
type Assume = Readonly<Record<string, readonly string[]>>;
const grad = (f: string, wrt: string, claim: string, shapes: Shapes, assume: Assume = {}): ClaimInput => ({ kind: 'gradient', expr: f, claim, wrt: [wrt], shapes, assume });
const diff = (F: string, wrt: string[], claim: string, shapes: Shapes, assume: Assume = {}): ClaimInput => ({ kind: 'differential', expr: F, claim, wrt, shapes, assume });
const ident = (lhs: string, rhs: string, shapes: Shapes, assume: Assume = {}): ClaimInput => ({ kind: 'identity', expr: lhs, claim: rhs, shapes, assume });
const hess = (f: string, wrt: string, claim: string, shapes: Shapes, assume: Assume = {}): ClaimInput => ({ kind: 'hessian', expr: f, claim, wrt: [wrt], shapes, assume });
/** The book's section 2.8 differentiates with respect to the independent entries of a symmetric matrix. */
const entries = (c: ClaimInput): ClaimInput => ({ ...c, convention: 'entries' });

const INDEX = 'index notation: a statement about single entries (or single-entry matrices Jⁱʲ), not a matrix expression mcv can evaluate';
const INV = { X: ['invertible'] } as const;

const S20 = '2 Derivatives';
const S211 = '2.1.1 Derivatives of a determinant: general form';
const S212 = '2.1.2 Linear forms';
const S213 = '2.1.3 Square forms';
const S214 = '2.1.4 Other nonlinear forms';
const S22 = '2.2 Derivatives of an inverse';
const S23 = '2.3 Derivatives of eigenvalues';
const S241 = '2.4.1 First order';
const S242 = '2.4.2 Second order';
const S243 = '2.4.3 Higher-order and non-linear';
const S244 = '2.4.4 Gradient and Hessian';
const S251 = '2.5.1 Traces: first order';
const S252 = '2.5.2 Traces: second order';
const S253 = '2.5.3 Traces: higher order';
const S254 = '2.5.4 Traces: other';
const S26 = '2.6 Derivatives of vector norms';
const S27 = '2.7 Derivatives of matrix norms';
const S28 = '2.8 Derivatives of structured matrices';
const S281 = '2.8.1 The chain rule';
const S282 = '2.8.2 Symmetric';
const S283 = '2.8.3 Diagonal';
const S284 = '2.8.4 Toeplitz';

export const CHAPTER2: readonly CookbookEquation[] = [
  {
    equation: '32',
    section: S20,
    latex: String.raw`\frac{\partial X_{kl}}{\partial X_{ij}} = \delta_{ik}\delta_{lj}`,
    reason: `${INDEX}; it is the definition of independent entries, which every check here assumes`,
  },
  {
    equation: '33',
    section: S20,
    latex: String.raw`\partial\mathbf{A} = 0 \quad (\mathbf{A}\text{ a constant})`,
    claim: diff('A + 0*X', ['X'], 'zeros(m,n)', { A: 'mxn', X: 'mxn' }),
    instance: 'A constant A beside a variable X that does not enter it',
  },
  {
    equation: '34',
    section: S20,
    latex: String.raw`\partial(\alpha\mathbf{X}) = \alpha\,\partial\mathbf{X}`,
    claim: diff('a*X', ['X'], 'a*dX', { a: '1', X: 'mxn' }),
    rules: ['diff-scalar-multiple'],
  },
  {
    equation: '35',
    section: S20,
    latex: String.raw`\partial(\mathbf{X}+\mathbf{Y}) = \partial\mathbf{X} + \partial\mathbf{Y}`,
    claim: diff('X + Y', ['X', 'Y'], 'dX + dY', { X: 'mxn', Y: 'mxn' }),
    rules: ['diff-sum'],
  },
  {
    equation: '36',
    section: S20,
    latex: String.raw`\partial(\mathrm{Tr}(\mathbf{X})) = \mathrm{Tr}(\partial\mathbf{X})`,
    claim: diff('trace(X)', ['X'], 'trace(dX)', { X: 'nxn' }),
    rules: ['diff-trace'],
  },
  {
    equation: '37',
    section: S20,
    latex: String.raw`\partial(\mathbf{X}\mathbf{Y}) = (\partial\mathbf{X})\mathbf{Y} + \mathbf{X}(\partial\mathbf{Y})`,
    claim: diff('X*Y', ['X', 'Y'], 'dX*Y + X*dY', { X: 'mxn', Y: 'nxp' }),
    rules: ['diff-product'],
  },
  {
    equation: '38',
    section: S20,
    latex: String.raw`\partial(\mathbf{X}\circ\mathbf{Y}) = (\partial\mathbf{X})\circ\mathbf{Y} + \mathbf{X}\circ(\partial\mathbf{Y})`,
    claim: diff('X .* Y', ['X', 'Y'], 'dX .* Y + X .* dY', { X: 'mxn', Y: 'mxn' }),
    rules: ['diff-hadamard'],
  },
  {
    equation: '39',
    section: S20,
    latex: String.raw`\partial(\mathbf{X}\otimes\mathbf{Y}) = (\partial\mathbf{X})\otimes\mathbf{Y} + \mathbf{X}\otimes(\partial\mathbf{Y})`,
    claim: diff('kron(X,Y)', ['X', 'Y'], 'kron(dX,Y) + kron(X,dY)', { X: 'mxn', Y: 'pxq' }),
    rules: ['diff-kron'],
  },
  {
    equation: '40',
    section: S20,
    latex: String.raw`\partial(\mathbf{X}^{-1}) = -\mathbf{X}^{-1}(\partial\mathbf{X})\mathbf{X}^{-1}`,
    claim: diff('inv(X)', ['X'], '-inv(X)*dX*inv(X)', { X: 'nxn' }, INV),
    rules: ['diff-inverse'],
  },
  {
    equation: '41',
    section: S20,
    latex: String.raw`\partial(\det(\mathbf{X})) = \mathrm{Tr}(\mathrm{adj}(\mathbf{X})\,\partial\mathbf{X})`,
    claim: diff('det(X)', ['X'], 'trace(det(X)*inv(X)*dX)', { X: 'nxn' }, INV),
    instance: 'adj(X) written det(X)·X⁻¹, which it is for an invertible X (mcv has no adjugate)',
    rules: ['diff-det-adjugate'],
  },
  {
    equation: '42',
    section: S20,
    latex: String.raw`\partial(\det(\mathbf{X})) = \det(\mathbf{X})\,\mathrm{Tr}(\mathbf{X}^{-1}\partial\mathbf{X})`,
    claim: diff('det(X)', ['X'], 'det(X)*trace(inv(X)*dX)', { X: 'nxn' }, INV),
    rules: ['diff-det'],
  },
  {
    equation: '43',
    section: S20,
    latex: String.raw`\partial(\ln(\det(\mathbf{X}))) = \mathrm{Tr}(\mathbf{X}^{-1}\partial\mathbf{X})`,
    claim: diff('logdet(X)', ['X'], 'trace(inv(X)*dX)', { X: 'nxn' }, INV),
    note: 'mcv’s logdet is ln|det X|, which has the same differential wherever det X ≠ 0.',
    rules: ['diff-logdet'],
  },
  { equation: '44', section: S20, latex: String.raw`\partial\mathbf{X}^T = (\partial\mathbf{X})^T`, claim: diff("X'", ['X'], "dX'", { X: 'mxn' }), rules: ['diff-transpose'] },
  {
    equation: '45',
    section: S20,
    latex: String.raw`\partial\mathbf{X}^H = (\partial\mathbf{X})^H`,
    reason: 'complex values: the conjugate transpose of a complex matrix; mcv works over the reals, where it is (44)',
  },

  {
    equation: '46',
    section: S211,
    latex: String.raw`\frac{\partial\det(\mathbf{Y})}{\partial x} = \det(\mathbf{Y})\,\mathrm{Tr}\!\left[\mathbf{Y}^{-1}\frac{\partial\mathbf{Y}}{\partial x}\right]`,
    claim: grad('det(A + x*B)', 'x', 'det(A + x*B)*trace(inv(A + x*B)*B)', { A: 'nxn', B: 'nxn', x: '1' }, { A: ['invertible'] }),
    instance: 'Y(x) = A + xB, so ∂Y/∂x = B',
    rules: ['det-affine-path-derivative'],
  },
  {
    equation: '47',
    section: S211,
    latex: String.raw`\sum_k \frac{\partial\det(\mathbf{X})}{\partial X_{ik}} X_{jk} = \delta_{ij}\det(\mathbf{X})`,
    reason: `${INDEX} (in matrix form it says G·Xᵀ = det(X)·I for the gradient G of (49))`,
  },
  {
    equation: '48',
    section: S211,
    latex: String.raw`\frac{\partial^2\det(\mathbf{Y})}{\partial x^2} = \det(\mathbf{Y})\Big[\mathrm{Tr}\big[\mathbf{Y}^{-1}\tfrac{\partial^2\mathbf{Y}}{\partial x^2}\big] + \mathrm{Tr}\big[\mathbf{Y}^{-1}\tfrac{\partial\mathbf{Y}}{\partial x}\big]\mathrm{Tr}\big[\mathbf{Y}^{-1}\tfrac{\partial\mathbf{Y}}{\partial x}\big] - \mathrm{Tr}\big[\big(\mathbf{Y}^{-1}\tfrac{\partial\mathbf{Y}}{\partial x}\big)\big(\mathbf{Y}^{-1}\tfrac{\partial\mathbf{Y}}{\partial x}\big)\big]\Big]`,
    claim: hess(
      'det(A + x*B + x^2*C)',
      'x',
      'det(A + x*B + x^2*C)*(trace(inv(A + x*B + x^2*C)*2*C) + trace(inv(A + x*B + x^2*C)*(B + 2*x*C))^2 - trace(inv(A + x*B + x^2*C)*(B + 2*x*C)*inv(A + x*B + x^2*C)*(B + 2*x*C)))',
      { A: 'nxn', B: 'nxn', C: 'nxn', x: '1' },
      { A: ['invertible'] },
    ),
    instance: 'Y(x) = A + xB + x²C, so ∂Y/∂x = B + 2xC and ∂²Y/∂x² = 2C',
    rules: ['hessian-det-quadratic-path'],
  },

  {
    equation: '49',
    section: S212,
    latex: String.raw`\frac{\partial\det(\mathbf{X})}{\partial\mathbf{X}} = \det(\mathbf{X})(\mathbf{X}^{-1})^T`,
    claim: grad('det(X)', 'X', "det(X)*inv(X)'", { X: 'nxn' }, INV),
    rules: ['det-gradient'],
  },
  { equation: '50', section: S212, latex: String.raw`\sum_k \frac{\partial\det(\mathbf{X})}{\partial X_{ik}} X_{jk} = \delta_{ij}\det(\mathbf{X})`, reason: `${INDEX}; the same statement as (47)` },
  {
    equation: '51',
    section: S212,
    latex: String.raw`\frac{\partial\det(\mathbf{A}\mathbf{X}\mathbf{B})}{\partial\mathbf{X}} = \det(\mathbf{A}\mathbf{X}\mathbf{B})(\mathbf{X}^{-1})^T = \det(\mathbf{A}\mathbf{X}\mathbf{B})(\mathbf{X}^T)^{-1}`,
    claim: grad('det(A*X*B)', 'X', "det(A*X*B)*inv(X')", { A: 'nxn', X: 'nxn', B: 'nxn' }, INV),
    rules: ['det-axb-gradient'],
  },
  {
    equation: '52',
    section: S213,
    latex: String.raw`\frac{\partial\det(\mathbf{X}^T\mathbf{A}\mathbf{X})}{\partial\mathbf{X}} = 2\det(\mathbf{X}^T\mathbf{A}\mathbf{X})\mathbf{X}^{-T} \quad (\mathbf{X}\text{ square, invertible})`,
    claim: grad("det(X'*A*X)", 'X', "2*det(X'*A*X)*inv(X)'", { X: 'nxn', A: 'nxn' }, INV),
    rules: ['det-xtax-gradient-square'],
  },
  {
    equation: '53',
    section: S213,
    latex: String.raw`\frac{\partial\det(\mathbf{X}^T\mathbf{A}\mathbf{X})}{\partial\mathbf{X}} = 2\det(\mathbf{X}^T\mathbf{A}\mathbf{X})\mathbf{A}\mathbf{X}(\mathbf{X}^T\mathbf{A}\mathbf{X})^{-1} \quad (\mathbf{A}\text{ symmetric})`,
    claim: grad("det(X'*A*X)", 'X', "2*det(X'*A*X)*A*X*inv(X'*A*X)", { X: '5x3', A: '5x5' }, { A: ['symmetric'] }),
    rules: ['det-xtax-gradient-symmetric'],
  },
  {
    equation: '54',
    section: S213,
    latex: String.raw`\frac{\partial\det(\mathbf{X}^T\mathbf{A}\mathbf{X})}{\partial\mathbf{X}} = \det(\mathbf{X}^T\mathbf{A}\mathbf{X})\big(\mathbf{A}\mathbf{X}(\mathbf{X}^T\mathbf{A}\mathbf{X})^{-1} + \mathbf{A}^T\mathbf{X}(\mathbf{X}^T\mathbf{A}^T\mathbf{X})^{-1}\big)`,
    claim: grad("det(X'*A*X)", 'X', "det(X'*A*X)*(A*X*inv(X'*A*X) + A'*X*inv(X'*A'*X))", { X: '5x3', A: '5x5' }),
    rules: ['det-xtax-gradient'],
  },
  {
    equation: '55',
    section: S214,
    latex: String.raw`\frac{\partial\ln\det(\mathbf{X}^T\mathbf{X})}{\partial\mathbf{X}} = 2(\mathbf{X}^+)^T`,
    claim: grad("logdet(X'*X)", 'X', "2*(inv(X'*X)*X')'", { X: '5x3' }),
    instance: 'X⁺ written (XᵀX)⁻¹Xᵀ, the pseudo-inverse of an X of full column rank (mcv has no pinv)',
    rules: ['logdet-xtx-gradient'],
  },
  {
    equation: '56',
    section: S214,
    latex: String.raw`\frac{\partial\ln\det(\mathbf{X}^T\mathbf{X})}{\partial\mathbf{X}^+} = -2\mathbf{X}^T`,
    reason: 'a derivative with respect to the pseudo-inverse X⁺, a function of X rather than a variable of its own',
  },
  {
    equation: '57',
    section: S214,
    latex: String.raw`\frac{\partial\ln|\det(\mathbf{X})|}{\partial\mathbf{X}} = (\mathbf{X}^{-1})^T = (\mathbf{X}^T)^{-1}`,
    claim: grad('logdet(X)', 'X', "inv(X')", { X: 'nxn' }, INV),
    rules: ['logdet-gradient'],
  },
  {
    equation: '58',
    section: S214,
    latex: String.raw`\frac{\partial\det(\mathbf{X}^k)}{\partial\mathbf{X}} = k\det(\mathbf{X}^k)\mathbf{X}^{-T}`,
    claim: grad('det(X^3)', 'X', "3*det(X^3)*inv(X)'", { X: 'nxn' }, INV),
    instance: 'k = 3',
    rules: ['det-cube-gradient'],
  },

  {
    equation: '59',
    section: S22,
    latex: String.raw`\frac{\partial\mathbf{Y}^{-1}}{\partial x} = -\mathbf{Y}^{-1}\frac{\partial\mathbf{Y}}{\partial x}\mathbf{Y}^{-1}`,
    claim: diff('inv(A + x*B)', ['x'], '-inv(A + x*B)*B*inv(A + x*B)*dx', { A: 'nxn', B: 'nxn', x: '1' }, { A: ['invertible'] }),
    instance: 'Y(x) = A + xB, so ∂Y/∂x = B',
    rules: ['diff-inverse'],
  },
  {
    equation: '60',
    section: S22,
    latex: String.raw`\frac{\partial(\mathbf{X}^{-1})_{kl}}{\partial X_{ij}} = -(\mathbf{X}^{-1})_{ki}(\mathbf{X}^{-1})_{jl}`,
    reason: `${INDEX} (its matrix form is (40))`,
  },
  {
    equation: '61',
    section: S22,
    latex: String.raw`\frac{\partial\mathbf{a}^T\mathbf{X}^{-1}\mathbf{b}}{\partial\mathbf{X}} = -\mathbf{X}^{-T}\mathbf{a}\mathbf{b}^T\mathbf{X}^{-T}`,
    claim: grad("a'*inv(X)*b", 'X', "-inv(X)'*a*b'*inv(X)'", { a: 'n', X: 'nxn', b: 'n' }, INV),
    rules: ['bilinear-inverse-gradient'],
  },
  {
    equation: '62',
    section: S22,
    latex: String.raw`\frac{\partial\det(\mathbf{X}^{-1})}{\partial\mathbf{X}} = -\det(\mathbf{X}^{-1})(\mathbf{X}^{-1})^T`,
    claim: grad('det(inv(X))', 'X', "-det(inv(X))*inv(X)'", { X: 'nxn' }, INV),
    rules: ['det-inverse-gradient'],
  },
  {
    equation: '63',
    section: S22,
    latex: String.raw`\frac{\partial\mathrm{Tr}(\mathbf{A}\mathbf{X}^{-1}\mathbf{B})}{\partial\mathbf{X}} = -(\mathbf{X}^{-1}\mathbf{B}\mathbf{A}\mathbf{X}^{-1})^T`,
    claim: grad('trace(A*inv(X)*B)', 'X', "-(inv(X)*B*A*inv(X))'", { A: 'mxn', X: 'nxn', B: 'nxm' }, INV),
    rules: ['trace-inverse-sandwich-gradient'],
  },
  {
    equation: '64',
    section: S22,
    latex: String.raw`\frac{\partial\mathrm{Tr}((\mathbf{X}+\mathbf{A})^{-1})}{\partial\mathbf{X}} = -\big((\mathbf{X}+\mathbf{A})^{-1}(\mathbf{X}+\mathbf{A})^{-1}\big)^T`,
    claim: grad('trace(inv(X + A))', 'X', "-(inv(X + A)*inv(X + A))'", { X: 'nxn', A: 'nxn' }, { X: ['spd'], A: ['spd'] }),
    instance: 'X and A drawn positive definite, so that X + A is invertible',
    rules: ['trace-inverse-shifted-gradient'],
  },

  {
    equation: '65',
    section: S23,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\sum\mathrm{eig}(\mathbf{X}) = \frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{X}) = \mathbf{I}`,
    claim: grad('trace(X)', 'X', 'eye(n)', { X: 'nxn' }),
    instance: 'the sum of the eigenvalues written Tr X, as the equation itself does',
    rules: ['grad-trace'],
  },
  {
    equation: '66',
    section: S23,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\prod\mathrm{eig}(\mathbf{X}) = \frac{\partial}{\partial\mathbf{X}}\det(\mathbf{X}) = \det(\mathbf{X})\mathbf{X}^{-T}`,
    claim: grad('det(X)', 'X', "det(X)*inv(X)'", { X: 'nxn' }, INV),
    instance: 'the product of the eigenvalues written det X, as the equation itself does',
    rules: ['det-gradient'],
  },
  { equation: '67', section: S23, latex: String.raw`\partial\lambda_i = \mathbf{v}_i^T\partial(\mathbf{A})\mathbf{v}_i`, reason: 'eigenvalues and eigenvectors: mcv has no eig' },
  {
    equation: '68',
    section: S23,
    latex: String.raw`\partial\mathbf{v}_i = (\lambda_i\mathbf{I} - \mathbf{A})^+\partial(\mathbf{A})\mathbf{v}_i`,
    reason: 'eigenvectors and a pseudo-inverse: mcv has neither eig nor pinv',
  },

  {
    equation: '69',
    section: S241,
    latex: String.raw`\frac{\partial\mathbf{x}^T\mathbf{a}}{\partial\mathbf{x}} = \frac{\partial\mathbf{a}^T\mathbf{x}}{\partial\mathbf{x}} = \mathbf{a}`,
    claim: grad("x'*a + a'*x", 'x', '2*a', { x: 'n', a: 'n' }),
    instance: 'both forms at once: the gradient of their sum is 2a',
    rules: ['grad-inner-product'],
  },
  {
    equation: '70',
    section: S241,
    latex: String.raw`\frac{\partial\mathbf{a}^T\mathbf{X}\mathbf{b}}{\partial\mathbf{X}} = \mathbf{a}\mathbf{b}^T`,
    claim: grad("a'*X*b", 'X', "a*b'", { a: 'm', X: 'mxn', b: 'n' }),
    rules: ['grad-bilinear-matrix'],
  },
  {
    equation: '71',
    section: S241,
    latex: String.raw`\frac{\partial\mathbf{a}^T\mathbf{X}^T\mathbf{b}}{\partial\mathbf{X}} = \mathbf{b}\mathbf{a}^T`,
    claim: grad("a'*X'*b", 'X', "b*a'", { a: 'n', X: 'mxn', b: 'm' }),
    rules: ['grad-bilinear-transposed'],
  },
  {
    equation: '72',
    section: S241,
    latex: String.raw`\frac{\partial\mathbf{a}^T\mathbf{X}\mathbf{a}}{\partial\mathbf{X}} = \frac{\partial\mathbf{a}^T\mathbf{X}^T\mathbf{a}}{\partial\mathbf{X}} = \mathbf{a}\mathbf{a}^T`,
    claim: grad("a'*X*a", 'X', "a*a'", { a: 'n', X: 'nxn' }),
    rules: ['grad-bilinear-same-vector'],
  },
  { equation: '73', section: S241, latex: String.raw`\frac{\partial\mathbf{X}}{\partial X_{ij}} = \mathbf{J}^{ij}`, reason: INDEX },
  { equation: '74', section: S241, latex: String.raw`\frac{\partial(\mathbf{X}\mathbf{A})_{ij}}{\partial X_{mn}} = \delta_{im}(\mathbf{A})_{nj} = (\mathbf{J}^{mn}\mathbf{A})_{ij}`, reason: INDEX },
  { equation: '75', section: S241, latex: String.raw`\frac{\partial(\mathbf{X}^T\mathbf{A})_{ij}}{\partial X_{mn}} = \delta_{in}(\mathbf{A})_{mj} = (\mathbf{J}^{nm}\mathbf{A})_{ij}`, reason: INDEX },

  {
    equation: '76',
    section: S242,
    latex: String.raw`\frac{\partial}{\partial X_{ij}}\sum_{klmn} X_{kl}X_{mn} = 2\sum_{kl} X_{kl}`,
    claim: grad('sum(X)^2', 'X', '2*sum(X)*ones(m,n)', { X: 'mxn' }),
    instance: 'every entry at once: the sum over k, l, m, n is (Σ X)², and each entry of its gradient is 2 Σ X',
    rules: ['grad-squared-sum'],
  },
  {
    equation: '77',
    section: S242,
    latex: String.raw`\frac{\partial\mathbf{b}^T\mathbf{X}^T\mathbf{X}\mathbf{c}}{\partial\mathbf{X}} = \mathbf{X}(\mathbf{b}\mathbf{c}^T + \mathbf{c}\mathbf{b}^T)`,
    claim: grad("b'*X'*X*c", 'X', "X*(b*c' + c*b')", { b: 'n', X: 'mxn', c: 'n' }),
    rules: ['grad-btxtxc'],
  },
  {
    equation: '78',
    section: S242,
    latex: String.raw`\frac{\partial(\mathbf{B}\mathbf{x}+\mathbf{b})^T\mathbf{C}(\mathbf{D}\mathbf{x}+\mathbf{d})}{\partial\mathbf{x}} = \mathbf{B}^T\mathbf{C}(\mathbf{D}\mathbf{x}+\mathbf{d}) + \mathbf{D}^T\mathbf{C}^T(\mathbf{B}\mathbf{x}+\mathbf{b})`,
    claim: grad("(B*x + b)'*C*(D*x + d)", 'x', "B'*C*(D*x + d) + D'*C'*(B*x + b)", { B: 'mxn', x: 'n', b: 'm', C: 'mxp', D: 'pxn', d: 'p' }),
    rules: ['grad-affine-bilinear'],
  },
  {
    equation: '79',
    section: S242,
    latex: String.raw`\frac{\partial(\mathbf{X}^T\mathbf{B}\mathbf{X})_{kl}}{\partial X_{ij}} = \delta_{lj}(\mathbf{X}^T\mathbf{B})_{ki} + \delta_{kj}(\mathbf{B}\mathbf{X})_{il}`,
    reason: `${INDEX} (its matrix form is (80))`,
  },
  {
    equation: '80',
    section: S242,
    latex: String.raw`\frac{\partial\mathbf{X}^T\mathbf{B}\mathbf{X}}{\partial X_{ij}} = \mathbf{X}^T\mathbf{B}\mathbf{J}^{ij} + \mathbf{J}^{ji}\mathbf{B}\mathbf{X}`,
    claim: diff("X'*B*X", ['X'], "X'*B*dX + dX'*B*X", { X: 'nxm', B: 'nxn' }),
    instance: 'the single-entry direction Jⁱʲ generalised to any direction dX (the map is linear in it); J^{ji} = (Jⁱʲ)ᵀ',
    rules: ['diff-xtbx'],
  },
  {
    equation: '81',
    section: S242,
    latex: String.raw`\frac{\partial\mathbf{x}^T\mathbf{B}\mathbf{x}}{\partial\mathbf{x}} = (\mathbf{B}+\mathbf{B}^T)\mathbf{x}`,
    claim: grad("x'*B*x", 'x', "(B + B')*x", { x: 'n', B: 'nxn' }),
    rules: ['grad-xtbx'],
  },
  {
    equation: '82',
    section: S242,
    latex: String.raw`\frac{\partial\mathbf{b}^T\mathbf{X}^T\mathbf{D}\mathbf{X}\mathbf{c}}{\partial\mathbf{X}} = \mathbf{D}^T\mathbf{X}\mathbf{b}\mathbf{c}^T + \mathbf{D}\mathbf{X}\mathbf{c}\mathbf{b}^T`,
    claim: grad("b'*X'*D*X*c", 'X', "D'*X*b*c' + D*X*c*b'", { b: 'n', X: 'mxn', D: 'mxm', c: 'n' }),
    rules: ['grad-btxtdxc'],
  },
  {
    equation: '83',
    section: S242,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}(\mathbf{X}\mathbf{b}+\mathbf{c})^T\mathbf{D}(\mathbf{X}\mathbf{b}+\mathbf{c}) = (\mathbf{D}+\mathbf{D}^T)(\mathbf{X}\mathbf{b}+\mathbf{c})\mathbf{b}^T`,
    claim: grad("(X*b + c)'*D*(X*b + c)", 'X', "(D + D')*(X*b + c)*b'", { X: 'mxn', b: 'n', c: 'm', D: 'mxm' }),
    rules: ['grad-affine-quadratic-matrix'],
  },
  {
    equation: '84',
    section: S242,
    latex: String.raw`\frac{\partial}{\partial\mathbf{s}}(\mathbf{x}-\mathbf{A}\mathbf{s})^T\mathbf{W}(\mathbf{x}-\mathbf{A}\mathbf{s}) = -2\mathbf{A}^T\mathbf{W}(\mathbf{x}-\mathbf{A}\mathbf{s}) \quad (\mathbf{W}\text{ symmetric})`,
    claim: grad("(x - A*s)'*W*(x - A*s)", 's', "-2*A'*W*(x - A*s)", { x: 'm', A: 'mxn', s: 'n', W: 'mxm' }, { W: ['symmetric'] }),
    rules: ['grad-weighted-least-squares'],
  },
  {
    equation: '85',
    section: S242,
    latex: String.raw`\frac{\partial}{\partial\mathbf{x}}(\mathbf{x}-\mathbf{s})^T\mathbf{W}(\mathbf{x}-\mathbf{s}) = 2\mathbf{W}(\mathbf{x}-\mathbf{s}) \quad (\mathbf{W}\text{ symmetric})`,
    claim: grad("(x - s)'*W*(x - s)", 'x', '2*W*(x - s)', { x: 'n', s: 'n', W: 'nxn' }, { W: ['symmetric'] }),
    rules: ['grad-weighted-distance-x'],
  },
  {
    equation: '86',
    section: S242,
    latex: String.raw`\frac{\partial}{\partial\mathbf{s}}(\mathbf{x}-\mathbf{s})^T\mathbf{W}(\mathbf{x}-\mathbf{s}) = -2\mathbf{W}(\mathbf{x}-\mathbf{s}) \quad (\mathbf{W}\text{ symmetric})`,
    claim: grad("(x - s)'*W*(x - s)", 's', '-2*W*(x - s)', { x: 'n', s: 'n', W: 'nxn' }, { W: ['symmetric'] }),
    rules: ['grad-weighted-distance-s'],
  },
  {
    equation: '87',
    section: S242,
    latex: String.raw`\frac{\partial}{\partial\mathbf{x}}(\mathbf{x}-\mathbf{A}\mathbf{s})^T\mathbf{W}(\mathbf{x}-\mathbf{A}\mathbf{s}) = 2\mathbf{W}(\mathbf{x}-\mathbf{A}\mathbf{s}) \quad (\mathbf{W}\text{ symmetric})`,
    claim: grad("(x - A*s)'*W*(x - A*s)", 'x', '2*W*(x - A*s)', { x: 'm', A: 'mxn', s: 'n', W: 'mxm' }, { W: ['symmetric'] }),
    rules: ['grad-weighted-residual-x'],
  },
  {
    equation: '88',
    section: S242,
    latex: String.raw`\frac{\partial}{\partial\mathbf{A}}(\mathbf{x}-\mathbf{A}\mathbf{s})^T\mathbf{W}(\mathbf{x}-\mathbf{A}\mathbf{s}) = -2\mathbf{W}(\mathbf{x}-\mathbf{A}\mathbf{s})\mathbf{s}^T \quad (\mathbf{W}\text{ symmetric})`,
    claim: grad("(x - A*s)'*W*(x - A*s)", 'A', "-2*W*(x - A*s)*s'", { x: 'm', A: 'mxn', s: 'n', W: 'mxm' }, { W: ['symmetric'] }),
    rules: ['grad-weighted-residual-a'],
  },
  {
    equation: '89',
    section: S242,
    latex: String.raw`\frac{\partial(a - \mathbf{x}^H\mathbf{b})^2}{\partial\mathbf{x}} = -2\mathbf{b}(a - \mathbf{x}^H\mathbf{b})^*`,
    reason: 'complex values: a conjugate transpose and a complex conjugate (mcv works over the reals)',
  },

  {
    equation: '90',
    section: S243,
    latex: String.raw`\frac{\partial(\mathbf{X}^n)_{kl}}{\partial X_{ij}} = \sum_{r=0}^{n-1}(\mathbf{X}^r\mathbf{J}^{ij}\mathbf{X}^{n-1-r})_{kl}`,
    claim: diff('X^3', ['X'], 'dX*X^2 + X*dX*X + X^2*dX', { X: 'nxn' }),
    instance: 'n = 3, every entry at once: the single-entry direction Jⁱʲ generalised to any direction dX',
    rules: ['diff-cube'],
  },
  {
    equation: '91',
    section: S243,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathbf{a}^T\mathbf{X}^n\mathbf{b} = \sum_{r=0}^{n-1}(\mathbf{X}^r)^T\mathbf{a}\mathbf{b}^T(\mathbf{X}^{n-1-r})^T`,
    claim: grad("a'*X^3*b", 'X', "a*b'*(X^2)' + X'*a*b'*X' + (X^2)'*a*b'", { a: 'n', X: 'nxn', b: 'n' }),
    instance: 'n = 3',
    rules: ['grad-bilinear-cube'],
  },
  {
    equation: '92',
    section: S243,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathbf{a}^T(\mathbf{X}^n)^T\mathbf{X}^n\mathbf{b} = \sum_{r=0}^{n-1}\big[\mathbf{X}^{n-1-r}\mathbf{a}\mathbf{b}^T(\mathbf{X}^n)^T\mathbf{X}^r + (\mathbf{X}^r)^T\mathbf{X}^n\mathbf{a}\mathbf{b}^T(\mathbf{X}^{n-1-r})^T\big]`,
    claim: grad("a'*(X^2)'*X^2*b", 'X', "X*a*b'*(X^2)' + X^2*a*b'*X' + a*b'*(X^2)'*X + X'*X^2*a*b'", { a: 'n', X: 'nxn', b: 'n' }),
    instance: 'n = 2',
    corrected: "(X^2)*b*a'*X' + X'*(X^2)*b*a' + (X^2)*a*b'*X' + X'*(X^2)*a*b'",
    note: 'The first term of the sum is transposed: it should read (Xʳ)ᵀXⁿ b aᵀ (X^{n−1−r})ᵀ, the second term with a and b exchanged.',
    rules: ['grad-quadratic-power'],
  },
  {
    equation: '93',
    section: S243,
    latex: String.raw`\frac{\partial}{\partial\mathbf{x}}\mathbf{s}^T\mathbf{A}\mathbf{r} = \left[\frac{\partial\mathbf{s}}{\partial\mathbf{x}}\right]^T\mathbf{A}\mathbf{r} + \left[\frac{\partial\mathbf{r}}{\partial\mathbf{x}}\right]^T\mathbf{A}^T\mathbf{s}`,
    claim: grad("tanh(S*x)'*A*(R*x)", 'x', "S'*((1 - square(tanh(S*x))) .* (A*R*x)) + R'*A'*tanh(S*x)", { S: 'kxn', R: 'lxn', A: 'kxl', x: 'n' }),
    instance: 's(x) = tanh(Sx) and r(x) = Rx, with ∂s/∂x the Jacobian diag(1 − tanh²(Sx))·S and ∂r/∂x = R',
  },
  {
    equation: '94',
    section: S243,
    latex: String.raw`\frac{\partial}{\partial\mathbf{x}}\frac{(\mathbf{A}\mathbf{x})^T(\mathbf{A}\mathbf{x})}{(\mathbf{B}\mathbf{x})^T(\mathbf{B}\mathbf{x})} = \frac{\partial}{\partial\mathbf{x}}\frac{\mathbf{x}^T\mathbf{A}^T\mathbf{A}\mathbf{x}}{\mathbf{x}^T\mathbf{B}^T\mathbf{B}\mathbf{x}}`,
    claim: ident("((A*x)'*(A*x))/((B*x)'*(B*x))", "(x'*A'*A*x)/(x'*B'*B*x)", { A: 'mxn', B: 'mxn', x: 'n' }),
    instance: 'the two functions differentiated, checked equal (so are their derivatives)',
  },
  {
    equation: '95',
    section: S243,
    latex: String.raw`= 2\frac{\mathbf{A}^T\mathbf{A}\mathbf{x}}{\mathbf{x}^T\mathbf{B}\mathbf{B}\mathbf{x}} - 2\frac{\mathbf{x}^T\mathbf{A}^T\mathbf{A}\mathbf{x}\,\mathbf{B}^T\mathbf{B}\mathbf{x}}{(\mathbf{x}^T\mathbf{B}^T\mathbf{B}\mathbf{x})^2}`,
    claim: grad("(x'*A'*A*x)/(x'*B'*B*x)", 'x', "2*A'*A*x/(x'*B*B*x) - 2*(x'*A'*A*x)*B'*B*x/(x'*B'*B*x)^2", { A: 'nxn', B: 'nxn', x: 'n' }),
    corrected: "2*A'*A*x/(x'*B'*B*x) - 2*(x'*A'*A*x)*B'*B*x/(x'*B'*B*x)^2",
    note: 'The first denominator reads xᵀBBx: a transpose is missing (xᵀBᵀBx); the two agree only when B is symmetric. B is taken square here so that the printed BB exists.',
    rules: ['grad-rayleigh-quotient'],
  },
  {
    equation: '96',
    section: S244,
    latex: String.raw`f = \mathbf{x}^T\mathbf{A}\mathbf{x} + \mathbf{b}^T\mathbf{x}`,
    reason: 'a definition of f, not a claim: (97) and (98) are its gradient and Hessian, checked below',
  },
  {
    equation: '97',
    section: S244,
    latex: String.raw`\nabla_{\mathbf{x}} f = \frac{\partial f}{\partial\mathbf{x}} = (\mathbf{A}+\mathbf{A}^T)\mathbf{x} + \mathbf{b}`,
    claim: grad("x'*A*x + b'*x", 'x', "(A + A')*x + b", { x: 'n', A: 'nxn', b: 'n' }),
    rules: ['grad-quadratic-plus-linear'],
  },
  {
    equation: '98',
    section: S244,
    latex: String.raw`\frac{\partial^2 f}{\partial\mathbf{x}\partial\mathbf{x}^T} = \mathbf{A} + \mathbf{A}^T`,
    claim: hess("x'*A*x + b'*x", 'x', "A + A'", { x: 'n', A: 'nxn', b: 'n' }),
    rules: ['hessian-quadratic-plus-linear'],
  },

  {
    equation: '99',
    section: S251,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{X}) = \mathbf{I}`,
    claim: grad('trace(X)', 'X', 'eye(n)', { X: 'nxn' }),
    rules: ['grad-trace'],
  },
  {
    equation: '100',
    section: S251,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{X}\mathbf{A}) = \mathbf{A}^T`,
    claim: grad('trace(X*A)', 'X', "A'", { X: 'mxn', A: 'nxm' }),
    rules: ['grad-trace-xa'],
  },
  {
    equation: '101',
    section: S251,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{A}\mathbf{X}\mathbf{B}) = \mathbf{A}^T\mathbf{B}^T`,
    claim: grad('trace(A*X*B)', 'X', "A'*B'", { A: 'pxm', X: 'mxn', B: 'nxp' }),
    rules: ['grad-trace-axb'],
  },
  {
    equation: '102',
    section: S251,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{A}\mathbf{X}^T\mathbf{B}) = \mathbf{B}\mathbf{A}`,
    claim: grad("trace(A*X'*B)", 'X', 'B*A', { A: 'pxn', X: 'mxn', B: 'mxp' }),
    rules: ['grad-trace-axtb'],
  },
  {
    equation: '103',
    section: S251,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{X}^T\mathbf{A}) = \mathbf{A}`,
    claim: grad("trace(X'*A)", 'X', 'A', { X: 'mxn', A: 'mxn' }),
    rules: ['grad-trace-xta'],
  },
  {
    equation: '104',
    section: S251,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{A}\mathbf{X}^T) = \mathbf{A}`,
    claim: grad("trace(A*X')", 'X', 'A', { X: 'mxn', A: 'mxn' }),
    rules: ['grad-trace-axt'],
  },
  {
    equation: '105',
    section: S251,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{A}\otimes\mathbf{X}) = \mathrm{Tr}(\mathbf{A})\mathbf{I}`,
    claim: grad('trace(kron(A,X))', 'X', 'trace(A)*eye(n)', { A: 'mxm', X: 'nxn' }),
    rules: ['grad-trace-kron'],
  },

  {
    equation: '106',
    section: S252,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{X}^2) = 2\mathbf{X}^T`,
    claim: grad('trace(X^2)', 'X', "2*X'", { X: 'nxn' }),
    rules: ['grad-trace-square'],
  },
  {
    equation: '107',
    section: S252,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{X}^2\mathbf{B}) = (\mathbf{X}\mathbf{B} + \mathbf{B}\mathbf{X})^T`,
    claim: grad('trace(X^2*B)', 'X', "(X*B + B*X)'", { X: 'nxn', B: 'nxn' }),
    rules: ['grad-trace-xsq-b'],
  },
  {
    equation: '108',
    section: S252,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{X}^T\mathbf{B}\mathbf{X}) = \mathbf{B}\mathbf{X} + \mathbf{B}^T\mathbf{X}`,
    claim: grad("trace(X'*B*X)", 'X', "B*X + B'*X", { X: 'nxm', B: 'nxn' }),
    rules: ['grad-trace-xtbx'],
  },
  {
    equation: '109',
    section: S252,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{B}\mathbf{X}\mathbf{X}^T) = \mathbf{B}\mathbf{X} + \mathbf{B}^T\mathbf{X}`,
    claim: grad("trace(B*X*X')", 'X', "B*X + B'*X", { X: 'nxm', B: 'nxn' }),
    rules: ['grad-trace-bxxt'],
  },
  {
    equation: '110',
    section: S252,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{X}\mathbf{X}^T\mathbf{B}) = \mathbf{B}\mathbf{X} + \mathbf{B}^T\mathbf{X}`,
    claim: grad("trace(X*X'*B)", 'X', "B*X + B'*X", { X: 'nxm', B: 'nxn' }),
    rules: ['grad-trace-xxtb'],
  },
  {
    equation: '111',
    section: S252,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{X}\mathbf{B}\mathbf{X}^T) = \mathbf{X}\mathbf{B}^T + \mathbf{X}\mathbf{B}`,
    claim: grad("trace(X*B*X')", 'X', "X*B' + X*B", { X: 'mxn', B: 'nxn' }),
    rules: ['grad-trace-xbxt'],
  },
  {
    equation: '112',
    section: S252,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{B}\mathbf{X}^T\mathbf{X}) = \mathbf{X}\mathbf{B}^T + \mathbf{X}\mathbf{B}`,
    claim: grad("trace(B*X'*X)", 'X', "X*B' + X*B", { X: 'mxn', B: 'nxn' }),
    rules: ['grad-trace-bxtx'],
  },
  {
    equation: '113',
    section: S252,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{X}^T\mathbf{X}\mathbf{B}) = \mathbf{X}\mathbf{B}^T + \mathbf{X}\mathbf{B}`,
    claim: grad("trace(X'*X*B)", 'X', "X*B' + X*B", { X: 'mxn', B: 'nxn' }),
    rules: ['grad-trace-xtxb'],
  },
  {
    equation: '114',
    section: S252,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{A}\mathbf{X}\mathbf{B}\mathbf{X}) = \mathbf{A}^T\mathbf{X}^T\mathbf{B}^T + \mathbf{B}^T\mathbf{X}^T\mathbf{A}^T`,
    claim: grad('trace(A*X*B*X)', 'X', "A'*X'*B' + B'*X'*A'", { A: 'mxn', X: 'nxm', B: 'mxn' }),
    rules: ['grad-trace-axbx'],
  },
  {
    equation: '115',
    section: S252,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{X}^T\mathbf{X}) = \frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{X}\mathbf{X}^T) = 2\mathbf{X}`,
    claim: grad("trace(X'*X) + trace(X*X')", 'X', '4*X', { X: 'mxn' }),
    instance: 'both forms at once: the gradient of their sum is 4X',
    rules: ['grad-trace-xtx'],
  },
  {
    equation: '116',
    section: S252,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{B}^T\mathbf{X}^T\mathbf{C}\mathbf{X}\mathbf{B}) = \mathbf{C}^T\mathbf{X}\mathbf{B}\mathbf{B}^T + \mathbf{C}\mathbf{X}\mathbf{B}\mathbf{B}^T`,
    claim: grad("trace(B'*X'*C*X*B)", 'X', "C'*X*B*B' + C*X*B*B'", { B: 'nxp', X: 'mxn', C: 'mxm' }),
    rules: ['grad-trace-btxtcxb'],
  },
  {
    equation: '117',
    section: S252,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}\big[\mathbf{X}^T\mathbf{B}\mathbf{X}\mathbf{C}\big] = \mathbf{B}\mathbf{X}\mathbf{C} + \mathbf{B}^T\mathbf{X}\mathbf{C}^T`,
    claim: grad("trace(X'*B*X*C)", 'X', "B*X*C + B'*X*C'", { X: 'mxn', B: 'mxm', C: 'nxn' }),
    rules: ['grad-trace-xtbxc'],
  },
  {
    equation: '118',
    section: S252,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{A}\mathbf{X}\mathbf{B}\mathbf{X}^T\mathbf{C}) = \mathbf{A}^T\mathbf{C}^T\mathbf{X}\mathbf{B}^T + \mathbf{C}\mathbf{A}\mathbf{X}\mathbf{B}`,
    claim: grad("trace(A*X*B*X'*C)", 'X', "A'*C'*X*B' + C*A*X*B", { A: 'pxm', X: 'mxn', B: 'nxn', C: 'mxp' }),
    rules: ['grad-trace-axbxtc'],
  },
  {
    equation: '119',
    section: S252,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}\big[(\mathbf{A}\mathbf{X}\mathbf{B}+\mathbf{C})(\mathbf{A}\mathbf{X}\mathbf{B}+\mathbf{C})^T\big] = 2\mathbf{A}^T(\mathbf{A}\mathbf{X}\mathbf{B}+\mathbf{C})\mathbf{B}^T`,
    claim: grad("trace((A*X*B + C)*(A*X*B + C)')", 'X', "2*A'*(A*X*B + C)*B'", { A: 'pxm', X: 'mxn', B: 'nxq', C: 'pxq' }),
    rules: ['grad-trace-residual-gram'],
  },
  {
    equation: '120',
    section: S252,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{X}\otimes\mathbf{X}) = \frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{X})\mathrm{Tr}(\mathbf{X}) = 2\mathrm{Tr}(\mathbf{X})\mathbf{I}`,
    claim: grad('trace(kron(X,X))', 'X', '2*trace(X)*eye(n)', { X: 'nxn' }),
  },

  {
    equation: '121',
    section: S253,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{X}^k) = k(\mathbf{X}^{k-1})^T`,
    claim: grad('trace(X^3)', 'X', "3*(X^2)'", { X: 'nxn' }),
    instance: 'k = 3',
    rules: ['grad-trace-cube'],
  },
  {
    equation: '122',
    section: S253,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{A}\mathbf{X}^k) = \sum_{r=0}^{k-1}(\mathbf{X}^r\mathbf{A}\mathbf{X}^{k-r-1})^T`,
    claim: grad('trace(A*X^3)', 'X', "(A*X^2)' + (X*A*X)' + (X^2*A)'", { A: 'nxn', X: 'nxn' }),
    instance: 'k = 3',
    rules: ['grad-trace-ax-cube'],
  },
  {
    equation: '123',
    section: S253,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}\big[\mathbf{B}^T\mathbf{X}^T\mathbf{C}\mathbf{X}\mathbf{X}^T\mathbf{C}\mathbf{X}\mathbf{B}\big] = \mathbf{C}\mathbf{X}\mathbf{X}^T\mathbf{C}\mathbf{X}\mathbf{B}\mathbf{B}^T + \mathbf{C}^T\mathbf{X}\mathbf{B}\mathbf{B}^T\mathbf{X}^T\mathbf{C}^T\mathbf{X} + \mathbf{C}\mathbf{X}\mathbf{B}\mathbf{B}^T\mathbf{X}^T\mathbf{C}\mathbf{X} + \mathbf{C}^T\mathbf{X}\mathbf{X}^T\mathbf{C}^T\mathbf{X}\mathbf{B}\mathbf{B}^T`,
    claim: grad("trace(B'*X'*C*X*X'*C*X*B)", 'X', "C*X*X'*C*X*B*B' + C'*X*B*B'*X'*C'*X + C*X*B*B'*X'*C*X + C'*X*X'*C'*X*B*B'", { B: 'nxp', X: 'mxn', C: 'mxm' }),
    rules: ['grad-trace-quartic'],
  },

  {
    equation: '124',
    section: S254,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{A}\mathbf{X}^{-1}\mathbf{B}) = -(\mathbf{X}^{-1}\mathbf{B}\mathbf{A}\mathbf{X}^{-1})^T = -\mathbf{X}^{-T}\mathbf{A}^T\mathbf{B}^T\mathbf{X}^{-T}`,
    claim: grad('trace(A*inv(X)*B)', 'X', "-inv(X)'*A'*B'*inv(X)'", { A: 'mxn', X: 'nxn', B: 'nxm' }, INV),
    rules: ['trace-inverse-sandwich-gradient'],
  },
  {
    equation: '125',
    section: S254,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}\big[(\mathbf{X}^T\mathbf{C}\mathbf{X})^{-1}\mathbf{A}\big] = -\mathbf{C}\mathbf{X}(\mathbf{X}^T\mathbf{C}\mathbf{X})^{-1}(\mathbf{A}+\mathbf{A}^T)(\mathbf{X}^T\mathbf{C}\mathbf{X})^{-1} \quad (\mathbf{B}, \mathbf{C}\text{ symmetric})`,
    claim: grad("trace(inv(X'*C*X)*A)", 'X', "-C*X*inv(X'*C*X)*(A + A')*inv(X'*C*X)", { X: '5x3', C: '5x5', A: '3x3' }, { C: ['spd'] }),
    instance: 'C drawn positive definite (a symmetric C as the text says, kept away from a singular XᵀCX)',
    rules: ['trace-inverse-quadratic-gradient'],
  },
  {
    equation: '126',
    section: S254,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}\big[(\mathbf{X}^T\mathbf{C}\mathbf{X})^{-1}(\mathbf{X}^T\mathbf{B}\mathbf{X})\big] = -2\mathbf{C}\mathbf{X}(\mathbf{X}^T\mathbf{C}\mathbf{X})^{-1}\mathbf{X}^T\mathbf{B}\mathbf{X}(\mathbf{X}^T\mathbf{C}\mathbf{X})^{-1} + 2\mathbf{B}\mathbf{X}(\mathbf{X}^T\mathbf{C}\mathbf{X})^{-1} \quad (\mathbf{B}, \mathbf{C}\text{ symmetric})`,
    claim: grad("trace(inv(X'*C*X)*(X'*B*X))", 'X', "-2*C*X*inv(X'*C*X)*X'*B*X*inv(X'*C*X) + 2*B*X*inv(X'*C*X)", { X: '5x3', C: '5x5', B: '5x5' }, { C: ['spd'], B: ['symmetric'] }),
    instance: 'C drawn positive definite (symmetric, as the text says)',
    rules: ['generalized-rayleigh-trace-gradient'],
  },
  {
    equation: '127',
    section: S254,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}\big[(\mathbf{A}+\mathbf{X}^T\mathbf{C}\mathbf{X})^{-1}(\mathbf{X}^T\mathbf{B}\mathbf{X})\big] = -2\mathbf{C}\mathbf{X}(\mathbf{A}+\mathbf{X}^T\mathbf{C}\mathbf{X})^{-1}\mathbf{X}^T\mathbf{B}\mathbf{X}(\mathbf{A}+\mathbf{X}^T\mathbf{C}\mathbf{X})^{-1} + 2\mathbf{B}\mathbf{X}(\mathbf{A}+\mathbf{X}^T\mathbf{C}\mathbf{X})^{-1} \quad (\mathbf{B}, \mathbf{C}\text{ symmetric})`,
    claim: grad(
      "trace(inv(A + X'*C*X)*(X'*B*X))",
      'X',
      "-2*C*X*inv(A + X'*C*X)*X'*B*X*inv(A + X'*C*X) + 2*B*X*inv(A + X'*C*X)",
      { X: '5x3', C: '5x5', B: '5x5', A: '3x3' },
      { C: ['spd'], B: ['symmetric'], A: ['invertible'] },
    ),
    assumption: { A: ['symmetric'] },
    instance: 'C drawn positive definite (symmetric, as the text says)',
    note: 'The text assumes B and C symmetric; the formula also needs A symmetric (then A + XᵀCX is symmetric and its inverse transposes to itself).',
    rules: ['trace-inverse-shifted-quadratic-gradient'],
  },
  {
    equation: '128',
    section: S254,
    latex: String.raw`\frac{\partial\mathrm{Tr}(\sin(\mathbf{X}))}{\partial\mathbf{X}} = \cos(\mathbf{X})^T`,
    reason: 'sin(X) here is the matrix sine (a power series in X), while mcv’s sin is entrywise; the entrywise reading would give a different, diagonal gradient',
  },

  {
    equation: '129',
    section: S26,
    latex: String.raw`\frac{\partial}{\partial\mathbf{x}}\|\mathbf{x}-\mathbf{a}\|_2 = \frac{\mathbf{x}-\mathbf{a}}{\|\mathbf{x}-\mathbf{a}\|_2}`,
    claim: grad('norm(x - a)', 'x', '(x - a)/norm(x - a)', { x: 'n', a: 'n' }),
    rules: ['grad-euclidean-distance'],
  },
  {
    equation: '130',
    section: S26,
    latex: String.raw`\frac{\partial}{\partial\mathbf{x}}\frac{\mathbf{x}-\mathbf{a}}{\|\mathbf{x}-\mathbf{a}\|_2} = \frac{\mathbf{I}}{\|\mathbf{x}-\mathbf{a}\|_2} - \frac{(\mathbf{x}-\mathbf{a})(\mathbf{x}-\mathbf{a})^T}{\|\mathbf{x}-\mathbf{a}\|_2^3}`,
    claim: diff('(x - a)/norm(x - a)', ['x'], "(eye(n)/norm(x - a) - (x - a)*(x - a)'/norm(x - a)^3)*dx", { x: 'n', a: 'n' }),
    rules: ['diff-unit-vector'],
  },
  {
    equation: '131',
    section: S26,
    latex: String.raw`\frac{\partial\|\mathbf{x}\|_2^2}{\partial\mathbf{x}} = \frac{\partial\|\mathbf{x}^T\mathbf{x}\|_2}{\partial\mathbf{x}} = 2\mathbf{x}`,
    claim: grad('norm(x)^2', 'x', '2*x', { x: 'n' }),
    rules: ['grad-squared-norm'],
  },
  {
    equation: '132',
    section: S27,
    latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\|\mathbf{X}\|_F^2 = \frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}(\mathbf{X}\mathbf{X}^H) = 2\mathbf{X}`,
    claim: grad("norm(X,'fro')^2", 'X', '2*X', { X: 'mxn' }),
    instance: 'a real X, for which Xᴴ = Xᵀ',
    rules: ['grad-frobenius-squared'],
  },

  {
    equation: '133',
    section: S28,
    latex: String.raw`\frac{df}{dA_{ij}} = \sum_{kl}\frac{\partial f}{\partial A_{kl}}\frac{\partial A_{kl}}{\partial A_{ij}} = \mathrm{Tr}\left[\left[\frac{\partial f}{\partial\mathbf{A}}\right]^T\frac{\partial\mathbf{A}}{\partial A_{ij}}\right]`,
    reason: `${INDEX}: the general rule for structured matrices, stated for a generic f (its symmetric case is checked as (138)–(141))`,
  },
  { equation: '134', section: S28, latex: String.raw`\frac{\partial\mathbf{A}}{\partial A_{ij}} = \mathbf{S}^{ij}`, reason: 'a definition (the structure matrix Sⁱʲ), not a claim' },
  {
    equation: '135',
    section: S281,
    latex: String.raw`\frac{\partial g(\mathbf{U})}{\partial\mathbf{X}} = \frac{\partial g(f(\mathbf{X}))}{\partial\mathbf{X}}`,
    reason: 'a definition (the notation of the chain rule), not a claim',
  },
  {
    equation: '136',
    section: S281,
    latex: String.raw`\frac{\partial g(\mathbf{U})}{\partial x_{ij}} = \sum_{k=1}^M\sum_{l=1}^N\frac{\partial g(\mathbf{U})}{\partial u_{kl}}\frac{\partial u_{kl}}{\partial x_{ij}}`,
    reason: `${INDEX}: the chain rule for generic g and U`,
  },
  {
    equation: '137',
    section: S281,
    latex: String.raw`\frac{\partial g(\mathbf{U})}{\partial X_{ij}} = \mathrm{Tr}\left[\left(\frac{\partial g(\mathbf{U})}{\partial\mathbf{U}}\right)^T\frac{\partial\mathbf{U}}{\partial X_{ij}}\right]`,
    reason: `${INDEX}: the chain rule for generic g and U`,
  },
  {
    equation: '138',
    section: S282,
    latex: String.raw`\frac{df}{d\mathbf{A}} = \left[\frac{\partial f}{\partial\mathbf{A}}\right] + \left[\frac{\partial f}{\partial\mathbf{A}}\right]^T - \mathrm{diag}\left[\frac{\partial f}{\partial\mathbf{A}}\right] \quad (\mathbf{A}\text{ symmetric})`,
    claim: entries(grad('trace(A*A*B)', 'A', "(A*B + B*A)' + (A*B + B*A) - (A*B + B*A)' .* eye(n)", { A: 'nxn', B: 'nxn' }, { A: ['symmetric'] })),
    instance: 'f(A) = Tr(A²B), whose gradient in the trace sense is (AB + BA)ᵀ by (107); df/dA is the derivative in the independent entries of the symmetric A',
  },
  {
    equation: '139',
    section: S282,
    latex: String.raw`\frac{\partial\mathrm{Tr}(\mathbf{A}\mathbf{X})}{\partial\mathbf{X}} = \mathbf{A} + \mathbf{A}^T - (\mathbf{A}\circ\mathbf{I}) \quad (\mathbf{X}\text{ symmetric})`,
    claim: entries(grad('trace(A*X)', 'X', "A + A' - A .* eye(n)", { A: 'nxn', X: 'nxn' }, { X: ['symmetric'] })),
    note: 'In the independent entries of the symmetric X, as section 2.8 intends; in the trace sense the gradient is Aᵀ (see the guide page on symmetric matrices).',
  },
  {
    equation: '140',
    section: S282,
    latex: String.raw`\frac{\partial\det(\mathbf{X})}{\partial\mathbf{X}} = \det(\mathbf{X})(2\mathbf{X}^{-1} - (\mathbf{X}^{-1}\circ\mathbf{I})) \quad (\mathbf{X}\text{ symmetric})`,
    claim: entries(grad('det(X)', 'X', 'det(X)*(2*inv(X) - inv(X) .* eye(n))', { X: 'nxn' }, { X: ['symmetric', 'invertible'] })),
    note: 'In the independent entries of the symmetric X; in the trace sense the gradient is det(X)X⁻¹ (see the guide page on symmetric matrices).',
  },
  {
    equation: '141',
    section: S282,
    latex: String.raw`\frac{\partial\ln\det(\mathbf{X})}{\partial\mathbf{X}} = 2\mathbf{X}^{-1} - (\mathbf{X}^{-1}\circ\mathbf{I}) \quad (\mathbf{X}\text{ symmetric})`,
    claim: entries(grad('logdet(X)', 'X', '2*inv(X) - inv(X) .* eye(n)', { X: 'nxn' }, { X: ['spd'] })),
    instance: 'X drawn positive definite, where ln det X is defined',
    note: 'In the independent entries of the symmetric X; in the trace sense the gradient is X⁻¹ (the catalogue’s rule, which lists this formula among the mistakes of a trace-sense gradient).',
  },
  {
    equation: '142',
    section: S283,
    latex: String.raw`\frac{\partial\mathrm{Tr}(\mathbf{A}\mathbf{X})}{\partial\mathbf{X}} = \mathbf{A}\circ\mathbf{I} \quad (\mathbf{X}\text{ diagonal})`,
    claim: grad('trace(A*diag(v))', 'v', 'diag(A)', { A: 'nxn', v: 'n' }),
    instance: 'the diagonal X written diag(v) and differentiated with respect to v; A∘I read as its diagonal diag(A)',
    rules: ['grad-trace-diag'],
  },
  {
    equation: '143',
    section: S284,
    latex: String.raw`\frac{\partial\mathrm{Tr}(\mathbf{A}\mathbf{T})}{\partial\mathbf{T}} = \frac{\partial\mathrm{Tr}(\mathbf{T}\mathbf{A})}{\partial\mathbf{T}} = \alpha(\mathbf{A})`,
    reason: 'a Toeplitz T: mcv has no Toeplitz structure (no way to draw Toeplitz points or directions), and α(A) is defined entry by entry',
  },
  {
    equation: '144',
    section: S284,
    latex: String.raw`\frac{\partial\mathrm{Tr}(\mathbf{A}\mathbf{T})}{\partial\mathbf{T}} = \frac{\partial\mathrm{Tr}(\mathbf{T}\mathbf{A})}{\partial\mathbf{T}} = \alpha(\mathbf{A}) + \alpha(\mathbf{A})^T - \alpha(\mathbf{A})\circ\mathbf{I}`,
    reason: 'a symmetric Toeplitz T: as (143), no Toeplitz structure in mcv',
  },
];
