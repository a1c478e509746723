/**
 * The simplifier's rewrite table: every rewrite is a catalogue identity (rules/simplification/ and
 * a few others), used in the direction(s) given here. The pattern and the replacement are the
 * rule's own lhs and rhs, its variables the pattern variables; the guard is the rule's own shapes
 * (the matched shapes must be an instance of them, which also rules out scalar broadcasting) and
 * assumptions. Nothing about an operation is written here: only which proven identities to use.
 */

/** One rewrite: a catalogue rule and the direction it is used in. */
export interface Rewrite {
  /** Id of a catalogue identity rule (lhs = rhs). */
  readonly rule: string;
  /** `lr`: lhs → rhs; `rl`: rhs → lhs; `both`. */
  readonly dir: 'lr' | 'rl' | 'both';
  /**
   * A directed rewrite towards a shorter form (the replacement, or what it leads to in a step or
   * two, is shorter): the engine runs these to a fixed point before and after each round of the
   * others, and also once the node limit is reached, so that the growth of the reshaping rules
   * never starves them.
   */
  readonly shrinks?: boolean;
}

const lr = (rule: string): Rewrite => ({ rule, dir: 'lr' });
const shrink = (rule: string): Rewrite => ({ rule, dir: 'lr', shrinks: true });
const shrinkBack = (rule: string): Rewrite => ({ rule, dir: 'rl', shrinks: true });
const both = (rule: string): Rewrite => ({ rule, dir: 'both' });
const rl = (rule: string): Rewrite => ({ rule, dir: 'rl' });

/** The table, in the order the engine tries the rewrites (cheap, shrinking ones first). */
export const REWRITES: readonly Rewrite[] = [
  // Towards a shorter form.
  shrink('transpose-transpose'),
  shrink('transpose-of-scalar'),
  shrink('transpose-of-symmetric'),
  shrink('trace-of-scalar'),
  shrink('sum-of-scalar'),
  shrink('multiply-by-one'),
  shrink('multiply-by-zero'),
  shrink('identity-left'),
  shrink('identity-right'),
  shrink('inverse-times-self'),
  shrink('self-times-inverse'),
  shrink('inverse-of-product-times-left-factor'),
  shrink('right-factor-times-inverse-of-product'),
  // X^a*inv(X^k)*X^b = inv(X), one proven instance per k = 2..5 and split a + b = k - 1.
  shrink('inverse-power-between-powers-2-0'),
  shrink('inverse-power-between-powers-2-1'),
  shrink('inverse-power-between-powers-3-0'),
  shrink('inverse-power-between-powers-3-1'),
  shrink('inverse-power-between-powers-3-2'),
  shrink('inverse-power-between-powers-4-0'),
  shrink('inverse-power-between-powers-4-1'),
  shrink('inverse-power-between-powers-4-2'),
  shrink('inverse-power-between-powers-4-3'),
  shrink('inverse-power-between-powers-5-0'),
  shrink('inverse-power-between-powers-5-1'),
  shrink('inverse-power-between-powers-5-2'),
  shrink('inverse-power-between-powers-5-3'),
  shrink('inverse-power-between-powers-5-4'),
  shrink('inverse-of-inverse'),
  shrink('negation-of-negation'),
  shrink('sum-with-self'),
  shrink('term-and-scaled-term'),
  shrink('difference-with-self'),
  shrink('add-zero'),
  shrink('zero-times-left'),
  shrink('zero-times-right'),
  shrink('zero-hadamard'),
  shrink('hadamard-ones'),
  shrink('hadamard-divide-cancels'),
  shrink('hadamard-quotient-in-sum-cancels'),
  shrink('hadamard-as-quotient'),
  shrink('hadamard-ones-as-quotient'),
  shrink('divide-by-one'),
  shrink('scalar-quotient-cancels'),
  shrink('scalar-quotient-common-factor'),
  shrink('square-as-power'),
  shrink('cube-as-power'),
  shrink('power-one'),
  shrink('elementwise-power-one'),
  shrink('elementwise-power-zero'),
  shrink('logistic-of-exp'),
  shrink('logistic-of-negative-exp'),
  shrink('logistic-of-exp-entrywise'),
  shrink('tanh-from-sinh-cosh'),
  shrink('tanh-from-sinh-cosh-scalar'),
  shrink('hadamard-quotient-of-scaled'),
  shrink('logistic-of-negative-exp-entrywise'),
  shrink('diag-of-diag-vector'),
  shrink('identity-squared'),
  shrink('power-of-scaled'),
  shrink('det-of-inverse'),
  shrink('quotient-times'),
  shrink('hadamard-of-scalars'),
  shrink('hadamard-quotient-of-scalars'),
  shrink('orthogonal-scalar-square'),
  shrink('add-negation'),
  shrink('sum-with-difference'),
  shrink('onehot-columns-sum-one'),
  shrink('ones-outer-product'),
  shrink('ones-column-times-row'),
  shrink('diag-of-transpose'),
  shrink('ones-transpose'),
  shrink('onehot-columns-ones'),
  shrink('onehot-rows-ones'),
  shrink('onehot-sum-one'),
  shrink('centred-sum-zero'),
  shrink('softmax-sums-to-one'),
  shrink('softmax-ones-inner'),
  shrink('softmax-ones-inner-transposed'),
  shrink('softmax-column-sums'),
  shrink('softmax-row-sums'),

  shrink('onehot-sum-one-transposed'),
  shrink('hadamard-sum-inner'),
  rl('frobenius-inner-product'),
  shrink('trace-transpose'),
  shrink('left-distributive'),
  shrink('right-distributive'),
  shrink('left-distributive-difference'),
  shrink('right-distributive-difference'),
  shrink('hadamard-factor-right-sum'),
  shrink('hadamard-factor-right-difference'),
  shrink('hadamard-factor-left-sum'),
  shrink('hadamard-factor-left-difference'),

  shrinkBack('subtract-as-sum'),
  shrinkBack('negation-as-scaling'),
  shrink('negation-of-difference'),
  shrink('negated-quotient'),
  // Reshaping: both directions, so that the shrinking ones find their patterns.
  both('scaled-terms-collect'),
  both('hadamard-one-minus'),
  both('transpose-of-product'),
  both('transpose-of-sum'),
  both('transpose-of-difference'),
  both('transpose-of-negation'),
  both('transpose-of-scaled'),
  both('transpose-of-hadamard'),
  both('inverse-of-transpose'),
  both('product-associative'),
  both('scalar-factor-commutes'),
  both('scalar-factor-moves-left'),
  both('scalar-factor-out-left'),
  both('trace-of-scaled'),
  shrinkBack('trace-sum'),
  shrinkBack('trace-difference'),
  both('scalar-times-quotient'),
  lr('add-commutes'),
  both('add-associative'),
  both('subtract-as-sum'),
  both('negation-as-scaling'),
  both('negation-of-difference'),
  lr('negation-out-of-product'),
  both('negation-into-product'),
  lr('hadamard-commutes'),
  both('hadamard-associative'),
  both('hadamard-scalar-factor'),
  both('quotient-as-product'),
  both('quotient-of-scaled'),
  lr('sum-of-scaled'),
  lr('sum-of-quotient'),
  both('negated-quotient'),
];
